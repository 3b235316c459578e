package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

/**
 * Bakes the site: checks the notes, lets JBake render them (flexmark + Thymeleaf) into a fresh folder, adds the
 * calculators' JavaScript, checks that every embedded calculator has its script, and only then replaces the output
 * folder. A failed build leaves the previous output untouched, never a partial site.
 */
public final class SiteBuilder implements SiteBuild {
    private final Path root;
    private final Path output;
    private final Path scripts;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private SiteUrl siteUrl;
    private long lockWaitMillis = 10 * 60 * 1000;
    private boolean keepInlineStyles;
    private boolean keepForRebuilds;
    private boolean bundlePending;
    private LiveSite live;

    /**
     * @param root    the repository root: content/, templates/, assets/ and jbake.properties
     * @param output  the deployable folder to write
     * @param scripts the calculators' compiled JavaScript (web/target/js)
     */
    public SiteBuilder(Path root, Path output, Path scripts) {
        this.root = root.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.scripts = scripts.toAbsolutePath().normalize();
        quietenLibraries();
    }

    /**
     * Leaves inline style attributes in the pages instead of moving them to {@link MarkupStyles#STYLESHEET}: the
     * reference build that the browser tests compare formula layout with. Never for publishing (the
     * Content-Security-Policy blocks inline styles).
     */
    SiteBuilder keepInlineStyles() {
        keepInlineStyles = true;
        return this;
    }

    /** How long {@link #build} waits for another build of the same output before it gives up. */
    SiteBuilder lockWait(long millis) {
        this.lockWaitMillis = millis;
        return this;
    }

    /** Builds for this public address instead of the one {@link SiteUrl#fromBuildEnvironment} finds. */
    public SiteBuilder siteUrl(SiteUrl url) {
        this.siteUrl = url;
        return this;
    }

    /** The public address the next build writes into canonical links, the feed, the sitemap and robots.txt. */
    public SiteUrl siteUrl() throws IOException {
        if (siteUrl == null) {
            siteUrl = SiteUrl.fromBuildEnvironment(jbakeProperties(root));
            // The dev server's pages are a local preview: a deploy address is nothing its writer can act on there.
            if (siteUrl.placeholder() && !keepForRebuilds) {
                System.err.println("warning: the site URL " + siteUrl.url() + " (from " + siteUrl.source() + ") is a"
                        + " placeholder, so canonical links, the feed and the sitemap point nowhere; set it with"
                        + " -Dsite.url=https://... or the environment variable URL");
            }
        }
        return siteUrl;
    }

    /**
     * JBake's configuration for this repository, writing into {@code destination}, with the public address and the
     * base path (templates: {@code config.site_host}, {@code config.site_basepath}) of {@code url}, and the
     * content-hashed addresses of the scripts and style sheet ({@code config.hashed_KEY}, see {@link HashedAssets}).
     */
    static JBakeConfiguration jbakeConfiguration(Path root, Path destination, SiteUrl url, boolean clearCache,
                                                 HashedAssets assets) {
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(root.toFile(), destination.toFile(), clearCache);
        config.setProperty("site.host", url.url());
        config.setProperty("site.basepath", url.basePath());
        assets.configure(config);
        return config;
    }

    private static java.util.Properties jbakeProperties(Path root) throws IOException {
        java.util.Properties config = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(root.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            config.load(in);
        }
        return config;
    }

    /**
     * Builds the site; returns the problems ({@code file:line: message}), empty on success. Waits for another build
     * of the same output to finish first ({@link BuildLock}); publishes through {@link OutputFolder}, which never
     * deletes a file no build wrote.
     */
    @Override
    public List<String> build() throws IOException {
        try (BuildLock lock = BuildLock.acquire(output, lockWaitMillis)) {
            return buildLocked();
        } catch (OutputFolder.OutputRefusedException | BuildLock.BusyException refused) {
            return new ArrayList<>(List.of(refused.getMessage()));
        }
    }

    private List<String> buildLocked() throws IOException {
        closeLiveSite();
        OutputFolder folder = new OutputFolder(output);
        folder.checkPublishable();
        folder.removeStaleBuildsMeanwhile();
        try {
            return buildInto(folder);
        } finally {
            folder.awaitCleaning(); // a failed build too: the next build's own cleaning must not meet this one
        }
    }

