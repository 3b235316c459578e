package notes.bond;

/** A bond calculation that cannot be done, with the reason as a {@link BondProblem}. */
public final class BondException extends IllegalArgumentException {
    private final BondProblem problem;

    public BondException(BondProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public BondProblem problem() {
        return problem;
    }
}
