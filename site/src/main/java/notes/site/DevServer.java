package notes.site;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code mvn -Pserve package}: builds the site, serves it on http://localhost:PORT/ and rebuilds when a note,
 * template, asset or calculator changes; open pages reload themselves after each good rebuild and show a failed one's
 * problems over the page ({@link DevOverlay}). The page script is injected into pages as they are served and is
 * never written to the deployable folder.
 */
public final class DevServer implements AutoCloseable {
    /**
     * Editors write a file in bursts (temp file, rename, touch) that take a few milliseconds: wait for that much
     * quiet before rebuilding. A change that comes later only means one more rebuild.
     */
    private static final long QUIET_MILLIS = 50;

    private final Path root;
    private final Path output;
    private final Path scripts;
    private SiteBuild builder;
    private final DevOverlay overlay = new DevOverlay();
    /** The first TeaVM compile of a fresh checkout, run while the site is built and served; null when none runs. */
    private Thread bundleCompile;
    /** Whether that compile succeeded, once it has ended; null before. */
    private volatile Boolean bundleCompiled;
    private StaticServer server;

    DevServer(Path root, Path output, Path scripts) {
        this.root = root;
        this.output = output;
        this.scripts = scripts;
        this.builder = new SiteBuilder(root, output, scripts).keepForRebuilds();
    }

