package notes.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import notes.base.ByteSource;
import notes.base.IsoDate;

/**
 * The text of a calculator's fields, checked against its {@link Declaration} before the calculator runs. Every
 * shown field is read by its kind (range, whole number, date, option, rows of numbers); a problem is kept with a
 * zh-Hant message on that field. A field hidden by its show-when condition is dropped: it is neither checked nor
 * readable. A key the reader did not send takes the declared initial value, so the command line's {@code {}}
 * computes the defaults.
 *
 * <p>A calculator reads typed values with {@link #number}, {@link #integer} etc., and checks {@link #hasProblems()}
 * before using them (a field with a problem reads as 0 or null). Reading a field that is not declared or not shown
 * is a bug in the calculator and throws {@link IllegalStateException}.
 */
public final class Fields {
    private final Declaration declaration;
    private final Map<String, String> shown = new LinkedHashMap<>();
    private final Map<String, Double> numbers = new HashMap<>();
    private final Map<String, double[][]> matrices = new HashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final Map<String, ByteSource> files;

    /** Checks {@code raw} (field name to typed text) against {@code declaration}. */
    public Fields(Declaration declaration, Map<String, String> raw) {
        this(declaration, raw, Map.of());
    }

    /**
     * Checks {@code raw} against {@code declaration}, with the bytes of {@link FieldKind#FILE} fields in
     * {@code files} (the page's slices of the reader's file, or the command line's file).
     */
    public Fields(Declaration declaration, Map<String, String> raw, Map<String, ByteSource> files) {
        this.declaration = declaration;
        this.files = files;
        for (Field f : declaration.fields()) {
            admit(f, f.name(), raw, "");
        }
        for (RowGroup group : declaration.rowGroups()) {
            int count = Math.min(rowsIn(raw, group.prefix()), group.max());
            for (int row = 0; row < (count == 0 ? group.initial() : count); row++) {
                for (Field f : group.fields()) {
                    admit(f, group.prefix() + "." + row + "." + f.name(), raw, group.prefix() + "." + row + ".");
                }
            }
        }
        for (String name : shown.keySet()) {
            check(declaration.field(name), name, shown.get(name));
        }
    }

    /** Keeps field {@code name} when its condition holds, with the typed text or the declared initial value. */
    private void admit(Field f, String name, Map<String, String> raw, String rowPrefix) {
        if (f.showWhenField() != null) {
            String other = declaration.field(rowPrefix + f.showWhenField()) != null
                    ? rowPrefix + f.showWhenField() : f.showWhenField();
            if (!f.showWhenValue().equals(shown.get(other))) {
                return;
            }
        }
        String typed = raw.get(name);
        String row = rowPrefix.isEmpty() ? "" : Integer.toString(rowIndex(rowPrefix) + 1);
        String initial = f.initial().replace("{n}", row);
        shown.put(name, typed == null ? initial : ReaderText.fold(typed));
    }

    private static int rowIndex(String rowPrefix) {
        String inner = rowPrefix.substring(0, rowPrefix.length() - 1);
        return Integer.parseInt(inner.substring(inner.lastIndexOf('.') + 1));
    }

    private void check(Field f, String name, String text) {
        if (text.isEmpty() && f.kind() != FieldKind.TEXT && f.kind() != FieldKind.FILE) {
            fail(name, FieldProblem.EMPTY, f, text);
            return;
        }
        switch (f.kind()) {
            case NUMBER, INTEGER -> checkNumber(f, name, text);
            case DATE -> checkDate(f, name, text);
            case SELECT, RADIO -> {
                if (!isChoice(f, text)) {
                    fail(name, FieldProblem.NOT_A_CHOICE, f, text);
                }
            }
            case CHECKBOX -> {
                if (!isYes(text) && !text.equals("no") && !text.equals("false")) {
                    fail(name, FieldProblem.NOT_YES_OR_NO, f, text);
                }
            }
            case TEXT, FILE -> {
                if (text.length() > 200) {
                    problems.put(name, Messages.zhHant(FieldProblem.TOO_LONG, f, text, 0, 200));
                }
            }
            case VECTOR, MATRIX -> checkRows(f, name, text);
        }
    }

