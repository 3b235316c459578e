package notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Rows of a CSV under the oracles folder as header-to-cell maps (the files have no quoted commas but ms_examples). */
    public static List<Map<String, String>> csv(String relativePath) {
        try {
            List<String> lines = Files.readAllLines(dir().resolve(relativePath), StandardCharsets.UTF_8);
            List<String> header = split(lines.get(0));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
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
