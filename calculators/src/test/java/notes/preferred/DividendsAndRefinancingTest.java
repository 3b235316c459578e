package notes.preferred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DividendsAndRefinancingTest {
    @Test
    void cumulativeArrearsComeBeforeCommon() {
        // 1,000,000 face at 9 %: 90,000 a year. Two years unpaid: cumulative owes 2 x 90,000 + this year's 90,000.
        assertEquals(90_000, PreferredDividends.annualDividend(1_000_000, 0.09), 1e-9);
        assertEquals(270_000, PreferredDividends.dueBeforeCommon(1_000_000, 0.09, 2, true), 1e-9);
        // Non-cumulative: the missed years are gone; only this year's 90,000 must come first.
        assertEquals(90_000, PreferredDividends.dueBeforeCommon(1_000_000, 0.09, 2, false), 1e-9);
    }

    @Test
    void callAndRefinancePaysBackInAboutAYearAndTwoThirds() {
        // 10M at 8 % replaced by 10M at 5 %: 800,000 - 500,000 = 300,000 saved a year.
        // One-time: 2 % call premium on 10M = 200,000, plus 300,000 costs = 500,000. Payback 500,000 / 300,000.
        Refinancing r = new Refinancing(10_000_000, 0.08, 10_000_000, 0.05, 0.02, 300_000);
        assertEquals(300_000, r.annualSaving(), 1e-6);
        assertEquals(500_000, r.oneTimeCost(), 1e-6);
        assertEquals(5.0 / 3, r.paybackYears(), 1e-12);
    }

    @Test
    void noSavingNeverPaysBack() {
        assertTrue(Double.isInfinite(new Refinancing(1e6, 0.05, 1e6, 0.06, 0.01, 0).paybackYears()));
    }
}
