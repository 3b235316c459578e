package notes.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Build speed, side by side in one run ({@code mvn -B verify -Pbench}; {@code -Dbench.notes=1000} for the full
 * corpus): this project's build, stock JBake on the same content, and Hugo (Debian package {@code hugo}) on the
 * same Markdown; cold (a new process each, no KaTeX/highlight.js results from an earlier build) and cached (the
 * previous build's results kept); warm (each one's server running: our dev server, {@code hugo server
 * --renderToDisk}; from the edit of one note to its page written with the edit, watcher delays included).
 * {@code -Dbench.large=10000} adds a run at that size (ours and Hugo; stock JBake's page renderer is quadratic) for
 * the cost per note and the peak heap of a cold build, with our builds limited to a 2 GB heap; {@code -Dbench.graaljs=true} adds a
 * cold build with GraalJS instead of Node. Prints tables with ratios; asserts nothing about speed.
 */
class BuildBenchmark {
    private static final int NOTES = Integer.getInteger("bench.notes", 100);
    private static final int LARGE = Integer.getInteger("bench.large", 0);
    private static final boolean GRAALJS = Boolean.getBoolean("bench.graaljs");
    private static final Path DIR = Path.of("target", "build-bench").toAbsolutePath();
    private static final Path SCRIPTS = Repo.root().resolve("web/target/js");

    /** One of our builds: wall time, and the peak heap {@link MeasuredBuild} reports. */
    private record Run(double seconds, long heapMb) {
        double perNoteMs(int notes) {
            return seconds * 1000 / notes;
        }
    }

    /** The builds at one corpus size. */
    private record Size(int notes, Run cold, Run cached, Run graal, double stock, double hugo) {
    }

    @Test
    void buildTimes() throws Exception {
        // Each table is printed as soon as it is measured: the large run takes a while on a shared machine.
        Size small = measure(NOTES, true);
        boolean hugo = Tools.onPath("hugo");
        List<String> rows = new ArrayList<>();
        rows.add("| cold: a new process, an empty output folder | | | |");
        rows.add(row("this project, no KaTeX/highlight.js results kept (" + engine() + ")", small.cold().seconds(), small));
        if (small.graal() != null) {
            rows.add(row("the same with GraalJS (-Dnotes.js=graaljs: no Node on the machine)", small.graal().seconds(),
                    small));
        }
        rows.add(row("this project, KaTeX and highlight.js results cached by the previous build", small.cached().seconds(),
                small));
        rows.add(row("stock JBake 2.7.0 (its Markdown, same templates)", small.stock(), small));
        rows.add(hugo ? row("Hugo " + version(), small.hugo(), small) : "| Hugo | not installed (apt-get install hugo) | | |");
        System.out.printf("%n%d notes%n| build | time | / Hugo | / stock JBake |%n|---|---|---|---|%n%s%n", NOTES,
                String.join("\n", rows));
        System.out.println(scaling(small, null));
        String hugoName = hugo ? "Hugo " + version() : "Hugo (not installed)";
        String build = String.format("build, %,d notes", NOTES);
        BenchTable.add(build, "ours, cold (" + engine() + ")", small.cold().seconds(), hugoName, small.hugo(), "s");
        BenchTable.add(build, "ours, KaTeX/highlight.js cached", small.cached().seconds(), hugoName, small.hugo(), "s");
        BenchTable.add(build, "ours, cold", small.cold().seconds(), "stock JBake 2.7.0", small.stock(), "s");
        if (LARGE > 0) {
            Size large = measure(LARGE, false);
            System.out.println(scaling(small, large));
            BenchTable.add(String.format("build, %,d notes", LARGE), "ours, cold", large.cold().seconds(), hugoName,
                    large.hugo(), "s");
            BenchTable.add("build scaling", String.format("cost per note, %,d vs %,d notes", LARGE, NOTES),
                    large.cold().perNoteMs(LARGE), String.format("ours at %,d notes", NOTES),
                    small.cold().perNoteMs(NOTES), "ms");
        }

        // Warm: each server running, the time from one note's edit to its page written with the edit.
        Path repo = DIR.resolve(NOTES + "/repo");
        Path hugoSite = DIR.resolve(NOTES + "/hugo");
        Path note = repo.resolve("content/notes/note-1.md");
        double oursWarm = editToPage(new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                "notes.site.DevServer", repo.toString(), DIR.resolve("dev").toString(), SCRIPTS.toString(),
                String.valueOf(freePort())), "(Ctrl-C to stop)", note, // after this run's first build
                DIR.resolve("dev/notes/note-1.html"));
        double hugoWarm = hugo ? editToPage(new ProcessBuilder("hugo", "server", "--renderToDisk", "--disableLiveReload",
                "-d", DIR.resolve("hugo-dev").toString(), "--port", String.valueOf(freePort())).directory(hugoSite.toFile()),
                "Web Server is available", hugoSite.resolve("content/notes/note-1.md"),
                DIR.resolve("hugo-dev/notes/note-1/index.html")) : Double.NaN;
        System.out.printf("%n| warm: server running, one note edited, until its page is written (median of 5) | | / Hugo |"
                + "%n|---|---|---|%n| this project's dev server (mvn -Pserve package) | %.3f s | %.2f |%n"
                + "| hugo server --renderToDisk | %.3f s | 1.00 |%n", oursWarm, oursWarm / hugoWarm, hugoWarm);
        BenchTable.add("edit → page written", "our dev server", oursWarm, "hugo server --renderToDisk", hugoWarm, "s");
    }

    private static String row(String what, double seconds, Size size) {
        return String.format("| %s | %.2f s | %.2f | %.2f |", what, seconds, seconds / size.hugo(), seconds / size.stock());
    }

    /** Cost per note and peak heap at each size: linear growth keeps the per-note cost flat. */
    private static String scaling(Size small, Size large) {
        StringBuilder t = new StringBuilder("\n| notes | ours cold | per note | peak heap | ours cached | per note |"
                + " peak heap | Hugo | cold / Hugo | cached / Hugo |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Size s : large == null ? List.of(small) : List.of(small, large)) {
            String cached = s.cached() == null ? "| | | " : String.format("| %.2f s | %.2f ms | %d MB ",
                    s.cached().seconds(), s.cached().perNoteMs(s.notes()), s.cached().heapMb());
            t.append(String.format("| %,d | %.2f s | %.2f ms | %d MB %s| %.2f s | %.2f | %s |%n", s.notes(),
                    s.cold().seconds(), s.cold().perNoteMs(s.notes()), s.cold().heapMb(), cached, s.hugo(),
                    s.cold().seconds() / s.hugo(),
                    s.cached() == null ? "" : String.format("%.2f", s.cached().seconds() / s.hugo())));
        }
        return t.toString();
    }

    /** Ours cold and cached (and with GraalJS if asked), stock JBake (if {@code stock}) and Hugo on {@code n} notes. */
    private static Size measure(int n, boolean stock) throws Exception {
        Path repo = Corpus.writeJBake(DIR.resolve(n + "/repo"), n);
        Path hugoSite = Corpus.writeHugo(DIR.resolve(n + "/hugo"), n);
        Path out = DIR.resolve(n + "/ours");
        SiteBuilder.deleteTree(DIR.resolve(n + "/ours.cache")); // cold means no formula cache from an earlier build
        Run graal = null;
        if (GRAALJS && stock) {
            SiteBuilder.deleteTree(DIR.resolve(n + "/graal.cache"));
            graal = ours(repo, DIR.resolve(n + "/graal"), "-Dnotes.js=graaljs");
        }
        Run cold = ours(repo, out);
        Run cached = stock ? ours(repo, out) : null; // the large run: one build is enough to see the growth
        double stockJBake = stock ? seconds(() -> java(System.getProperty("java.class.path"), "notes.site.StockJBake",
                repo, DIR.resolve(n + "/stock"))) : Double.NaN;
        double hugo = Tools.onPath("hugo") ? seconds(() -> Tools.run(hugoSite, "hugo", "--quiet", "-d",
                DIR.resolve(n + "/hugo-out").toString())) : Double.NaN;
        return new Size(n, cold, cached, graal, stockJBake, hugo);
    }

    private static Run ours(Path repo, Path out, String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx2g"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "notes.site.MeasuredBuild", repo.toString(),
                out.toString(), SCRIPTS.toString()));
        String[] log = new String[1];
        double seconds = seconds(() -> log[0] = Tools.run(DIR, command.toArray(new String[0])));
        java.util.regex.Matcher heap = java.util.regex.Pattern.compile("peak heap: (\\d+) MB").matcher(log[0]);
        if (!heap.find()) {
            throw new IllegalStateException("no peak heap in:\n" + log[0]);
        }
        return new Run(seconds, Long.parseLong(heap.group(1)));
    }

    /** The engine this machine's builds pick, as they log it. */
    private static String engine() {
        String name = JsEngines.engine().name();
        JsEngines.close();
        return name;
    }

    /**
     * Starts a server, waits for its first build, then five times appends a sentence to a note and times until the
     * note's page holds it. Returns the median, in seconds. Fails at once, with the server's output, when the server
     * dies before it is ready or during the edits ({@link ServerProcess}).
     */
    private static double editToPage(ProcessBuilder command, String ready, Path note, Path page) throws Exception {
        try (ServerProcess server = ServerProcess.start(command, ready, Duration.ofMinutes(10))) {
            Thread.sleep(1000); // let the watcher settle after the first build
            double[] times = new double[5];
            for (int i = 0; i < times.length; i++) {
                String marker = "追加一句 " + System.nanoTime();
                long t0 = System.nanoTime();
                Files.writeString(note, Files.readString(note) + "\n" + marker + "\n");
                while (!Files.exists(page) || !Files.readString(page).contains(marker)) {
                    server.requireAlive();
                    if (System.nanoTime() - t0 > 120_000_000_000L) {
                        throw new IllegalStateException("no rebuild after an edit:\n" + server.output());
                    }
                    Thread.sleep(2);
                }
                times[i] = (System.nanoTime() - t0) / 1e9;
                Thread.sleep(700);
            }
            java.util.Arrays.sort(times);
            return times[times.length / 2];
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void java(String classpath, String main, Path... args) {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-cp", classpath, main));
        for (Path a : args) {
            command.add(a.toString());
        }
        Tools.run(DIR, command.toArray(new String[0]));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static double seconds(Step step) throws Exception {
        long t0 = System.nanoTime();
        step.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String version() {
        String v = Tools.run(DIR, "hugo", "version").trim();
        return v.split(" ").length > 1 ? v.split(" ")[1] : v;
    }
}
