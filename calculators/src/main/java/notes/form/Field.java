package notes.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One input of a calculator, declared once: the generated form, the page binding, the command line's JSON and the
 * validation in {@link Fields} all read it. Built fluently:
 * {@code Field.number("rate", "票面利率（年，%）").unit("%").range(0, 100).initial("5.75")}.
 *
 * <p>Ranges are in the unit the reader types (a rate of 5.75 % is 5.75, not 0.0575). A field inside a
 * {@link RowGroup} is declared with its short name ({@code "invested"}); on the page and in the URL it is
 * {@code PREFIX.ROW.NAME} ({@code "series.0.invested"}).
 */
public final class Field {
    private final String name;
    private final FieldKind kind;
    private final String label;
    private String unit = "";
    private double min = -1e15;
    private double max = 1e15;
    private boolean minExclusive;
    private String initial = "";
    private String hint = "";
    private String showWhenField;
    private String showWhenValue;
    private String group;
    private int maxRows = 1;
    private int maxColumns = 64;
    private final List<Choice> choices = new ArrayList<>();

    private Field(String name, FieldKind kind, String label) {
        this.name = name;
        this.kind = kind;
        this.label = label;
    }

    /** A decimal number (range defaults to ±10^15; set it with {@link #range} or {@link #above}). */
    public static Field number(String name, String label) {
        return new Field(name, FieldKind.NUMBER, label);
    }

    /** A whole number, 0 to 1,000,000,000 unless {@link #range} says otherwise (at most Java's int range). */
    public static Field integer(String name, String label) {
        return new Field(name, FieldKind.INTEGER, label).range(0, 1_000_000_000);
    }

    /** A date from 1900 to 9999, typed YYYY-MM-DD or as {@link notes.base.IsoDate#parseTypedOrNull} also reads. */
    public static Field date(String name, String label) {
        return new Field(name, FieldKind.DATE, label).hint("YYYY-MM-DD");
    }

    /** One of the {@link #option}s, as a drop-down list. */
    public static Field select(String name, String label) {
        return new Field(name, FieldKind.SELECT, label);
    }

    /** One of the {@link #option}s, as radio buttons. */
    public static Field radio(String name, String label) {
        return new Field(name, FieldKind.RADIO, label);
    }

    /** A yes/no box; {@code group} is the legend of the fieldset shared with the checkboxes declared next to it. */
    public static Field checkbox(String name, String label, String group) {
        Field f = new Field(name, FieldKind.CHECKBOX, label);
        f.group = group;
        f.initial = "no";
        return f;
    }

    /** Free text of at most 200 characters (a name). */
    public static Field text(String name, String label) {
        return new Field(name, FieldKind.TEXT, label);
    }

    /** Numbers on one line, at most {@code maxColumns} of them. */
    public static Field vector(String name, String label, int maxColumns) {
        Field f = new Field(name, FieldKind.VECTOR, label);
        f.maxColumns = maxColumns;
        return f;
    }

    /** Rows of numbers, one per line, all of the same length. */
    public static Field matrix(String name, String label, int maxRows, int maxColumns) {
        Field f = new Field(name, FieldKind.MATRIX, label);
        f.maxRows = maxRows;
        f.maxColumns = maxColumns;
        return f;
    }

    /** A local file; the page reads it in the browser, the command line takes its path. */
    public static Field file(String name, String label) {
        return new Field(name, FieldKind.FILE, label);
    }

    /** The unit the reader types in ("%", "B", "TFLOP/s"); range messages and "%" acceptance use it. */
    public Field unit(String unit) {
        this.unit = unit;
        return this;
    }

    /** Inclusive bounds. */
    public Field range(double min, double max) {
        this.min = min;
        this.max = max;
        this.minExclusive = false;
        return this;
    }

    /** Strictly above {@code exclusiveMin}, at most {@code max}. */
    public Field above(double exclusiveMin, double max) {
        range(exclusiveMin, max);
        this.minExclusive = true;
        return this;
    }

    /** The value a fresh page shows and the command line uses when the key is missing. */
    public Field initial(String initial) {
        this.initial = initial;
        return this;
    }

    /** An example shown inside the empty input ("例如 4096"). */
    public Field hint(String hint) {
        this.hint = hint;
        return this;
    }

    /**
     * Adds an option (the value sent, its zh-Hant label); the first one is the default unless {@link #initial} says
     * otherwise.
     */
    public Field option(String value, String label) {
        choices.add(new Choice(value, label));
        if (initial.isEmpty()) {
            initial = value;
        }
        return this;
    }

    /**
     * Shows the field only while {@code field} has {@code value}; while hidden it is neither validated nor used,
     * and it stays out of the URL. Inside a row group, {@code field} may be a short name of the same row.
     */
    public Field when(String field, String value) {
        this.showWhenField = field;
        this.showWhenValue = value;
        return this;
    }

    /** The name in the form, the URL and the command line's JSON (a row field's short name). */
    public String name() {
        return name;
    }

    /** How the field is drawn and read. */
    public FieldKind kind() {
        return kind;
    }

    /** The zh-Hant label. */
    public String label() {
        return label;
    }

    /** The unit the reader types in, or "". */
    public String unit() {
        return unit;
    }

    /** The lower bound (exclusive when {@link #minExclusive()}), in the field's unit. */
    public double min() {
        return min;
    }

    /** The upper bound (inclusive), in the field's unit. */
    public double max() {
        return max;
    }

    /** Whether the value must be strictly above {@link #min()}. */
    public boolean minExclusive() {
        return minExclusive;
    }

    /** The value a fresh page shows and a missing JSON key takes; may contain {n} in a row. */
    public String initial() {
        return initial;
    }

    /** The example shown in the empty input ("例如 …"). */
    public String hint() {
        return hint;
    }

    /** The options of a select or radio field, in order. */
    public List<Choice> choices() {
        return Collections.unmodifiableList(choices);
    }

    /** The field this one depends on, or null when always shown. */
    public String showWhenField() {
        return showWhenField;
    }

    /** The value {@link #showWhenField()} must have for this field to show. */
    public String showWhenValue() {
        return showWhenValue;
    }

    /** The legend shared by adjacent checkboxes, or null. */
    public String group() {
        return group;
    }

    /** Most rows of a matrix (1 for other kinds). */
    public int maxRows() {
        return maxRows;
    }

    /** Most numbers per row of a vector or matrix. */
    public int maxColumns() {
        return maxColumns;
    }

    /** Whether the value is a number with bounds ({@link FieldKind#NUMBER} or {@link FieldKind#INTEGER}). */
    public boolean isNumeric() {
        return kind == FieldKind.NUMBER || kind == FieldKind.INTEGER;
    }
}
