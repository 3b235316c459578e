package notes.lending;

/**
 * Why a securities-lending input cannot be used: a {@link LendingProblemCode} and the domain's name of the input to
 * change ({@code "marketValue"}, {@code "payments"}). It carries no sentence: the page words the code in the reader's
 * language and puts it on the form field that holds that input.
 */
public final class LendingProblem extends IllegalArgumentException {
    private final String field;
    private final LendingProblemCode code;

    public LendingProblem(String field, LendingProblemCode code) {
        // The message is for logs and stack traces only; it never reaches a reader.
        super(field + ": " + code);
        this.field = field;
        this.code = code;
    }

    /** The domain's name of the input at fault (a record component or parameter name). */
    public String field() {
        return field;
    }

    public LendingProblemCode code() {
        return code;
    }

    /** A finite number above 0. */
    static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new LendingProblem(field, LendingProblemCode.NOT_POSITIVE);
        }
        return value;
    }

    /** A finite number of at least 0. */
    static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new LendingProblem(field, LendingProblemCode.NEGATIVE);
        }
        return value;
    }
}
