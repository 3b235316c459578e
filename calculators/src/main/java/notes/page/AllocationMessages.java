package notes.page;

import notes.allocation.AllocationProblem;
import notes.form.Decimals;

/**
 * The zh-Hant sentence for each {@link notes.allocation.AllocationProblemCode}, in one switch expression with no
 * default branch, so a new code does not compile until it has its wording here.
 */
final class AllocationMessages {
    private AllocationMessages() {
    }

    static String zhHant(AllocationProblem problem) {
        return switch (problem.code()) {
            case WEIGHTS_NOT_WHOLE -> "三個部分的比例合計是 " + Decimals.readable(round(problem.weightSum() * 100))
                    + " %，須剛好是 100 %。";
        };
    }

    /** The sum as a reader typed it: 60 + 30.5 gives 90.5, not 90.49999999999999. */
    private static double round(double percent) {
        return Math.round(percent * 1e6) / 1e6;
    }
}
