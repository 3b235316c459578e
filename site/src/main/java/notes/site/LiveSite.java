package notes.site;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.DocumentsRenderer;
import org.jbake.template.RenderingException;

/**
 * What the dev server keeps of the last full build so that editing a note's text re-renders that note only:
 * JBake's content store (open), the pages' links and ids, each note's front matter. A change that may touch other
 * pages (front matter, which feeds the index, archive, tags, feed and the neighbours' links; a new or deleted
 * file; templates, assets, calculators) takes a full build instead.
 *
 * <p>The changed pages are rendered by JBake's own crawler (which parses only files whose hash changed) and page
 * renderer into a staging folder, checked like a full build's pages, and only then moved over the served ones.
 */
final class LiveSite implements AutoCloseable {
    private final Path root;
    private final Path output;
    private final Path staging;
    private final NoteStore store;
    private final NoteChecker checker;
    private final MarkupStyles styles;
    private final String basePath;
    private final JBakeConfiguration config;
    private final Crawler crawler;
    private final Renderer renderer;
    private final Map<Path, SitePage> pages = new TreeMap<>();
    private final Map<Path, String> frontMatter = new HashMap<>();

    LiveSite(Path root, Path output, NoteStore store, NoteChecker checker, SiteUrl url, String scriptsVersion,
             MarkupStyles styles, List<SitePage> pages) throws IOException {
        this.styles = styles;
        this.basePath = url.basePath();
        this.root = root;
        this.output = output;
        this.staging = output.resolveSibling(output.getFileName() + ".staging");
        this.store = store;
        this.checker = checker;
        this.config = SiteBuilder.jbakeConfiguration(root, staging, url, false, scriptsVersion);
        this.crawler = new Crawler(store, config);
        this.renderer = new Renderer(store, config);
        for (SitePage page : pages) {
            this.pages.put(page.file(), page);
        }
        try (Stream<Path> notes = Files.walk(root.resolve("content"))) {
            for (Path note : (Iterable<Path>) notes.filter(p -> p.toString().endsWith(".md"))::iterator) {
                frontMatter.put(note, NoteChecker.frontMatter(note));
            }
        }
    }

    /** Whether every change is an edit to the text of a note the last build had, its front matter untouched. */
    boolean canUpdate(Collection<Path> changed) {
        for (Path file : changed) {
            try {
                String before = frontMatter.get(file);
                if (before == null || !Files.isRegularFile(file) || !before.equals(NoteChecker.frontMatter(file))) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return !changed.isEmpty();
    }

    /** Re-renders the changed notes; returns the problems (then the served pages stay as they were). */
    List<String> update(Collection<Path> notes, Map<String, Long> timings) throws IOException {
        long start = System.nanoTime();
        List<String> problems = checker.check(notes);
        checker.takeWarnings().forEach(warning -> System.err.println("warning: " + warning));
        start = SiteBuilder.lap(timings, "check", start);
        if (!problems.isEmpty()) {
            return problems;
        }
        SiteBuilder.deleteTree(staging);
        Files.createDirectories(staging);
        crawler.crawl();
        start = SiteBuilder.lap(timings, "crawl", start);
        try {
            new DocumentsRenderer().render(renderer, store, config);
        } catch (RenderingException e) {
            forget(notes);
            return List.of("jbake: " + e.getMessage());
        }
        start = SiteBuilder.lap(timings, "render", start);
        PageNames.decodeInPlace(staging);
        List<SitePage> changed = stagedPages();
        problems = check(changed);
        start = SiteBuilder.lap(timings, "links", start);
        if (!problems.isEmpty()) {
            forget(notes);
            return problems;
        }
        publish(changed);
        SiteBuilder.lap(timings, "publish", start);
        return problems;
    }

    /** The staged pages, as they will be once moved into the output folder. */
    private List<SitePage> stagedPages() throws IOException {
        try (Stream<Path> files = Files.walk(staging)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> SitePage.read(staging, p).movedTo(output.resolve(staging.relativize(p).toString())))
                    .collect(Collectors.toList());
        }
    }

    /** Links on the changed pages, and links into them from other pages (an anchor may have gone). */
    private List<String> check(List<SitePage> changed) throws IOException {
        Map<Path, SitePage> after = new TreeMap<>(pages);
        for (SitePage page : changed) {
            after.put(page.file(), page);
        }
        Set<String> names = changed.stream().map(c -> c.file().getFileName().toString()).collect(Collectors.toSet());
        List<SitePage> toCheck = new ArrayList<>(changed);
        for (SitePage page : pages.values()) {
            boolean linksIn = page.links().stream().anyMatch(link -> names.stream().anyMatch(link::contains));
            if (linksIn && !names.contains(page.file().getFileName().toString())) {
                toCheck.add(page);
            }
        }
        return new LinkChecker(output, root, basePath, after.values()).check(toCheck);
    }

    private void publish(List<SitePage> changed) throws IOException {
        // The edited notes may use styles no page used before: the style sheet goes first, so no page shows unstyled.
        styles.write(staging);
        Files.move(staging.resolve(MarkupStyles.STYLESHEET), output.resolve(MarkupStyles.STYLESHEET),
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        for (SitePage page : changed) {
            Path staged = staging.resolve(output.relativize(page.file()).toString());
            Files.move(staged, page.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            pages.put(page.file(), page);
        }
        Path index = staging.resolve("search.json");
        SearchIndex.write(staging, List.copyOf(pages.values()));
        Files.move(index, output.resolve("search.json"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** A note whose page was not published must be parsed again next time, even if its text stays the same. */
    private void forget(Collection<Path> notes) {
        for (Path note : notes) {
            store.deleteContent(sourceUri(note));
        }
    }

    /** The key JBake's crawler files a note under: its page's path, as Crawler.buildURI makes it. */
    private String sourceUri(Path note) {
        Path relative = root.resolve("content").relativize(note);
        String name = relative.getFileName().toString();
        String page = URLEncoder.encode(name.substring(0, name.lastIndexOf('.')), StandardCharsets.UTF_8)
                + config.getOutputExtension();
        Path parent = relative.getParent();
        return parent == null ? page : parent.toString().replace(File.separatorChar, '/') + "/" + page;
    }

    @Override
    public void close() {
        store.release();
    }
}
