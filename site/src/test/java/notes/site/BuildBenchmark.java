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
 * same Markdown; cold (a new process each) and warm (one note changed: our in-process rebuild as the dev server
 * does it, Hugo's server writing to disk). Prints a table with ratios; asserts nothing about speed.
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
        boolean hugo = which("hugo");
        double hugoCold = hugo ? seconds(() -> run(hugoSite, "hugo", "--quiet", "-d", DIR.resolve("hugo-out").toString()))
                : Double.NaN;

        // Warm: our dev server rebuilds in its running JVM; time the second build after one note changed.
        SiteBuilder builder = new SiteBuilder(repo, DIR.resolve("warm"), scripts);
        builder.build();
        touch(repo.resolve("content/notes/note-1.md"));
        double oursWarm = seconds(() -> assertBuilt(builder.build()));

        List<String> rows = new ArrayList<>();
        rows.add(String.format("| this project (flexmark, KaTeX, checks), new JVM | %.2f s | %.2f |", ours, ours / stock));
        rows.add(String.format("| this project, new JVM, formulas cached by the previous build | %.2f s | %.2f |",
                oursCached, oursCached / stock));
        rows.add(String.format("| stock JBake 2.7.0 (its Markdown, same templates), new JVM | %.2f s | 1.00 |", stock));
        rows.add(hugo ? String.format("| Hugo %s | %.2f s | %.2f |", version(), hugoCold, hugoCold / stock)
                : "| Hugo | not installed (apt-get install hugo) | |");
        rows.add(String.format("| this project, warm rebuild after one edit (dev server) | %.2f s | %.2f |", oursWarm,
                oursWarm / stock));
        System.out.printf("%n%d notes%n| build | time | / stock JBake cold |%n|---|---|---|%n%s%n", NOTES,
                String.join("\n", rows));
    }

    private static void assertBuilt(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
    }

    private static void java(String classpath, String main, Path... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, main));
        for (Path a : args) {
            command.add(a.toString());
        }
        run(DIR, command.toArray(new String[0]));
    }

    private static String run(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(command[command.length > 3 ? 3 : 0] + " failed:\n"
                        + out.substring(Math.max(0, out.length() - 2000)));
            }
            return out;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static double seconds(Step step) throws Exception {
        long t0 = System.nanoTime();
        step.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static boolean which(String tool) {
        return List.of(System.getenv("PATH").split(":")).stream().anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    private static String version() {
        String v = run(DIR, "hugo", "version").trim();
        return v.split(" ").length > 1 ? v.split(" ")[1] : v;
    }

    private static void touch(Path note) throws IOException {
        Files.writeString(note, Files.readString(note) + "\n追加一句。\n");
    }
}
