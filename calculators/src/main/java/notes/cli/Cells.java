package notes.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import notes.base.IsoDate;
import notes.form.Decimals;

/**
 * One output row of a batch: each cell is computed on its own, so one function's error (ERR) does not hide the
 * others; the reasons are collected into the row's {@code error} column.
 */
final class Cells {
    private final Map<String, String> input;
    /** Reason to the names of the cells it made ERR, so that a shared cause is reported once. */
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    Cells(Map<String, String> input) {
        this.input = input;
    }

    LocalDate date(String column) {
        LocalDate date = IsoDate.parseOrNull(input.get(column));
        if (date == null) {
            throw new IllegalArgumentException(column + " '" + input.get(column) + "' is not a YYYY-MM-DD date");
        }
        return date;
    }

    double number(String column) {
        String text = input.get(column);
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw new IllegalArgumentException(column + " '" + text + "' is not a number");
    }

    int integer(String column) {
        double value = number(column);
        if (value != Math.rint(value) || Math.abs(value) > 1e9) {
            throw new IllegalArgumentException(column + " '" + input.get(column) + "' is not a whole number");
        }
        return (int) value;
    }

    /** The cell's text, or ERR with its reason recorded. */
    String cell(String name, Supplier<Object> value) {
        try {
            Object v = value.get();
            return v instanceof Double ? Decimals.plain((Double) v) : String.valueOf(v);
        } catch (IllegalArgumentException e) { // BondException included
            errors.computeIfAbsent(e.getMessage(), k -> new ArrayList<>()).add(name);
            return "ERR";
        }
    }

    String errors() {
        StringBuilder sb = new StringBuilder();
        errors.forEach((reason, names) ->
                sb.append(sb.length() == 0 ? "" : "; ").append(String.join("/", names)).append(": ").append(reason));
        return sb.toString();
    }

    static String join(List<String> cells) {
        return Csv.line(cells);
    }
}
