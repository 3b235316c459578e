package notes.form;

import java.util.List;
import java.util.Map;

/**
 * One result a calculator shows. A {@link Kind#VALUE} is a labelled number or text in the results grid; the other
 * kinds are markup the calculator builds (tables' rows, charts, lists) or a sentence under the grid. Like a field,
 * an output may be shown only while a top-level choice has one value ({@link #when}): a calculator with modes shows
 * each mode's results and nothing of the others.
 *
 * @param name          the key of {@link Result}
 * @param kind          how the page shows it
 * @param label         zh-Hant label (a table's caption, a chart's caption, a list's heading)
 * @param unit          the unit of the number, for the command line's listing ("%", "GiB"; empty when none or mixed)
 * @param columns       a table's column headings (empty for other kinds)
 * @param showWhenField the top-level field this output depends on, or null when always shown
 * @param showWhenValue the value {@code showWhenField} must have for this output to show
 */
public record Output(String name, Kind kind, String label, String unit, List<String> columns, String showWhenField,
                     String showWhenValue) {
    public Output {
        columns = List.copyOf(columns);
    }

    /** An output shown always. */
    public Output(String name, Kind kind, String label, String unit, List<String> columns) {
        this(name, kind, label, unit, columns, null, null);
    }

    /** How an output is shown. */
    public enum Kind {
        /** A labelled value in the results grid ({@code <data>} with the exact number when there is one). */
        VALUE,
        /** A sentence of its own under the grid (a verdict, a formula with numbers). */
        SENTENCE,
        /** Table rows ({@code <tr>}) under a caption and column headings. */
        TABLE,
        /** An SVG chart with a caption. */
        CHART,
        /** List items ({@code <li>}) under a heading. */
        LIST,
        /** A block of markup the calculator builds whole (a summary list of its own). */
        BLOCK
    }

    /** A labelled value in the results grid, with the unit of its exact number. */
    public static Output value(String name, String label, String unit) {
        return new Output(name, Kind.VALUE, label, unit, List.of());
    }

    /** A labelled value with no single unit. */
    public static Output value(String name, String label) {
        return value(name, label, "");
    }

    /** A sentence of its own under the grid. */
    public static Output sentence(String name, String label) {
        return new Output(name, Kind.SENTENCE, label, "", List.of());
    }

    /** Table rows under a caption and column headings. */
    public static Output table(String name, String caption, String... columns) {
        return new Output(name, Kind.TABLE, caption, "", List.of(columns));
    }

    /** An SVG chart with its caption. */
    public static Output chart(String name, String caption) {
        return new Output(name, Kind.CHART, caption, "", List.of());
    }

    /** List items under a heading. */
    public static Output list(String name, String heading) {
        return new Output(name, Kind.LIST, heading, "", List.of());
    }

    /** A block of markup built whole by the calculator. */
    public static Output block(String name, String heading) {
        return new Output(name, Kind.BLOCK, heading, "", List.of());
    }

    /**
     * This output, shown only while top-level field {@code field} (a choice declared in the same calculator) has
     * {@code value}; the calculator need not write it otherwise.
     */
    public Output when(String field, String value) {
        return new Output(name, kind, label, unit, columns, field, value);
    }

    /** "field=value", the page's show-when condition, or null when always shown. */
    public String showWhen() {
        return showWhenField == null ? null : showWhenField + "=" + showWhenValue;
    }

    /** Whether the output shows for a form whose shown fields have this text ({@link Fields#shownText()}). */
    public boolean isShownWith(Map<String, String> shownText) {
        return showWhenField == null || showWhenValue.equals(shownText.get(showWhenField));
    }

    /** Whether the page receives markup (rows, SVG, items) rather than text. */
    public boolean isMarkup() {
        return kind == Kind.TABLE || kind == Kind.CHART || kind == Kind.LIST || kind == Kind.BLOCK;
    }
}
