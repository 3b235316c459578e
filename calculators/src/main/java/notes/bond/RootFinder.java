package notes.bond;

import java.util.function.DoubleUnaryOperator;

/**
 * Newton's method kept inside a bracket: a step that would leave the bracket (or an undefined derivative) is replaced
 * by bisection, so the search converges for any continuous increasing function whose bracket holds a sign change,
 * and converges fast (quadratically) near the root.
 */
public final class RootFinder {
    private RootFinder() {
    }

    /**
     * Finds x in [lo, hi] with f(x) = 0, for f increasing with f(lo) <= 0 <= f(hi).
     *
     * @param derivative f'(x); may be infinite or NaN at points where the step is then made by bisection
     * @param tolerance  stop when the bracket, or a Newton step, is smaller than this relative to |x| (absolute below 1)
     * @throws BondException SOLVER_FAILED when {@code maxIterations} are used up
     */
    public static double increasingRoot(DoubleUnaryOperator f, DoubleUnaryOperator derivative, double lo, double hi,
                                        double tolerance, int maxIterations) {
        double x = 0.5 * (lo + hi);
        for (int i = 0; i < maxIterations; i++) {
            double fx = f.applyAsDouble(x);
            if (fx == 0) {
                return x;
            }
            if (fx < 0) {
                lo = x;
            } else {
                hi = x;
            }
            if (hi - lo <= tolerance * Math.max(1, Math.abs(x))) {
                return 0.5 * (lo + hi);
            }
            double next = x - fx / derivative.applyAsDouble(x);
            if (!(next > lo && next < hi)) {
                x = 0.5 * (lo + hi);
            } else if (Math.abs(next - x) <= tolerance * Math.max(1, Math.abs(x))) {
                return next;
            } else {
                x = next;
            }
        }
        throw new BondException(BondProblem.SOLVER_FAILED);
    }
}
