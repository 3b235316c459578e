package notes.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a calculator produced: either problems keyed by field name (and then nothing else), or outputs keyed by
 * output name. A text output goes into an element's text; an HTML output (tables, SVG charts) is markup the
 * calculator built itself from escaped values; a value output is the exact number behind a rounded text. Tables and
 * lists keep their cells too ({@link #data()}), so the command line prints what the page shows.
 */
public final class Result {
    private final Map<String, String> problems;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, String> html = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<?>> data = new LinkedHashMap<>();
    private String internalError;

    private Result(Map<String, String> problems) {
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** A valid result, to which the outputs are then added. */
    public static Result ok() {
        return new Result(Map.of());
    }

    /** An invalid result: zh-Hant messages by field name (at least one). */
    public static Result invalid(Map<String, String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid result names at least one problem");
        }
        return new Result(problems);
    }

    /** An invalid result with one problem. */
    public static Result invalid(String field, String message) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put(field, message);
        return invalid(problems);
    }

    /** A text output (shown as it is). */
    public Result text(String name, String text) {
        texts.put(name, text);
        return this;
    }

    /** A rounded text with the exact value behind it (kept in a {@code <data value>} on the page). */
    public Result number(String name, String text, double value) {
        texts.put(name, text);
        values.put(name, Double.toString(value));
        return this;
    }

    /** A markup output the calculator built from escaped values (table rows, SVG, list items). */
    public Result html(String name, String markup) {
        html.put(name, markup);
        return this;
    }

    /** A table's rows: markup for the page, cells for the command line. */
    public Result table(String name, Table rows) {
        html.put(name, rows.markup());
        data.put(name, rows.rows());
        return this;
    }

    /** List items ({@code <li>}, escaped) for the page and the same texts for the command line. */
    public Result list(String name, List<String> items) {
        StringBuilder markup = new StringBuilder();
        for (String item : items) {
            markup.append("<li>").append(Html.escape(item)).append("</li>");
        }
        html.put(name, markup.toString());
        data.put(name, List.copyOf(items));
        return this;
    }

    /**
     * A result for a calculator that threw: the reader sees {@code message} under the form; {@code cause} (the
     * exception's text) is kept for the developer (the page's console, the command line's stderr, the tests).
     */
    public static Result internalError(String field, String message, String cause) {
        Result r = invalid(field, message);
        r.internalError = cause;
        return r;
    }

    /** The exception text when the calculator threw (a bug), else null. */
    public String internalError() {
        return internalError;
    }

    /** Whether there are no problems (and so outputs). */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** zh-Hant messages by field name ({@link Run#FORM} for the whole form). */
    public Map<String, String> problems() {
        return problems;
    }

    /** Text outputs by name, in the order written. */
    public Map<String, String> texts() {
        return Collections.unmodifiableMap(texts);
    }

    /** Markup outputs by name. */
    public Map<String, String> html() {
        return Collections.unmodifiableMap(html);
    }

    /**
     * Tables and lists by name, as the command line prints them: a table is a list of rows, each a list of cells
     * (String, or Double for a number cell); a list is a list of Strings.
     */
    public Map<String, List<?>> data() {
        return Collections.unmodifiableMap(data);
    }

    /** The exact number behind each rounded text output, as Java writes a double. */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }
}
