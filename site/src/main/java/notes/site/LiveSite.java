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
import org.jbake.template.RenderingException;

/**
 * What the dev server keeps of the last full build so that a change to notes re-renders only the pages that depend
 * on it: JBake's content store (open), the pages' links and ids, each note's front matter. Editing a note's text
 * re-renders that note; editing its front matter, or adding or deleting a note, also re-renders its neighbours (their
 * previous/next links), the home page, archive, tag pages, feed and sitemap ({@link LiveLists}). Templates, assets and
 * calculators take a full build.
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

    LiveSite(Path root, Path output, NoteStore store, NoteChecker checker, SiteUrl url, HashedAssets assets,
             MarkupStyles styles, List<SitePage> pages) throws IOException {
        this.styles = styles;
        this.basePath = url.basePath();
        this.root = root;
        this.output = output;
        this.staging = output.resolveSibling(output.getFileName() + ".staging");
        this.store = store;
        this.checker = checker;
        this.config = SiteBuilder.jbakeConfiguration(root, staging, url, false, assets);
        this.crawler = new Crawler(store, config);
        this.renderer = new NoteRenderer(store, config);
        for (SitePage page : pages) {
            this.pages.put(page.file(), page);
        }
        try (Stream<Path> notes = Files.walk(root.resolve("content"))) {
            for (Path note : (Iterable<Path>) notes.filter(p -> p.toString().endsWith(".md"))::iterator) {
                frontMatter.put(note, NoteChecker.frontMatter(note));
            }
        }
    }

    /**
     * Whether every change is to a note (its text or front matter edited, or the note new or deleted): then
     * {@link #update} re-renders what depends on it. Templates, assets and anything else need a full build.
     */
    boolean canUpdate(Collection<Path> changed) {
        Path content = root.resolve("content");
        for (Path file : changed) {
            boolean note = file.startsWith(content) && file.toString().endsWith(".md");
            if (!note || !Files.isRegularFile(file) && !frontMatter.containsKey(file)) {
                return false;
            }
        }
        return !changed.isEmpty();
    }

    /**
     * Re-renders the changed notes and, when a front matter changed or a note came or went, the pages that list
     * notes ({@link LiveLists}); returns the problems (then the served pages stay as they were).
     */
    List<String> update(Collection<Path> notes, Map<String, Long> timings) throws IOException {
        long start = System.nanoTime();
        List<Path> present = notes.stream().filter(Files::isRegularFile).collect(Collectors.toList());
        List<String> problems = checker.check(present);
        checker.takeWarnings().forEach(warning -> System.err.println("warning: " + warning));
        start = SiteBuilder.lap(timings, "check", start);
        if (!problems.isEmpty()) {
            return problems;
        }
        SiteBuilder.deleteTree(staging);
        Files.createDirectories(staging);
        boolean lists = listsChange(notes);
        try {
            crawl(notes, lists);
            start = SiteBuilder.lap(timings, "crawl", start);
            new NotePages().render(renderer, store, config);
            if (lists) {
                LiveLists.render(renderer, config);
            }
        } catch (Exception e) {
            forget(notes);
            return List.of("jbake: " + e.getMessage());
        }
        start = SiteBuilder.lap(timings, "render", start);
        PageNames.decodeInPlace(staging);
        List<SitePage> changed = stagedPages();
        Set<Path> gone = notes.stream().filter(n -> !Files.isRegularFile(n)).map(this::deletedPage)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        Set<Path> staleTags = lists ? LiveLists.staleTags(output, staging, config.getTagPathName()) : Set.of();
        gone.addAll(staleTags);
        problems = check(changed, gone);
        start = SiteBuilder.lap(timings, "links", start);
        if (!problems.isEmpty()) {
            forget(notes);
            return problems;
        }
        for (Path tag : staleTags) {
            Files.delete(tag);
            pages.remove(tag);
        }
        publish(changed);
        if (lists) {
            removeDeleted(notes);
        }
        for (Path note : present) {
            frontMatter.put(note, NoteChecker.frontMatter(note));
        }
        SiteBuilder.lap(timings, "publish", start);
        return problems;
    }

    /** Whether a front matter changed or a note is new or deleted: the lists of notes and the neighbours change. */
    private boolean listsChange(Collection<Path> notes) throws IOException {
        for (Path note : notes) {
            String before = frontMatter.get(note);
            if (before == null || !Files.isRegularFile(note) || !before.equals(NoteChecker.frontMatter(note))) {
                return true;
            }
        }
        return false;
    }

    /**
     * JBake's crawler parses the files whose hash changed. For a list change, deleted notes leave the store, and the
     * neighbours before and after the change are dropped from it too, so the crawler parses them again and the page
     * renderer gives them their new previous/next links.
     */
    private void crawl(Collection<Path> notes, boolean lists) {
        if (!lists) {
            crawler.crawl();
            return;
        }
        Set<String> keys = notes.stream().map(this::sourceUri).collect(Collectors.toSet());
        Set<String> neighbours = new java.util.HashSet<>(LiveLists.neighbours(store, keys));
        notes.stream().filter(n -> !Files.isRegularFile(n)).forEach(n -> store.deleteContent(sourceUri(n)));
        crawler.crawl();
        neighbours.addAll(LiveLists.neighbours(store, keys));
        neighbours.forEach(store::deleteContent);
        crawler.crawl();
    }

    /** The pages of deleted notes leave the output, the served list and the front matter kept. */
    private void removeDeleted(Collection<Path> notes) throws IOException {
        for (Path note : notes) {
            if (!Files.isRegularFile(note)) {
                Path page = deletedPage(note);
                Files.deleteIfExists(page);
                pages.remove(page);
                frontMatter.remove(note);
            }
        }
        SearchIndex.write(staging, List.copyOf(pages.values()));
        SearchIndex.move(staging, output);
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
    private List<String> check(List<SitePage> changed, Set<Path> deleted) throws IOException {
        Map<Path, SitePage> after = new TreeMap<>(pages);
        after.keySet().removeAll(deleted);
        for (SitePage page : changed) {
            after.put(page.file(), page);
        }
        Set<String> names = changed.stream().map(c -> c.file().getFileName().toString()).collect(Collectors.toSet());
        deleted.forEach(page -> names.add(page.getFileName().toString()));
        List<SitePage> toCheck = new ArrayList<>(changed);
        for (SitePage page : pages.values()) {
            boolean linksIn = page.links().stream().anyMatch(link -> names.stream().anyMatch(link::contains));
            if (linksIn && !names.contains(page.file().getFileName().toString()) && !deleted.contains(page.file())) {
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
        moveXml();
        SearchIndex.write(staging, List.copyOf(pages.values()));
        SearchIndex.move(staging, output);
    }

    /** Where the page of a deleted note is in the output (its address decoded, as {@link PageNames} writes it). */
    private Path deletedPage(Path note) {
        return output.resolve(java.net.URLDecoder.decode(sourceUri(note), StandardCharsets.UTF_8));
    }

    /** The feed and the sitemap, when the lists were rendered. */
    private void moveXml() throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            for (Path xml : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".xml"))::iterator) {
                Files.move(xml, output.resolve(xml.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** A note whose page was not published must be parsed again next time, even if its text stays the same. */
    private void forget(Collection<Path> notes) {
        for (Path note : notes) {
            store.deleteContent(sourceUri(note));
        }
        frontMatter.keySet().removeAll(notes);
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