    /**
     * A date in any shape {@link IsoDate#parseTypedOrNull} reads, kept as ISO from here on (the URL, the echo); a
     * problem names what is wrong: the shape, the year's range (1900 to 9999) or a day the month lacks.
     */
    private void checkDate(Field f, String name, String text) {
        int year = IsoDate.typedYear(text);
        LocalDate date = IsoDate.parseTypedOrNull(text);
        if (year < 0) {
            fail(name, FieldProblem.NOT_A_DATE, f, text);
        } else if (year < 1900) {
            fail(name, FieldProblem.DATE_OUT_OF_RANGE, f, text);
        } else if (date == null) {
            fail(name, FieldProblem.NO_SUCH_DAY, f, text);
        } else {
            shown.put(name, IsoDate.format(date));
        }
    }

    private void checkNumber(Field f, String name, String text) {
        FieldProblem[] why = new FieldProblem[1];
        Double value = ReaderText.number(text, f.unit().equals("%"), why);
        if (value == null) {
            fail(name, why[0], f, text);
        } else if (f.minExclusive() ? value <= f.min() || value > f.max() : value < f.min() || value > f.max()) {
            fail(name, f.minExclusive() ? FieldProblem.NOT_ABOVE : FieldProblem.OUT_OF_RANGE, f, text);
        } else if (f.kind() == FieldKind.INTEGER && value != Math.rint(value)) {
            fail(name, FieldProblem.NOT_WHOLE, f, text);
        } else {
            numbers.put(name, value);
        }
    }

