package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Build speed, side by side in one run ({@code mvn -B verify -Pbench}; {@code -Dbench.notes=1000} for the full
 * corpus): this project's build, stock JBake on the same content, and Hugo (Debian package {@code hugo}) on the
 * same Markdown; cold (a new process each) and warm (each one's server running: our dev server, {@code hugo server
 * --renderToDisk}; from the edit of one note to its page written with the edit, watcher delays included). Prints a
 * table with ratios; asserts nothing about speed.
 */
class BuildBenchmark {
    private static final int NOTES = Integer.getInteger("bench.notes", 100);
    private static final Path DIR = Path.of("target", "build-bench").toAbsolutePath();

    @Test
    void buildTimes() throws Exception {
        Path repo = Corpus.writeJBake(DIR.resolve("repo"), NOTES);
        Path hugoSite = Corpus.writeHugo(DIR.resolve("hugo"), NOTES);
        Path scripts = Repo.root().resolve("web/target/js");
        String classpath = System.getProperty("java.class.path");

        SiteBuilder.deleteTree(DIR.resolve("ours.cache")); // cold means no formula cache from an earlier build
        double ours = seconds(() -> java(classpath, "notes.site.SiteBuilder", repo, DIR.resolve("ours"), scripts));
        double oursCached = seconds(() -> java(classpath, "notes.site.SiteBuilder", repo, DIR.resolve("ours"), scripts));
        double stock = seconds(() -> java(classpath, "notes.site.StockJBake", repo, DIR.resolve("stock")));
        boolean hugo = Tools.onPath("hugo");
        double hugoCold = hugo ? seconds(() -> Tools.run(hugoSite, "hugo", "--quiet", "-d", DIR.resolve("hugo-out").toString()))
                : Double.NaN;

        // Warm: each server running, the time from one note's edit to its page written with the edit.
        Path note = repo.resolve("content/notes/note-1.md");
        double oursWarm = editToPage(new ProcessBuilder(javaBin(), "-cp", classpath, "notes.site.DevServer",
                repo.toString(), DIR.resolve("dev").toString(), scripts.toString(), String.valueOf(freePort())),
                "serving ", note, DIR.resolve("dev/notes/note-1.html"));
        double hugoWarm = hugo ? editToPage(new ProcessBuilder("hugo", "server", "--renderToDisk", "--disableLiveReload",
                "-d", DIR.resolve("hugo-dev").toString(), "--port", String.valueOf(freePort())).directory(hugoSite.toFile()),
                "Web Server is available", hugoSite.resolve("content/notes/note-1.md"),
                DIR.resolve("hugo-dev/notes/note-1/index.html")) : Double.NaN;

        List<String> rows = new ArrayList<>();
        rows.add("| cold: a new process, an empty output folder | | |");
        rows.add(String.format("| this project (flexmark, KaTeX, highlight.js, checks) | %.2f s | %.2f |", ours,
                ours / stock));
        rows.add(String.format("| this project, KaTeX and highlight.js results cached by the previous build | %.2f s |"
                + " %.2f |", oursCached, oursCached / stock));
        rows.add(String.format("| stock JBake 2.7.0 (its Markdown, same templates) | %.2f s | 1.00 |", stock));
        rows.add(hugo ? String.format("| Hugo %s | %.2f s | %.2f |", version(), hugoCold, hugoCold / stock)
                : "| Hugo | not installed (apt-get install hugo) | |");
        rows.add("| warm: server running, one note edited, until its page is written (median of 5) | | / Hugo |");
        rows.add(String.format("| this project's dev server (mvn -Pserve package) | %.3f s | %.2f |", oursWarm,
                oursWarm / hugoWarm));
        rows.add(hugo ? String.format("| hugo server --renderToDisk | %.3f s | 1.00 |", hugoWarm) : "| hugo server | | |");
        System.out.printf("%n%d notes%n| build | time | / stock JBake cold |%n|---|---|---|%n%s%n", NOTES,
                String.join("\n", rows));
    }

    /**
     * Starts a server, waits for its first build, then five times appends a sentence to a note and times until the
     * note's page holds it. Returns the median, in seconds.
     */
    private static double editToPage(ProcessBuilder command, String ready, Path note, Path page) throws Exception {
        Process server = command.redirectErrorStream(true).start();
        StringBuffer log = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8))) {
                in.lines().forEach(line -> log.append(line).append('\n'));
            } catch (IOException ignored) {
                // the server was stopped
            }
        });
        reader.start();
        try {
            long deadline = System.nanoTime() + 600_000_000_000L;
            while (log.indexOf(ready) < 0) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("server did not start:\n" + log);
                }
                Thread.sleep(50);
            }
            Thread.sleep(1000); // let the watcher settle after the first build
            double[] times = new double[5];
            for (int i = 0; i < times.length; i++) {
                String marker = "追加一句 " + System.nanoTime();
                long t0 = System.nanoTime();
                Files.writeString(note, Files.readString(note) + "\n" + marker + "\n");
                while (!Files.exists(page) || !Files.readString(page).contains(marker)) {
                    if (System.nanoTime() - t0 > 120_000_000_000L) {
                        throw new IllegalStateException("no rebuild after an edit:\n" + log);
                    }
                    Thread.sleep(2);
                }
                times[i] = (System.nanoTime() - t0) / 1e9;
                Thread.sleep(700);
            }
            java.util.Arrays.sort(times);
            return times[times.length / 2];
        } finally {
            server.destroy();
            server.waitFor();
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
