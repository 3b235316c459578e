package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

/**
 * Bakes the site: checks the notes, lets JBake render them (flexmark + Thymeleaf) into a fresh folder, adds the
 * calculators' JavaScript, checks that every embedded calculator has its script, and only then replaces the output
 * folder. A failed build leaves the previous output untouched, never a partial site.
 */
public final class SiteBuilder {
    private static final Pattern CALCULATOR = Pattern.compile("data-calculator=\"([A-Za-z0-9-]+)\"");

    private final Path root;
    private final Path output;
    private final Path scripts;

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

    /** Builds the site; returns the problems ({@code file:line: message}), empty on success. */
    public List<String> build() throws IOException {
        Embeds embeds = new Embeds(root.resolve("templates"));
        Path formulaCache = output.resolveSibling(output.getFileName() + ".cache").resolve(MathRenderer.cacheFileName());
        MathRenderer.get().loadCache(formulaCache);
        List<String> problems = new NoteChecker(root, embeds).check(root.resolve("content"));
        if (!problems.isEmpty()) {
            return problems;
        }
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        deleteTree(partial);
        problems.addAll(bake(partial, embeds));
        if (problems.isEmpty()) {
            problems.addAll(addScripts(partial));
            copyKatexStyles(partial.resolve("katex"));
            writeRobots(partial);
            SearchIndex.write(partial);
            problems.addAll(new LinkChecker(partial, root).check());
        }
        if (!problems.isEmpty()) {
            deleteTree(partial);
            return problems;
        }
        deleteTree(output);
        Files.move(partial, output, StandardCopyOption.ATOMIC_MOVE);
        MathRenderer.get().saveCache(formulaCache);
        return problems;
    }

    public Path output() {
        return output;
    }

    private List<String> bake(Path destination, Embeds embeds) {
        Engines.register("md", new FlexmarkEngine(embeds));
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(root.toFile(), destination.toFile(), true);
        Oven oven = new Oven(config);
        List<String> problems = new ArrayList<>();
        try {
            oven.bake();
        } catch (RuntimeException e) {
            problems.add("jbake: " + e.getMessage());
        }
        for (Throwable error : oven.getErrors()) {
            problems.add("jbake: " + describe(error));
        }
        return problems;
    }

    /** Copies js/*.js and checks that each page's calculators have their module. */
    private List<String> addScripts(Path site) throws IOException {
        Path js = site.resolve("js");
        Files.createDirectories(js);
        if (Files.isDirectory(scripts)) {
            try (Stream<Path> files = Files.list(scripts)) {
                for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".js"))::iterator) {
                    Files.copy(file, js.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".html"))::iterator) {
                Matcher m = CALCULATOR.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!Files.isRegularFile(js.resolve(m.group(1) + ".js"))) {
                        problems.add(site.relativize(page) + ": calculator '" + m.group(1) + "' has no script "
                                + scripts.resolve(m.group(1) + ".js") + " (build the web module first)");
                    }
                }
            }
        }
        return problems;
    }

    /** robots.txt pointing at the sitemap, from the one configured site URL (jbake.properties: site.host). */
    private void writeRobots(Path site) throws IOException {
        java.util.Properties config = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(root.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            config.load(in);
        }
        Files.writeString(site.resolve("robots.txt"), "User-agent: *\nAllow: /\nSitemap: "
                + config.getProperty("site.host") + "/sitemap.xml\n", StandardCharsets.UTF_8);
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

    /** OrientDB logs its start-up through java.util.logging, with warnings about defaults that do not apply to an in-memory store. */
    private static void quietenLibraries() {
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
        System.out.printf("site built in %d ms: %s%n", (System.nanoTime() - start) / 1_000_000, builder.output());
    }
}
