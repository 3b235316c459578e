package notes.allocation;

/**
 * Why an allocation cannot be used, as a code: the domain never words a problem (the page words each code in
 * zh-Hant, see {@code notes.page.AllocationMessages}). Ranges (a weight from 0 to 100 %, a yield) are the form's.
 */
public enum AllocationProblemCode {
    /** The weights do not add up to the whole portfolio; {@link AllocationProblem#weightSum()} says what they do. */
    WEIGHTS_NOT_WHOLE
}
