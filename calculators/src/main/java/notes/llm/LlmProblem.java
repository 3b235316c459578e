package notes.llm;

/**
 * Why an LLM sizing input cannot be used: a {@link LlmProblemCode}, the domain's name of the input to change
 * ({@code "activeExperts"}, {@code "kvHeads"}) and the number the code refers to. It carries no sentence: pages word
 * the code in the reader's language and put it on the form field that holds that input.
 */
public final class LlmProblem extends IllegalArgumentException {
    private final String field;
    private final LlmProblemCode code;
    private final long limit;

    /** A problem with input {@code field} (the domain's name) whose code refers to the bound {@code limit}. */
    public LlmProblem(String field, LlmProblemCode code, long limit) {
        // The message is for logs and stack traces only; it never reaches a reader.
        super(field + ": " + code + (limit != 0 ? " (" + limit + ")" : ""));
        this.field = field;
        this.code = code;
        this.limit = limit;
    }

    /** A problem whose code refers to no bound. */
    public LlmProblem(String field, LlmProblemCode code) {
        this(field, code, 0);
    }

    /** The domain's name of the input at fault (a record component or parameter name). */
    public String field() {
        return field;
    }

    public LlmProblemCode code() {
        return code;
    }

    /** The bound the code refers to (see {@link LlmProblemCode}); 0 when the code has none. */
    public long limit() {
        return limit;
    }

    static long positive(String field, long value) {
        if (value <= 0) {
            throw new LlmProblem(field, LlmProblemCode.NOT_POSITIVE);
        }
        return value;
    }

    static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new LlmProblem(field, LlmProblemCode.NEGATIVE);
        }
        return value;
    }

    /** A finite number above 0. */
    static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new LlmProblem(field, LlmProblemCode.NOT_POSITIVE);
        }
        return value;
    }
}
