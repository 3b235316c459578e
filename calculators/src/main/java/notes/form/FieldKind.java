package notes.form;

/**
 * What a field holds, which decides how the page draws it (one shared fragment per kind in
 * {@code templates/calculators/_parts.html}) and how {@link Fields} reads the text a reader typed.
 */
public enum FieldKind {
    /** A decimal number (thousands separators, full-width digits and, for unit "%", a trailing "%" accepted). */
    NUMBER,
    /** A whole number, read like {@link #NUMBER}. */
    INTEGER,
    /** An ISO date, YYYY-MM-DD. */
    DATE,
    /** One of a few options, drawn as a drop-down list. */
    SELECT,
    /** One of two or three options, drawn as radio buttons (the options stay visible). */
    RADIO,
    /** Yes or no ("yes" / "no"); consecutive checkboxes with the same group share one fieldset. */
    CHECKBOX,
    /** Free text (a name). */
    TEXT,
    /** One row of numbers separated by commas: "0.8, -0.3, 0.5". */
    VECTOR,
    /** Rows of numbers, one per line, drawn as a text area. */
    MATRIX,
    /** A local file the page reads in the browser (the command line takes its path). */
    FILE
}
