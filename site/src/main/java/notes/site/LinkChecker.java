package notes.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every link inside the baked site: the page (or file) must exist and a {@code #fragment} must be an id on
 * it. A broken link in a note is reported with the note's file and line; one from a template with the page.
 */
final class LinkChecker {
    private final Path site;
    private final Path root;
    private final String basePath;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    /**
     * @param basePath where the site is published ({@code /} or {@code /REPO/}): a root-relative link must start
     *                 with it (the 404 page links that way)
     * @param pages    every page of the site: a link's {@code #fragment} is looked up in their ids
     */
    LinkChecker(Path site, Path root, String basePath, Collection<SitePage> pages) {
        this.site = site;
        this.root = root;
        this.basePath = basePath;
        for (SitePage page : pages) {
            ids.put(page.file(), page.ids());
        }
    }

    /** The broken links on the given pages, each as {@code where: broken link URL: why}. */
    List<String> check(Collection<SitePage> pages) throws IOException {
        List<String> problems = new ArrayList<>();
        for (SitePage page : pages) {
            for (String url : page.links()) {
                String why = broken(page.file(), url);
                if (why != null) {
                    problems.add(where(page.file(), url) + ": broken link " + url + ": " + why);
                }
            }
        }
        return problems;
    }

    /** Whether a missing page is a note of content/ that is not published (its draft page has another name). */
    private boolean isDraft(Path target) {
        if (!target.startsWith(site) || !target.toString().endsWith(".html")) {
            return false;
        }
        String page = site.relativize(target).toString();
        return Files.isRegularFile(root.resolve("content").resolve(page.replaceFirst("\\.html$", ".md")));
    }

    /** Why the link is broken, or null when it is fine or leaves the site. */
    private String broken(Path page, String url) throws IOException {
        if (url.isEmpty() || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
            return null;
        }
        int hash = url.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? url : url.substring(0, hash), StandardCharsets.UTF_8);
        String fragment = hash < 0 ? "" : URLDecoder.decode(url.substring(hash + 1), StandardCharsets.UTF_8);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        if (path.startsWith("/") && !path.startsWith(basePath)) {
            return "outside the site's base path " + basePath;
        }
        Path target = path.isEmpty() ? page : (path.startsWith("/") ? site.resolve(path.substring(basePath.length()))
                : page.getParent().resolve(path)).normalize();
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        // A page exists when it is one of the site's pages as given (the dev server's update has new ones staged and
        // deleted ones still on disk); other files are looked up on disk.
        boolean exists = target.toString().endsWith(".html") ? ids.containsKey(target) : Files.isRegularFile(target);
        if (!target.startsWith(site) || !exists) {
            return isDraft(target) ? "it is a draft (status=draft), which is not published; link to it once it is"
                    : "no such file in the site";
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html") && !idsOf(target).contains(fragment)) {
            return "no element with id \"" + fragment + "\" on " + site.relativize(target);
        }
        return null;
    }

    private Set<String> idsOf(Path page) {
        return ids.getOrDefault(page, Set.of());
    }

    /** The note line that holds the link (content/X.md for X.html), else the page itself. */
    private String where(Path page, String url) throws IOException {
        String relative = site.relativize(page).toString();
        Path source = root.resolve("content").resolve(relative.replaceFirst("\\.html$", ".md"));
        if (Files.isRegularFile(source)) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("(" + url + ")") || lines.get(i).contains("\"" + url + "\"")) {
                    return root.relativize(source) + ":" + (i + 1);
                }
            }
        }
        return relative + " (from its template)";
    }
}
