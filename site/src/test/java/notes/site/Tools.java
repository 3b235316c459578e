package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The programs the benchmarks run beside the JVM: any command, and npm packages installed under target/. */
final class Tools {
    private Tools() {
    }

    /** Runs a command in {@code dir}; returns its output (stdout and stderr), or throws with its end if it fails. */
    static String run(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                        + out.substring(Math.max(0, out.length() - 2000)));
            }
            return out;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Installs an npm package (for example {@code axe-core@4}) into {@code dir} once; returns its folder. */
    static Path npmInstall(Path dir, String spec) throws IOException {
        String name = spec.substring(0, spec.lastIndexOf('@') > 0 ? spec.lastIndexOf('@') : spec.length());
        Path installed = dir.resolve("node_modules").resolve(name);
        if (!Files.isDirectory(installed)) {
            Files.createDirectories(dir);
            run(dir, "npm", "install", "--prefix", dir.toString(), "--no-audit", "--no-fund", "--silent", spec);
        }
        return installed;
    }

    static boolean onPath(String tool) {
        return List.of(System.getenv("PATH").split(":")).stream().anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /**
     * The lines of a Node script that runs {@code call} (one statement, the file's path in {@code file}) twice to warm
     * up, then {@code runs} times, printing the timed runs in ms on one line: the anchor of each reader benchmark.
     */
    static String nodeTimingLoop(int runs, String call) {
        return String.join("\n",
                "const file = process.argv[2]; const times = [];",
                "for (let i = -2; i < " + runs + "; i++) {",
                "  const t0 = performance.now();",
                "  " + call,
                "  if (i >= 0) times.push(performance.now() - t0);",
                "}",
                "console.log(times.join(' '));");
    }

    /** Runs a script written with {@link #nodeTimingLoop} on {@code file} and returns its times in ms. */
    static double[] nodeTimes(Path dir, Path script, Path file) {
        String out = run(dir, "node", script.toString(), file.toAbsolutePath().toString());
        return java.util.Arrays.stream(out.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    static String nodeVersion() {
        return run(Path.of("."), "node", "--version").trim();
    }

    static double median(double[] v) {
        double[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
