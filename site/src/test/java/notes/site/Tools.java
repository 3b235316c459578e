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
}
