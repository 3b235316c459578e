package notes.preferred;

/** A waterfall input that cannot be used, with the series it belongs to (-1 for the cap table as a whole). */
public final class WaterfallException extends IllegalArgumentException {
    private final WaterfallProblem problem;
    private final int seriesIndex;

    public WaterfallException(WaterfallProblem problem, int seriesIndex) {
        super((seriesIndex >= 0 ? "series " + (seriesIndex + 1) + ": " : "") + problem.message());
        this.problem = problem;
        this.seriesIndex = seriesIndex;
    }

    public WaterfallProblem problem() {
        return problem;
    }

    public int seriesIndex() {
        return seriesIndex;
    }
}