    private static boolean isChoice(Field f, String text) {
        for (Choice c : f.choices()) {
            if (c.value().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private void checkRows(Field f, String name, String text) {
        List<double[]> rows = new ArrayList<>();
        for (String line : lines(text)) {
            if (line.trim().isEmpty()) {
                continue;
            }
            double[] row = rowOf(f, name, line, rows.size() + 1);
            if (row == null) {
                return;
            }
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                problems.put(name, Messages.zhHant(FieldProblem.ROW_LENGTHS_DIFFER, f, text, rows.size() + 1,
                        row.length));
                return;
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            fail(name, FieldProblem.EMPTY, f, text);
        } else if (rows.size() > f.maxRows()) {
            problems.put(name, Messages.zhHant(FieldProblem.TOO_MANY_ROWS, f, text, 0, f.maxRows()));
        } else {
            matrices.put(name, rows.toArray(new double[0][]));
        }
    }

    /** One line's numbers, separated by commas or spaces (a full-width comma was folded already). */
    private double[] rowOf(Field f, String name, String line, int row) {
        List<Double> numbers = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        String padded = line + " ";
        for (int i = 0; i < padded.length(); i++) {
            char c = padded.charAt(i);
            if (c != ',' && c != ' ' && c != '\t' && c != '\r' && c != '、') {
                token.append(c);
            } else if (token.length() > 0) {
                Double n = Decimals.parseOrNull(token.toString());
                if (n == null || Math.abs(n) > 1e6) {
                    problems.put(name, Messages.zhHant(n == null ? FieldProblem.ROW_NOT_A_NUMBER
                            : FieldProblem.ROW_OUT_OF_RANGE, f, token.toString(), row, 0));
                    return null;
                }
                numbers.add(n);
                token.setLength(0);
            }
        }
        if (numbers.size() > f.maxColumns()) {
            problems.put(name, Messages.zhHant(FieldProblem.TOO_MANY_COLUMNS, f, line, row, f.maxColumns()));
            return null;
        }
        double[] v = new double[numbers.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = numbers.get(i);
        }
        return v;
    }

    /** Split by hand: String.split would bring TeaVM's regular-expression engine into the bundle. */
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

    private void fail(String name, FieldProblem problem, Field f, String typed) {
        problems.put(name, Messages.zhHant(problem, f, typed, 0, 0));
    }

    /** How many rows of a row group the text had (one more than the highest index present; at most 1000). */
    public static int rowsIn(Map<String, String> raw, String prefix) {
        int count = 0;
        String start = prefix + ".";
        for (String key : raw.keySet()) {
            int dot = key.indexOf('.', start.length());
            if (key.startsWith(start) && dot > 0 && Declaration.isIndex(key.substring(start.length(), dot))) {
                count = Math.max(count, Integer.parseInt(key.substring(start.length(), dot)) + 1);
            }
        }
        return count;
    }

    /** Rows of group {@code prefix} being computed. */
    public int rows(String prefix) {
        return rowsIn(shown, prefix);
    }

    /** Whether the field is shown (its show-when condition holds). */
    public boolean isShown(String name) {
        return shown.containsKey(name);
    }

    /**
     * {@code raw} with each date that reads ({@link IsoDate#parseTypedOrNull}) in ISO form and all else as typed:
     * what the page writes into its URL, so "2008/2/15" is kept as 2008-02-15.
     */
    public static Map<String, String> withIsoDates(Declaration declaration, Map<String, String> raw) {
        Map<String, String> out = new LinkedHashMap<>(raw);
        for (Map.Entry<String, String> e : out.entrySet()) {
            Field f = declaration.field(e.getKey());
            LocalDate date = f != null && f.kind() == FieldKind.DATE
                    ? IsoDate.parseTypedOrNull(ReaderText.fold(e.getValue())) : null;
            if (date != null) {
                e.setValue(IsoDate.format(date));
            }
        }
        return out;
    }

    /** The shown fields' text after folding, by name, in form order (what the page keeps in the URL). */
    public Map<String, String> shownText() {
        return Collections.unmodifiableMap(shown);
    }

    /** The folded text of a shown field. */
    public String text(String name) {
        return require(name);
    }

    /** The value of a {@link FieldKind#NUMBER} field, in its declared unit; 0 when it has a problem. */
    public double number(String name) {
        require(name);
        Double value = numbers.get(name);
        return value == null ? 0 : value;
    }

    /** The value of an {@link FieldKind#INTEGER} field; 0 when it has a problem. */
    public int integer(String name) {
        return (int) number(name);
    }

    /** A {@link FieldKind#DATE}; null when it has a problem. */
    public LocalDate date(String name) {
        return problems.containsKey(name) ? null : IsoDate.parseTypedOrNull(require(name));
    }

    /** A checkbox ("yes" from the page, "true" from the command line's JSON). */
    public boolean checked(String name) {
        return isYes(require(name));
    }

    private static boolean isYes(String text) {
        return text.equals("yes") || text.equals("true");
    }

    /** A {@link FieldKind#FILE}'s bytes; null (with a problem on the field) when no file was chosen. */
    public ByteSource file(String name) {
        require(name);
        ByteSource source = files.get(name);
        if (source == null && !problems.containsKey(name)) {
            fail(name, FieldProblem.NO_FILE, declaration.field(name), "");
        }
        return source;
    }

    /** A {@link FieldKind#MATRIX}'s rows; empty when it has a problem. */
    public double[][] matrix(String name) {
        require(name);
        double[][] rows = matrices.get(name);
        return rows == null ? new double[0][] : rows;
    }

    /** A {@link FieldKind#VECTOR}'s numbers; empty when it has a problem. */
    public double[] vector(String name) {
        double[][] rows = matrix(name);
        return rows.length == 0 ? new double[0] : rows[0];
    }

    private String require(String name) {
        String text = shown.get(name);
        if (text == null) {
            throw new IllegalStateException(declaration.field(name) == null
                    ? "field " + name + " is not declared by " + declaration.name()
                    : "field " + name + " is hidden by its condition and must not be read");
        }
        return text;
    }

    /**
     * Records a problem the calculator found (e.g. settlement after maturity) on every field involved, with a
     * zh-Hant {@code message}; a field keeps its first problem.
     */
    public void reject(String message, String... fieldsInvolved) {
        for (String name : fieldsInvolved) {
            problems.putIfAbsent(name, message);
        }
    }

    /** Whether any field (or the calculator, with {@link #reject}) reported a problem. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether field {@code name} has a problem. */
    public boolean hasProblem(String name) {
        return problems.containsKey(name);
    }

    /** The problems as an invalid {@link Result}. */
    public Result invalid() {
        return Result.invalid(problems);
    }
}
