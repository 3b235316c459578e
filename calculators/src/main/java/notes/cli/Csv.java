package notes.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Minimal RFC 4180 CSV: a header row, quoted fields with doubled quotes, no line breaks inside fields. */
public final class Csv {
    private Csv() {
    }

    /** Reads all rows as maps from header name to cell text; throws when a required column is missing. */
    public static List<Map<String, String>> read(BufferedReader in, List<String> requiredColumns) throws IOException {
        String headerLine = in.readLine();
        if (headerLine == null) {
            throw new IllegalArgumentException("empty CSV: expected a header row");
        }
        List<String> header = split(stripBom(headerLine));
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException("CSV header lacks column '" + column + "'; it has " + header);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = split(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i).trim() : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** Reads rows with the input columns and prints the output header, then one computed row per input row. */
    static void transform(BufferedReader in, PrintStream out, List<String> inputColumns, List<String> outputColumns,
                          Function<Map<String, String>, List<String>> compute) throws IOException {
        out.println(line(outputColumns));
        for (Map<String, String> row : read(in, inputColumns)) {
            out.println(line(compute.apply(row)));
        }
    }

    static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (String cell : cells) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            boolean quote = cell.contains(",") || cell.contains("\"");
            sb.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return sb.toString();
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