    private List<String> buildInto(OutputFolder folder) throws IOException {
        timings.clear();
        long start = System.nanoTime();
        Embeds embeds = new Embeds(root.resolve("templates"));
        Path cache = output.resolveSibling(output.getFileName() + ".cache");
        MathRenderer.get().loadCache(cache);
        CodeHighlighter.loadCache(cache);
        MarkupStyles styles = keepInlineStyles ? MarkupStyles.keepingInline() : MarkupStyles.extracting();
        FlexmarkEngine markdown = new FlexmarkEngine(embeds, styles, NoteDates.load(root.resolve("content")),
                new ImageFiles(root.resolve("assets")), root.resolve("content"));
        NoteChecker checker = new NoteChecker(root, embeds).renderingWith(markdown);
        List<String> problems = checker.check(root.resolve("content"));
        checker.takeWarnings().forEach(warning -> System.err.println("warning: " + warning));
        start = lap(timings, "check and render notes", start);
        if (!problems.isEmpty()) {
            return problems;
        }
        Path partial = folder.staging();
        Engines.register("md", markdown);
        HashedAssets assets = HashedAssets.of(root, scripts);
        JBakeConfiguration config = jbakeConfiguration(root, partial, siteUrl(), true, assets);
        NoteStore store = new NoteStore(config.getDatabaseStore(), config.getDatabasePath(), keepForRebuilds);
        problems.addAll(bake(config, store, timings));
        start = lap(timings, "bake", start);
        List<SitePage> pages = List.of();
        if (problems.isEmpty()) {
            PageNames.decodeInPlace(partial);
            if (!keepForRebuilds) {
                removeDrafts(partial, checker.drafts(), config.getDraftSuffix());
            }
            assets.write(partial);
            copyKatexStyles(partial.resolve("katex"));
            writeRobots(partial);
            styles.write(partial);
            pages = SitePage.readAll(partial);
            start = lap(timings, "copy and read pages", start);
            problems.addAll(missingScripts(partial, pages, assets));
            SearchIndex.write(partial, pages);
            problems.addAll(new LinkChecker(partial, root, siteUrl().basePath(), pages).check(pages));
            start = lap(timings, "search index and links", start);
        }
        if (!problems.isEmpty()) {
            store.release();
            deleteTree(partial);
            return problems;
        }
        folder.publish(partial);
        MathRenderer.get().saveCache(cache);
        CodeHighlighter.saveCache(cache);
        if (keepForRebuilds) {
            live = new LiveSite(root, output, store, checker, siteUrl(), assets, styles,
                    pages.stream().map(p -> p.movedTo(output.resolve(partial.relativize(p.file()).toString())))
                            .collect(Collectors.toList()));
        }
        lap(timings, "swap", start);
        return problems;
    }

    /**
     * Rebuilds after the given files changed: when they are only notes whose text (not front matter) changed and
     * {@link #keepForRebuilds} is on, re-renders those notes alone; otherwise builds everything.
     */
    @Override
    public List<String> rebuild(Collection<Path> changed) throws IOException {
        if (live == null || !live.canUpdate(changed)) {
            return build();
        }
        // A quick re-render writes into the published site too: it waits for any other build of the same output.
        try (BuildLock lock = BuildLock.acquire(output, lockWaitMillis)) {
            timings.clear();
            return live.update(changed, timings);
        } catch (BuildLock.BusyException busy) {
            return new ArrayList<>(List.of(busy.getMessage()));
        }
    }

    /**
     * Keeps JBake's content store and the pages' links after each full build, for {@link #rebuild}: the dev server
     * does; a one-off build does not need to.
     */
    public SiteBuilder keepForRebuilds() {
        keepForRebuilds = true;
        return this;
    }

    @Override
    public void close() {
        closeLiveSite();
        JsEngines.close(); // Node, if it runs: the dev server replaces a builder with one from a new class loader
    }

    private void closeLiveSite() {
        if (live != null) {
            live.close();
            live = null;
        }
    }

    /** How long each step of the last build took, in milliseconds, in order. */
    @Override
    public Map<String, Long> timings() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    /** Records the milliseconds since {@code since} as {@code step}; returns now, the start of the next step. */
    static long lap(Map<String, Long> timings, String step, long since) {
        long now = System.nanoTime();
        timings.put(step, (now - since) / 1_000_000);
        return now;
    }

    @Override
    public Path output() {
        return output;
    }

    private static List<String> bake(JBakeConfiguration config, NoteStore store, Map<String, Long> timings) {
        Oven oven = new Oven(utensils(config, store, timings));
        List<String> problems = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(NotePages.serviceLoader());
        try {
            oven.bake();
        } catch (RuntimeException e) {
            problems.add("jbake: " + e.getMessage());
        } finally {
            thread.setContextClassLoader(before);
        }
        for (Throwable error : oven.getErrors()) {
            problems.add("jbake: " + describe(error));
        }
        return problems;
    }

