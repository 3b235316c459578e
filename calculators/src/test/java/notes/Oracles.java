package notes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import notes.cli.Csv;

/**
 * Reads the third-party reference data in {@code ../shared/oracles} (see its README). The folder comes from the
 * {@code oracles.dir} system property that the build sets; a missing folder fails the test rather than skipping it.
 */
public final class Oracles {
    private Oracles() {
    }

    public static Path dir() {
        String configured = System.getProperty("oracles.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "oracles");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("reference data not found at " + dir.toAbsolutePath()
                    + ": clone the repo beside ../shared or set -Doracles.dir");
        }
        return dir;
    }

    /** Rows of a CSV under the oracles folder as header-to-cell maps. */
    public static List<Map<String, String>> csv(String relativePath) {
        try (BufferedReader in = Files.newBufferedReader(dir().resolve(relativePath), StandardCharsets.UTF_8)) {
            return Csv.read(in, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when both are ERR, or both are the same date text, or both are numbers within {@code relative}. */
    public static boolean sameValue(String actual, String expected, double relative) {
        if (expected.startsWith("ERR") || actual.equals("ERR")) {
            return expected.startsWith("ERR") && actual.equals("ERR");
        }
        if (expected.contains("-") && expected.length() == 10 && expected.charAt(4) == '-') {
            return expected.equals(actual);
        }
        double a = Double.parseDouble(actual);
        double e = Double.parseDouble(expected);
        return Math.abs(a - e) <= relative * Math.max(Math.abs(a), Math.abs(e)) || Math.abs(a - e) < 1e-12;
    }
}
