package notes.form;

/**
 * What is wrong with the text typed into one field, before any calculator sees it. {@link Messages} words each
 * code in zh-Hant; the arguments are kept in {@link Fields} next to the code.
 */
public enum FieldProblem {
    /** Nothing typed (or, for a choice, nothing chosen). */
    EMPTY,
    /** A file field with no file. */
    NO_FILE,
    NOT_A_NUMBER,
    EXPONENT,
    MISPLACED_COMMA,
    PERCENT_NOT_THIS_UNIT,
    OUT_OF_RANGE,
    NOT_ABOVE,
    NOT_WHOLE,
    /** Not a date's shape: YYYY-MM-DD, with slashes or one-digit months and days also read. */
    NOT_A_DATE,
    /** A date's shape with a year before 1900 (the day-count conventions' calendars start there). */
    DATE_OUT_OF_RANGE,
    /** A date's shape and year, but a day the month lacks (2008-02-30) or a month past 12. */
    NO_SUCH_DAY,
    NOT_A_CHOICE,
    NOT_YES_OR_NO,
    ROW_NOT_A_NUMBER,
    /** A number of a vector or matrix beyond ±1,000,000 (far past any shape these calculators take). */
    ROW_OUT_OF_RANGE,
    ROW_LENGTHS_DIFFER,
    TOO_MANY_ROWS,
    TOO_MANY_COLUMNS,
    TOO_LONG
}