    /** JBake's default utensils (as UtensilsFactory makes them), around our {@link NoteStore} and {@link NoteRenderer}. */
    private static Utensils utensils(JBakeConfiguration config, NoteStore store, Map<String, Long> timings) {
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config) {
            @Override
            public void crawl() {
                long start = System.nanoTime();
                super.crawl();
                lap(timings, "bake: crawl", start);
            }
        });
        utensils.setRenderer(new NoteRenderer(store, config));
        utensils.setAsset(new PlainAssets(config)); // assets/ without the files published under hashed names
        return utensils;
    }

    /**
     * Deletes the pages JBake wrote for drafts ({@code NAME-draft.html}: JBake leaves drafts out of its lists but still
     * renders them): a published site must not hold a note its writer has not released. The dev server keeps them,
     * marked 草稿 by the note template.
     */
    private static void removeDrafts(Path site, Set<String> drafts, String suffix) throws IOException {
        for (String draft : drafts) {
            Files.deleteIfExists(site.resolve(draft.replaceFirst("\\.md$", suffix + ".html")));
        }
    }

    /**
     * The dev server's first start on a fresh checkout builds while TeaVM compiles the bundle: pages are served with
     * their calculators' results rendered at build time, and without the script until the bundle is there (then
     * the server builds again). Never for a deployable build.
     */
    void bundlePending(boolean pending) {
        this.bundlePending = pending && keepForRebuilds;
    }

    /** A page that embeds a calculator needs the bundle (unless it is still compiling, {@link #bundlePending}). */
    private List<String> missingScripts(Path site, List<SitePage> pages, HashedAssets assets) {
        List<String> problems = new ArrayList<>();
        if (bundlePending && assets.address("bundle") == null) {
            System.out.println("calculator bundle still compiling: pages show their results as built, without the"
                    + " script, until it is there");
            return problems;
        }
        for (SitePage page : pages) {
            if (!page.calculators().isEmpty() && assets.address("bundle") == null) {
                problems.add(site.relativize(page.file()) + ": calculators " + page.calculators() + " need "
                        + scripts.resolve(BUNDLE) + " (build the web module first)");
            }
        }
        return problems;
    }

    /** The TeaVM bundle of every registered calculator (web/pom.xml). */
    static final String BUNDLE = "calculators.js";

    /** robots.txt pointing at the sitemap, from the one site URL ({@link #siteUrl()}). */
    private void writeRobots(Path site) throws IOException {
        Files.writeString(site.resolve("robots.txt"), "User-agent: *\nAllow: /\nSitemap: "
                + siteUrl().url() + "/sitemap.xml\n", StandardCharsets.UTF_8);
    }

    /** KaTeX's style sheet and fonts, from the same webjar as the renderer, served by the site itself. */
    private static void copyKatexStyles(Path target) throws IOException {
        java.net.URL css = SiteBuilder.class.getClassLoader().getResource(MathRenderer.WEBJAR + "katex.min.css");
        try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(
                java.net.URI.create(css.toString().substring(0, css.toString().indexOf("!/"))), java.util.Map.of())) {
            Path dist = jar.getPath(MathRenderer.WEBJAR);
            Files.createDirectories(target.resolve("fonts"));
            Files.copy(dist.resolve("katex.min.css"), target.resolve("katex.min.css"));
            try (Stream<Path> fonts = Files.list(dist.resolve("fonts"))) {
                for (Path font : (Iterable<Path>) fonts.filter(p -> p.toString().endsWith(".woff2"))::iterator) {
                    Files.copy(font, target.resolve("fonts").resolve(font.getFileName().toString()));
                }
            }
        }
    }

    private static String describe(Throwable error) {
        StringBuilder sb = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            sb.append(" <- ").append(cause.getMessage());
        }
        return sb.toString();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /**
     * OrientDB (JBake's content store) logs its start-up through java.util.logging, with warnings that do not apply to
     * an in-memory store a writer never logs into ("running under root", "default password", no script engine).
     * OrientDB sets its own loggers' level from {@code log.console.level} when it starts, so that setting is given
     * too. JBake's warnings about markup engines (no AsciiDoc, our Markdown engine replacing its own) are silenced in
     * logback.xml.
     */
    private static void quietenLibraries() {
        System.setProperty("log.console.level", "SEVERE");
        System.setProperty("log.file.level", "SEVERE");
        Logger.getLogger("com.orientechnologies").setLevel(Level.SEVERE);
        Logger.getLogger("").setLevel(Level.WARNING);
    }

    /** {@code java notes.site.SiteBuilder ROOT OUTPUT SCRIPTS}: exits 1 and lists the problems when the build fails. */
    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        SiteBuilder builder = new SiteBuilder(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        List<String> problems = builder.build();
        if (!problems.isEmpty()) {
            System.err.println("site build failed:");
            problems.forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
        System.out.printf("site built in %d ms %s: %s%n", (System.nanoTime() - start) / 1_000_000, builder.timings,
                builder.output());
    }
}
