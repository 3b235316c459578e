package notes.allocation;

/**
 * Why an allocation cannot be used: an {@link AllocationProblemCode} and, for weights that do not add up,
 * what they add up to. It carries no sentence: the page words the code.
 */
public final class AllocationProblem extends IllegalArgumentException {
    private final AllocationProblemCode code;
    private final double weightSum;

    public AllocationProblem(AllocationProblemCode code, double weightSum) {
        // The message is for logs and stack traces only; it never reaches a reader.
        super(code + " (weights add up to " + weightSum + ")");
        this.code = code;
        this.weightSum = weightSum;
    }

    public AllocationProblemCode code() {
        return code;
    }

    /** What the weights add up to, as a decimal (0.9 for 90 %). */
    public double weightSum() {
        return weightSum;
    }
}
