package notes.preferred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Inputs at their edges: the last valid value passes, the first invalid one names its problem and its series. */
class SeriesValidationTest {
    private static PreferredSeries series(double invested, double shares, double multiple, int rank,
                                          Participation participation, double cap, double rate, double years) {
        return new PreferredSeries("A", invested, shares, multiple, rank, participation, cap, true, rate, years);
    }

    private static WaterfallProblem problem(PreferredSeries s) {
        WaterfallException e = assertThrows(WaterfallException.class, () -> s.validate(2));
        assertEquals(2, e.seriesIndex());
        assertTrue(e.getMessage().startsWith("series 3: "), e.getMessage());
        return e.problem();
    }

    @Test
    void edgesThatAreAllowed() {
        series(0, 1, 0, 1, Participation.CAPPED, 0, 0, 0).validate(0); // nothing invested, 0x, cap equal to it
        series(1e6, 1e-9, 1.5, 1, Participation.CAPPED, 1.5, 0.08, 3).validate(0);
    }

    @Test
    void eachInvalidInputNamesItsProblem() {
        assertEquals(WaterfallProblem.NEGATIVE_INVESTMENT, problem(series(-0.01, 1, 1, 1, Participation.NONE, 0, 0, 0)));
        assertEquals(WaterfallProblem.NEGATIVE_INVESTMENT,
                problem(series(Double.POSITIVE_INFINITY, 1, 1, 1, Participation.NONE, 0, 0, 0)));
        assertEquals(WaterfallProblem.SHARES_NOT_POSITIVE, problem(series(1, 0, 1, 1, Participation.NONE, 0, 0, 0)));
        assertEquals(WaterfallProblem.SHARES_NOT_POSITIVE,
                problem(series(1, Double.NaN, 1, 1, Participation.NONE, 0, 0, 0)));
        assertEquals(WaterfallProblem.NEGATIVE_MULTIPLE, problem(series(1, 1, -0.5, 1, Participation.NONE, 0, 0, 0)));
        assertEquals(WaterfallProblem.RANK_MISSING, problem(series(1, 1, 1, 0, Participation.NONE, 0, 0, 0)));
        assertEquals(WaterfallProblem.CAP_BELOW_PREFERENCE,
                problem(series(1, 1, 1.5, 1, Participation.CAPPED, 1.49, 0, 0)));
        assertEquals(WaterfallProblem.NEGATIVE_DIVIDEND, problem(series(1, 1, 1, 1, Participation.NONE, 0, -0.01, 0)));
        assertEquals(WaterfallProblem.NEGATIVE_YEARS_UNPAID,
                problem(series(1, 1, 1, 1, Participation.NONE, 0, 0.05, -1)));
    }

    @Test
    void theCapTableAsAWholeHasNoSeriesNumber() {
        PreferredSeries ok = series(1, 1, 1, 1, Participation.NONE, 0, 0, 0);
        WaterfallException common = assertThrows(WaterfallException.class, () -> new CapTable(List.of(ok), 0, 0));
        assertEquals(WaterfallProblem.COMMON_SHARES_NOT_POSITIVE, common.problem());
        assertEquals(-1, common.seriesIndex());
        assertEquals(common.problem().message(), common.getMessage(), "no 'series N:' before it");
        assertEquals(WaterfallProblem.NEGATIVE_DEBT,
                assertThrows(WaterfallException.class, () -> new CapTable(List.of(ok), 1, -1)).problem());
        new CapTable(List.of(ok), 1e-9, 0);
    }

    /** Ownership in percent: the rest is common, on a base of 100 shares; 100 % leaves nothing and is refused. */
    @Test
    void ownershipLeavesTheRestToCommon() {
        assertEquals(40.0, CapTable.commonSharesForOwnership(new double[] {20, 40}), 1e-12);
        assertEquals(WaterfallProblem.OWNERSHIP_OVER_100, assertThrows(WaterfallException.class,
                () -> CapTable.commonSharesForOwnership(new double[] {60, 40})).problem());
        assertEquals(0.5, CapTable.commonSharesForOwnership(new double[] {99.5}), 1e-12);
    }

    /** Debt plus every preference: 1.5x of 1,000,000 plus 3 years of 8 % arrears on it, over 500,000 of debt. */
    @Test
    void thePreferenceStackAddsDebtArrearsAndMultiples() {
        PreferredSeries a = series(1_000_000, 20, 1.5, 1, Participation.NONE, 0, 0.08, 3);
        assertEquals(500_000 + 1_500_000 + 240_000, new CapTable(List.of(a), 80, 500_000).preferenceStack(), 1e-6);
        assertEquals(1_740_000, a.preference(), 1e-6);
        assertTrue(a.mayConvert());
        assertTrue(!series(1, 1, 1, 1, Participation.FULL, 0, 0, 0).mayConvert(), "full participation never converts");
    }

    /** Equal coupons save nothing: the refinancing never pays back (infinite), however small its cost. */
    @Test
    void refinancingThatSavesNothingNeverPaysBack() {
        assertEquals(Double.POSITIVE_INFINITY, new Refinancing(100, 0.05, 100, 0.05, 0, 1).paybackYears());
        // 100 at 6 % replaced by 100 at 5 %: 1 a year saved against a 2 % premium and 1 of costs: 3 years.
        assertEquals(3.0, new Refinancing(100, 0.06, 100, 0.05, 0.02, 1).paybackYears(), 1e-12);
    }
}
