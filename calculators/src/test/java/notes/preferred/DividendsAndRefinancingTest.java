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

    /**
     * The source post's case: 10M at 8 % called at 102 % (10.2M) with 300,000 of costs, paid for by a 10M issue at
     * 5 %. The cash needed is 10,200,000 + 300,000 = 10,500,000, so 500,000 is missing (issue 14).
     */
    @Test
    void theSourcePostsTenMillionIssueLeavesAHalfMillionGap() {
        Refinancing r = new Refinancing(10_000_000, 0.08, 10_000_000, 0.05, 0.02, 300_000);
        assertEquals(10_200_000, r.redemptionPayment(), 1e-6);
        assertEquals(10_500_000, r.cashNeeded(), 1e-6);
        assertEquals(500_000, r.fundingGap(), 1e-6);
    }

    /**
     * The funded case (issue 14: payback 1.82 years): the new issue raises the whole 10,500,000 at the post's 5 %.
     * By hand: dividends 10,500,000 x 5 % = 525,000 a year against the old 800,000, so 275,000 is saved; the one-time
     * cost stays 200,000 + 300,000 = 500,000; 500,000 / 275,000 = 1.818... years.
     */
    @Test
    void fundedCasePaysBackInOnePointEightTwoYears() {
        Refinancing r = new Refinancing(10_000_000, 0.08, 10_500_000, 0.05, 0.02, 300_000);
        assertEquals(0, r.fundingGap(), 1e-6);
        assertEquals(275_000, r.annualSaving(), 1e-6);
        assertEquals(500_000, r.oneTimeCost(), 1e-6);
        assertEquals(1.82, r.paybackYears(), 0.005);
        assertEquals(20.0 / 11, r.paybackYears(), 1e-12);
    }

    /**
     * Discounting the same savings at 5 % a year. By hand: the first year's 275,000 is worth 261,904.76 today and the
     * second's 249,433.11, 511,337.87 together, so the 500,000 is repaid between year 1 and year 2. Solving the
     * annuity 275,000 x (1 - 1.05^-t) / 0.05 = 500,000: 1.05^-t = 1 - 500,000 x 0.05 / 275,000 = 10/11, so
     * t = ln(1.1) / ln(1.05) = 1.953471 years, against 1.82 undiscounted.
     */
    @Test
    void discountingLengthensThePayback() {
        Refinancing r = new Refinancing(10_000_000, 0.08, 10_500_000, 0.05, 0.02, 300_000);
        assertEquals(1.953471, r.discountedPaybackYears(0.05), 1e-6);
        assertEquals(r.paybackYears(), r.discountedPaybackYears(0), 1e-12);
        // At 60 % all future savings are worth 275,000 / 0.6 = 458,333, less than the 500,000 spent: never repaid.
        assertTrue(Double.isInfinite(r.discountedPaybackYears(0.6)));
    }

    @Test
    void noSavingNeverPaysBack() {
        assertTrue(Double.isInfinite(new Refinancing(1e6, 0.05, 1e6, 0.06, 0.01, 0).paybackYears()));
        assertTrue(Double.isInfinite(new Refinancing(1e6, 0.05, 1e6, 0.06, 0.01, 0).discountedPaybackYears(0.05)));
    }
}
