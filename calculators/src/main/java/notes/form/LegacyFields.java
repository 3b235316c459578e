package notes.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import notes.base.IsoDate;

/**
 * The text a reader typed into a calculator's fields, read into typed values. Each reader method records a
 * specific message (in the page's language, zh-Hant) for a field that is empty, not a number, or out of range,
 * and returns a placeholder; a calculator checks {@link #hasProblems()} before using any value.
 */
public final class LegacyFields {
    private final Map<String, String> raw;
    private final Map<String, String> problems = new LinkedHashMap<>();

    public LegacyFields(Map<String, String> raw) {
        this.raw = raw;
    }

    public String text(String name) {
        String value = raw.get(name);
        return value == null ? "" : value.trim();
    }

    /** One of the allowed option values; anything else records {@code message}, which names the valid options. */
    public String choice(String name, String message, String... allowed) {
        String value = text(name);
        for (String option : allowed) {
            if (option.equals(value)) {
                return value;
            }
        }
        problem(name, message);
        return allowed[0];
    }

    public LocalDate date(String name) {
        String value = text(name);
        if (value.isEmpty()) {
            problem(name, "請輸入日期（YYYY-MM-DD）。");
            return null;
        }
        LocalDate date = IsoDate.parseOrNull(value);
        if (date == null || date.getYear() < 1900 || date.getYear() > 9999) {
            problem(name, "「" + value + "」不是 1900 到 9999 年之間的有效日期，請用 YYYY-MM-DD。");
            return null;
        }
        return date;
    }

    /** A decimal number in [min, max]; {@code unit} is appended to the bounds in messages (e.g. " %"). */
    public double number(String name, double min, double max, String unit) {
        String value = text(name);
        if (value.isEmpty()) {
            problem(name, "此欄不可空白。");
            return 0;
        }
        Double parsed = Decimals.parseOrNull(value);
        if (parsed == null) {
            problem(name, "「" + value + "」不是數字（請用半形數字與小數點，例如 95.25）。");
            return 0;
        }
        if (parsed < min || parsed > max) {
            problem(name, "須介於 " + Decimals.plain(min) + unit + " 與 " + Decimals.plain(max) + unit + " 之間。");
            return 0;
        }
        return parsed;
    }

    /** A decimal that must be strictly above {@code exclusiveMin} and at most {@code max}. */
    public double positive(String name, double exclusiveMin, double max, String unit) {
        double value = number(name, exclusiveMin, max, unit);
        if (!problems.containsKey(name) && value <= exclusiveMin) {
            problem(name, "須大於 " + Decimals.plain(exclusiveMin) + unit + "。");
        }
        return value;
    }

    /**
     * How many rows a repeated group has: fields are named {@code PREFIX.INDEX.FIELD} with indexes 0, 1, 2 ...
     * (the page's repeat blocks number them so); the count is one more than the highest index present.
     */
    public int rows(String prefix) {
        int count = 0;
        String start = prefix + ".";
        for (String key : raw.keySet()) {
            if (key.startsWith(start)) {
                int dot = key.indexOf('.', start.length());
                Double index = dot < 0 ? null : Decimals.parseOrNull(key.substring(start.length(), dot));
                if (index != null && index >= 0 && index < 1000 && index == Math.rint(index)) {
                    count = Math.max(count, index.intValue() + 1);
                }
            }
        }
        return count;
    }

    /**
     * Numbers separated by commas or spaces, one row per line: "0.5, -0.2\n1, 0". Every row must have the same
     * length; at most {@code maxRows} rows of {@code maxColumns} numbers.
     */
    public double[][] matrix(String name, int maxRows, int maxColumns) {
        String value = text(name);
        List<double[]> rows = new ArrayList<>();
        for (String line : lines(value)) {
            if (line.trim().isEmpty()) {
                continue;
            }
            double[] row = vectorOf(name, line, maxColumns, rows.size() + 1);
            if (row == null) {
                return new double[0][];
            }
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                problem(name, "第 " + (rows.size() + 1) + " 列有 " + row.length + " 個數，和第 1 列的 "
                        + rows.get(0).length + " 個不同。");
                return new double[0][];
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            problem(name, "此欄不可空白。");
        } else if (rows.size() > maxRows) {
            problem(name, "最多 " + maxRows + " 列。");
        }
        return rows.toArray(new double[0][]);
    }

    /** Split by hand: String.split would bring TeaVM's regular-expression engine into every bundle. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }

    private double[] vectorOf(String name, String line, int maxColumns, int row) {
        List<Double> numbers = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        String padded = line + " ";
        for (int i = 0; i < padded.length(); i++) {
            char c = padded.charAt(i);
            if (c == ',' || c == ' ' || c == '\t' || c == '\r') {
                if (token.length() > 0) {
                    Double n = Decimals.parseOrNull(token.toString());
                    if (n == null) {
                        problem(name, "第 " + row + " 列的「" + token + "」不是數字。");
                        return null;
                    }
                    numbers.add(n);
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (numbers.size() > maxColumns) {
            problem(name, "每列最多 " + maxColumns + " 個數。");
            return null;
        }
        double[] v = new double[numbers.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = numbers.get(i);
        }
        return v;
    }

    /** A whole number in [min, max]. */
    public int integer(String name, int min, int max) {
        double value = number(name, min, max, "");
        if (!problems.containsKey(name) && value != Math.rint(value)) {
            problem(name, "須為整數。");
        }
        return (int) value;
    }

    /** Records a problem found by the calculator itself (e.g. settlement after maturity); the first one stays. */
    public void problem(String name, String message) {
        problems.putIfAbsent(name, message);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public Result invalid() {
        return Result.invalid(problems);
    }
}
