package notes.form;

/**
 * A calculator as a page sees it: the text of named fields in; named outputs, or a problem per field, out.
 * Implementations are plain Java (no browser types), so the same object runs in JUnit, on the command line and,
 * compiled by TeaVM, in the page, where a generic binding moves values between the form and this interface.
 */
public interface LegacyCalculator {
    /** Computes all outputs from the fields, or reports every field that has to change; never throws. */
    Result compute(LegacyFields fields);
}
