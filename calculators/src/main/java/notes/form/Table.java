package notes.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a {@link Output.Kind#TABLE} output, written once for both readers of a result: the page gets
 * {@code <tr>} markup with every text escaped, the command line gets the same rows as JSON arrays in which a cell
 * written with {@link #number} is the exact number behind its rounded text.
 *
 * <p>Cells follow the output's declared columns in order; a row's heading ({@link #row(String)}) is its first cell.
 */
public final class Table {
    private final StringBuilder markup = new StringBuilder();
    private final List<List<Object>> rows = new ArrayList<>();
    private List<Object> current;

    /** Starts a row whose first cell is a row heading ({@code <th scope="row">}). */
    public Table row(String heading) {
        return row(heading, "");
    }

    /**
     * Starts a row with a heading and a class the page styles (e.g. {@code "chosen"} for the experts a router
     * picked); the class is presentation only and does not reach the command line.
     */
    public Table row(String heading, String cssClass) {
        open(cssClass);
        markup.append("<th scope=\"row\">").append(Html.escape(heading)).append("</th>");
        current.add(heading);
        return this;
    }

    /** Starts a row without a heading cell. */
    public Table row() {
        open("");
        return this;
    }

    /** A text cell, shown as it is. */
    public Table text(String cell) {
        markup.append("<td>").append(Html.escape(cell)).append("</td>");
        current.add(cell);
        return this;
    }

    /** A rounded number shown as {@code text}; the command line prints {@code exact}. */
    public Table number(String text, double exact) {
        markup.append("<td>").append(Html.escape(text)).append("</td>");
        current.add(Double.isFinite(exact) ? (Object) exact : text);
        return this;
    }

    /**
     * A cell whose markup the calculator built from escaped values (a long array behind a disclosure); the command
     * line gets {@code text}.
     */
    public Table markup(String escapedMarkup, String text) {
        markup.append("<td>").append(escapedMarkup).append("</td>");
        current.add(text);
        return this;
    }

    /**
     * A row of one cell across {@code columns} columns that says what the table leaves out (a long schedule's
     * middle); the command line gets it as a one-element row.
     */
    public Table note(String text, int columns) {
        open("skipped-rows");
        markup.append("<td colspan=\"").append(columns).append("\">").append(Html.escape(text)).append("</td>");
        current.add(text);
        return this;
    }

    private void open(String cssClass) {
        close();
        markup.append(cssClass.isEmpty() ? "<tr>" : "<tr class=\"" + Html.escape(cssClass) + "\">");
        current = new ArrayList<>();
        rows.add(current);
    }

    private void close() {
        if (current != null) {
            markup.append("</tr>");
        }
    }

    /** The rows as {@code <tr>} markup. */
    public String markup() {
        return current == null ? "" : markup + "</tr>";
    }

    /** The rows as cells (String or Double), in order. */
    public List<List<Object>> rows() {
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        return Collections.unmodifiableList(copy);
    }
}
