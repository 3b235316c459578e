package notes.llm;

/** Why an LLM sizing input cannot be used; {@code field} names the input to change. */
public final class LlmProblem extends IllegalArgumentException {
    private final String field;

    public LlmProblem(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message without the field name, for showing next to the field. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }

    static long positive(String field, long value) {
        if (value <= 0) {
            throw new LlmProblem(field, "must be a whole number above 0");
        }
        return value;
    }

    static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new LlmProblem(field, "must not be negative");
        }
        return value;
    }
}
