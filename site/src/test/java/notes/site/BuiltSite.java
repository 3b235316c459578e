package notes.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The sites the browser tests serve: the one the build wrote (site/target/public, what Netlify publishes), and two
 * more built here from the same repository — the GitHub Pages project-site build (site URL with a {@code /REPO/}
 * path, as the Pages workflow passes it) and a reference build that keeps KaTeX's inline styles, for layout
 * comparisons. Each extra build happens once per test JVM, reusing the main build's KaTeX and highlight.js cache.
 */
final class BuiltSite {
    /** The public address the GitHub Pages build is made for, as actions/configure-pages reports a project site. */
    static final String PAGES_URL = "https://user.github.io/REPO/";

    private static Path pages;
    private static Path reference;

    private BuiltSite() {
    }

    /** Where the build publishes (site.output): a link to the current build's folder. */
    static Path output() {
        return Path.of(System.getProperty("site.output", "target/public")).toAbsolutePath();
    }

    /** The folder the output links to now (walking a link would find nothing in it). */
    static Path folder() {
        Path output = output();
        if (!Files.isRegularFile(output.resolve("index.html"))) {
            throw new IllegalStateException("no built site at " + output + ": run ./mvnw verify");
        }
        try {
            return output.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site built for {@link #PAGES_URL}. */
    static synchronized Path pagesFolder() {
        if (pages == null) {
            pages = build("pages-site", b -> b.siteUrl(SiteUrl.of(PAGES_URL, "test")));
        }
        return pages;
    }

    /** The site with KaTeX's inline style attributes left in place (the layout the policy must not change). */
    static synchronized Path referenceFolder() {
        if (reference == null) {
            reference = build("reference-site", SiteBuilder::keepInlineStyles);
        }
        return reference;
    }

    private static Path build(String name, UnaryOperator<SiteBuilder> options) {
        folder();
        Path main = output();
        Path output = main.resolveSibling(name);
        try {
            copyCache(main, output);
            SiteBuilder builder = options.apply(new SiteBuilder(Repo.root(), output,
                    Repo.root().resolve("web/target/js")));
            List<String> problems = builder.build();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("building " + name + " failed: " + problems);
            }
            return output.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rendered formulas and code blocks of the main build, so the extra builds never start KaTeX. */
    private static void copyCache(Path main, Path output) throws IOException {
        Path from = main.resolveSibling(main.getFileName() + ".cache");
        Path to = output.resolveSibling(output.getFileName() + ".cache");
        if (Files.isDirectory(from)) {
            Files.createDirectories(to);
            try (var files = Files.list(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, to.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Every page of a build, as paths relative to its root (notes/ppo.html), in order. */
    static List<String> pages(Path site) {
        try (java.util.stream.Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString())
                    .sorted().collect(java.util.stream.Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the main build as Netlify serves it: at the root, with the headers of netlify.toml. */
    static StaticServer serve() throws IOException {
        return serve(Host.NETLIFY);
    }

    static StaticServer serve(Host host) throws IOException {
        return host.serve();
    }
}
