package notes.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/** How a host serves the site: which build, under which path, with which response headers. */
enum Host {
    /** Netlify: the main build at the root, with the headers of netlify.toml (its Content-Security-Policy). */
    NETLIFY(BuiltSite::folder, "/", true),
    /**
     * A GitHub Pages project site: the build for https://user.github.io/REPO/, served under /REPO/ with 404.html for
     * any missing path. GitHub Pages itself sends no Content-Security-Policy; the tests send netlify.toml's anyway,
     * so every page is checked under the strictest policy the site is published with.
     */
    GITHUB_PAGES(BuiltSite::pagesFolder, "/REPO/", true),
    /** The reference build with KaTeX's inline styles, served with no headers: the layout to compare against. */
    REFERENCE(BuiltSite::referenceFolder, "/", false);

    private final Supplier<Path> folder;
    private final String basePath;
    private final boolean productionHeaders;

    Host(Supplier<Path> folder, String basePath, boolean productionHeaders) {
        this.folder = folder;
        this.basePath = basePath;
        this.productionHeaders = productionHeaders;
    }

    String basePath() {
        return basePath;
    }

    Path folder() {
        return folder.get();
    }

    StaticServer serve() throws IOException {
        HostHeaders headers = productionHeaders
                ? HostHeaders.fromNetlifyToml(Repo.root().resolve("netlify.toml")) : HostHeaders.NONE;
        return StaticServer.start(folder(), 0, basePath, headers);
    }
}