    /** {@code java notes.site.DevServer ROOT OUTPUT SCRIPTS [PORT]}: builds, serves and rebuilds until stopped. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int port = args.length > 3 ? Integer.parseInt(args[3]) : 8080;
        DevServer dev = new DevServer(root, Path.of(args[1]), Path.of(args[2]));
        // The port first: a port in use is said at once, not after a first build of a minute.
        StaticServer server;
        try {
            server = dev.serve(port);
        } catch (java.net.BindException busy) {
            System.err.println("port " + port + " is in use: stop what serves there, or choose another port with"
                    + " -Dport=NNNN (./mvnw -Pserve package -Dport=9000)");
            System.exit(2);
            return;
        }
        try {
            // The last complete build, when there is one, is served at once (OutputFolder only ever shows a
            // complete site); open pages reload when the first build of this run replaces it.
            System.out.println(Files.isRegularFile(dev.builder.output().resolve("index.html"))
                    ? "serving the last build at " + server.url() + " while building"
                    : "building the site for the first time; " + server.url() + " serves it when it is done");
            CalculatorBundle bundle = new CalculatorBundle(root, dev.scripts);
            if (bundle.compilesHere() && !bundle.upToDate()) {
                dev.compileBundleWhileServing(bundle);
            }
            dev.rebuild(false, Set.of());
            System.out.println("serving " + server.url() + " (Ctrl-C to stop); watching content/, templates/,"
                    + " assets/, calculators/ and web/");
            dev.watch();
        } catch (Exception | Error e) {
            // Some libraries leave threads running that would keep Maven's exec:java waiting for ever.
            e.printStackTrace();
            System.exit(1);
        }
    }

    /**
     * Compiles the calculators' bundle with TeaVM (most of a fresh checkout's first start) on a thread of its own,
     * while the site is built without it and served: pages show their calculators' results as the build rendered
     * them, and reload with live calculators when the bundle is there and {@link #watch} has rebuilt the site with
     * it (on the thread that makes every build: JBake's content store belongs to one thread).
     */
    private void compileBundleWhileServing(CalculatorBundle bundle) {
        ((SiteBuilder) builder).bundlePending(true);
        bundleCompile = new Thread(() -> {
            try {
                bundleCompiled = bundle.compileIfStale();
            } catch (IOException e) {
                System.out.println("the calculators' bundle: " + e.getMessage());
                bundleCompiled = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "teavm");
        bundleCompile.setDaemon(true);
        bundleCompile.start();
    }

    /** After the first TeaVM compile has ended: the site built again with the bundle, or its failure shown. */
    private void afterBundleCompile() throws IOException, InterruptedException {
        Boolean compiled = bundleCompiled;
        if (compiled == null) {
            return;
        }
        bundleCompiled = null;
        bundleCompile = null;
        ((SiteBuilder) builder).bundlePending(false);
        if (compiled) {
            System.out.println("calculator bundle compiled: rebuilding with it");
            rebuild(false, Set.of());
        } else {
            overlay.failed(List.of("the calculators' bundle did not compile: Maven's errors are in the terminal"));
        }
    }

    /**
     * Serves the last good build on {@code port} (0: any free port) with the headers Netlify sends (its
     * Content-Security-Policy among them): a page that breaks under them breaks here too, while it is written.
     */
    StaticServer serve(int port) throws IOException {
        server = new StaticServer(builder.output(), port, "/", HostHeaders.fromNetlifyToml(root.resolve("netlify.toml")),
                html -> html.replace("</body>", DevOverlay.SCRIPT_TAG + "</body>"));
        overlay.register(server.httpServer());
        server.start();
        return server;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        builder.close();
    }

    private void watch() throws IOException, InterruptedException {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (String dir : List.of("content", "templates", "assets", "calculators/src", "web/src")) {
                registerTree(watcher, root.resolve(dir));
            }
            root.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            while (true) {
                // While the first TeaVM compile runs, look up now and then to rebuild when it ends.
                WatchKey key = bundleCompile == null ? watcher.take() : watcher.poll(250, TimeUnit.MILLISECONDS);
                if (key == null) {
                    afterBundleCompile();
                    continue;
                }
                boolean javaChanged = false;
                Set<Path> siteChanges = new HashSet<>();
                do {
                    Path dir = (Path) key.watchable();
                    for (WatchEvent<?> event : key.pollEvents()) {
                        Path changed = dir.resolve((Path) event.context());
                        if (Files.isDirectory(changed)) {
                            registerTree(watcher, changed);
                        }
                        String name = changed.getFileName().toString();
                        if (dir.equals(root) && !name.equals("jbake.properties") || name.startsWith(".")
                                || name.endsWith("~")) {
                            continue; // editors' swap and backup files are not part of the site
                        }
                        if (changed.startsWith(root.resolve("calculators")) || changed.startsWith(root.resolve("web"))) {
                            javaChanged = true;
                        } else {
                            siteChanges.add(changed);
                        }
                    }
                    key.reset();
                    key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                if (javaChanged || !siteChanges.isEmpty()) {
                    rebuild(javaChanged, siteChanges);
                }
            }
        }
    }

    /** A full build when the calculators changed (or at start), else {@link SiteBuilder#rebuild} of the changes. */
    void rebuild(boolean recompileCalculators, Set<Path> changed) throws IOException, InterruptedException {
        if (recompileCalculators && bundleCompile != null) {
            bundleCompile.join(); // never two Maven runs over the same target folders
            afterBundleCompile();
        }
        long start = System.nanoTime();
        if (recompileCalculators) {
            if (!new CalculatorBundle(root, scripts).compile()) {
                overlay.failed(List.of("the calculators do not compile: Maven's errors are in the terminal"));
                return;
            }
            // The forms come from the declarations just compiled, which this JVM cannot reload in place.
            builder.close();
            builder = FreshCalculators.siteBuilder(List.of(root.resolve("calculators/target/classes")), root,
                    output, scripts);
        }
        List<String> problems = recompileCalculators || changed.isEmpty() ? builder.build() : builder.rebuild(changed);
        if (problems.isEmpty()) {
            System.out.printf("rebuilt in %d ms %s%n", (System.nanoTime() - start) / 1_000_000, builder.timings());
            overlay.passed();
        } else {
            System.out.println("build failed (still serving the last good site):");
            problems.forEach(p -> System.out.println("  " + p));
            overlay.failed(problems);
        }
    }

    private static void registerTree(WatchService watcher, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
