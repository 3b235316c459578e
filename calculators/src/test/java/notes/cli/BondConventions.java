package notes.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reference each bond output follows where the spreadsheets disagree, read from the one table that states it:
 * the "Bond calculator conventions" section of the README. The oracle test compares each output with that reference
 * alone.
 */
final class BondConventions {
    /**
     * One row of the table.
     *
     * @param output       our column of the {@code bond} command
     * @param reference    LibreOffice, Gnumeric or Microsoft (the documented closed forms, in the LibreOffice file)
     * @param oracleColumn the oracle file's column holding the reference value
     * @param rows         {@code all}, {@code COUPNUM = 1} or {@code COUPNUM > 1}
     */
    record Convention(String output, String reference, String oracleColumn, String rows) {
        boolean appliesTo(Map<String, String> input) {
            boolean lastPeriod = "1".equals(input.get("COUPNUM"));
            switch (rows) {
                case "all":
                    return true;
                case "COUPNUM = 1":
                    return lastPeriod;
                case "COUPNUM > 1":
                    return !lastPeriod;
                default:
                    throw new IllegalStateException("README convention table: unknown rows '" + rows + "'");
            }
        }

        /** The reference value for this row: Gnumeric's file for Gnumeric, otherwise LibreOffice's file. */
        String expected(Map<String, String> libre, Map<String, String> gnumeric) {
            return ("Gnumeric".equals(reference) ? gnumeric : libre).get(oracleColumn);
        }
    }

    private BondConventions() {
    }

    static List<Convention> fromReadme() {
        Path readme = Path.of(System.getProperty("repo.root", "..")).resolve("README.md");
        List<String> lines;
        try {
            lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int section = lines.indexOf("## Bond calculator conventions");
        if (section < 0) {
            throw new IllegalStateException(readme + " has no 'Bond calculator conventions' section");
        }
        List<Convention> conventions = new ArrayList<>();
        for (String line : lines.subList(section + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            String[] cells = line.split("\\|");
            if (cells.length >= 5 && cells[1].trim().startsWith("`")) {
                conventions.add(new Convention(unquote(cells[1]), cells[2].trim(), unquote(cells[3]), cells[4].trim()));
            }
        }
        return conventions;
    }

    private static String unquote(String cell) {
        return cell.trim().replace("`", "");
    }
}
