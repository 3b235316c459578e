package notes.bond;

import notes.base.IsoDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Guards at their exact edges, on Microsoft's YIELD example bond (settlement 2008-02-15, maturity 2016-11-15, 5.75 %
 * semiannual, basis 0: COUPNUM 18, accrued interest 1.4375 per 100, as the Excel YIELD page and the LibreOffice
 * oracle row B001 give).
 */
class BondGuardsTest {
    private static final LocalDate SETTLEMENT = LocalDate.of(2008, 2, 15);
    private static final LocalDate MATURITY = LocalDate.of(2016, 11, 15);

    private static FixedRateBond bond() {
        return new FixedRateBond(Bond.of(SETTLEMENT, MATURITY, 0.0575, 100, 2, 0));
    }

    private static BondProblem problem(Runnable r) {
        return assertThrows(BondException.class, r::run).problem();
    }

    @Test
    void aYieldAtOrBelowMinusTheFrequencyCannotDiscount() {
        FixedRateBond b = bond();
        assertEquals(BondProblem.YIELD_AT_OR_BELOW_MINUS_FREQUENCY, problem(() -> b.cashFlows(-2)));
        assertEquals(BondProblem.YIELD_AT_OR_BELOW_MINUS_FREQUENCY, problem(() -> b.macaulayDuration(-2)));
        assertEquals(BondProblem.YIELD_AT_OR_BELOW_MINUS_FREQUENCY, problem(() -> b.convexity(-2.5)));
    }

    @Test
    void aPriceOfZeroOrOneNoHigherThanTheAccruedInterestHasNoYield() {
        FixedRateBond b = bond();
        assertEquals(1.4375, b.accruedInterest(), 1e-12);
        assertEquals(BondProblem.PRICE_NOT_POSITIVE, problem(() -> b.yieldFromCleanPrice(0)));
        assertEquals(BondProblem.PRICE_NOT_POSITIVE, problem(() -> b.yieldTakingQuoteAsFullPrice(0)));
        assertEquals(BondProblem.PRICE_NOT_ABOVE_ACCRUED, problem(() -> b.yieldTakingQuoteAsFullPrice(1.4375)));
    }

    /** The table's two ends: the first payment (a coupon after DSC/E of a period) and the last (with the principal). */
    @Test
    void cashFlowsAtBothEnds() {
        List<CashFlow> ends = bond().cashFlows(0.065, 1, 1);
        assertEquals(2, ends.size());
        assertEquals(LocalDate.of(2008, 5, 15), ends.get(0).date());
        assertEquals(0.25, ends.get(0).years(), 1e-12, "COUPDAYSNC 90 of COUPDAYS 180, half a year a period");
        assertEquals(0, ends.get(0).principal());
        assertEquals(MATURITY, ends.get(1).date());
        assertEquals(100, ends.get(1).principal());
        assertEquals(18, bond().cashFlows(0.065).size(), "COUPNUM 18");
        List<CashFlow> head = bond().cashFlows(0.065, 2, 0);
        assertEquals(List.of(LocalDate.of(2008, 5, 15), LocalDate.of(2008, 11, 15)),
                head.stream().map(CashFlow::date).toList());
    }

    @Test
    void datesWithALetterOrAZeroCouponAccrintAreRefused() {
        assertEquals(null, IsoDate.parseOrNull("2012-0a-05"));
        assertEquals(LocalDate.of(2012, 1, 5), IsoDate.parseOrNull(" 2012-01-05 "));
        assertEquals(BondProblem.ZERO_COUPON_RATE, problem(() -> BondFunctions.accrint(LocalDate.of(2008, 3, 1),
                LocalDate.of(2008, 8, 31), LocalDate.of(2008, 5, 1), 0, 1000, 2, 0)));
    }

    /** ACCRINT, like the spreadsheets, rejects a par of 0 or less. */
    @Test
    void accrintNeedsAPositivePar() {
        assertEquals(BondProblem.REDEMPTION_NOT_POSITIVE, problem(() -> BondFunctions.accrint(LocalDate.of(2008, 3, 1),
                LocalDate.of(2008, 8, 31), LocalDate.of(2008, 5, 1), 0.1, 0, 2, 0)));
        // Microsoft's ACCRINT example: issue 2008-03-01, first interest 2008-08-31, settlement 2008-05-01, 10 %,
        // par 1,000, semiannual, basis 0: 16.666667.
        assertEquals(16.666667, BondFunctions.accrint(LocalDate.of(2008, 3, 1), LocalDate.of(2008, 8, 31),
                LocalDate.of(2008, 5, 1), 0.1, 1000, 2, 0), 5e-7);
    }

    @Test
    void aRedemptionMustBeAbovZero() {
        assertEquals(BondProblem.REDEMPTION_NOT_POSITIVE,
                problem(() -> Bond.of(SETTLEMENT, MATURITY, 0.0575, 0, 2, 0)));
        assertEquals(BondProblem.NEGATIVE_COUPON_RATE,
                problem(() -> Bond.of(SETTLEMENT, MATURITY, -0.0001, 100, 2, 0)));
        Bond.of(SETTLEMENT, MATURITY, 0, 100, 2, 0); // a zero coupon is a bond
    }
}
