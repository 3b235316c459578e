package notes.bond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixedRateBondTest {
    /** Round trips must close to this, relative to the price. */
    private static final double ROUND_TRIP = 1e-9;

    @Test
    void priceOfYieldOfPriceIsThePriceForRandomBonds() {
        Random random = new Random(20261123);
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            Bond bond = randomBond(random);
            FixedRateBond b = new FixedRateBond(bond);
            double yield = -0.02 + random.nextDouble() * 0.4;
            double price = b.cleanPriceFromYield(yield);
            if (!(price > 0)) {
                continue;
            }
            double back = b.cleanPriceFromYield(b.yieldFromCleanPrice(price));
            assertEquals(price, back, ROUND_TRIP * price, bond + " at yield " + yield);
            checked++;
        }
        assertTrue(checked > 19_000, "round trips checked: " + checked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "deep discount, 2025-03-01, 2055-03-01, 0.01, 5, 2, 0",
            "premium, 2025-03-01, 2035-03-01, 0.12, 180, 2, 1",
            "negative yield, 2025-02-17, 2035-01-02, 0.01, 130, 2, 0",
            "zero coupon, 2025-02-17, 2045-07-02, 0, 45, 2, 1",
            "one day to maturity, 2025-06-29, 2025-06-30, 0.06, 99.9, 2, 1",
            "30-year quarterly, 2025-01-10, 2055-01-15, 0.045, 92.5, 4, 3",
            "price of a cent, 2025-01-10, 2095-01-15, 0.02, 0.01, 1, 2",
    })
    void solverConvergesOnHardCases(String name, LocalDate settlement, LocalDate maturity, double rate, double price,
                                    int frequency, int basis) {
        FixedRateBond b = new FixedRateBond(Bond.of(settlement, maturity, rate, 100, frequency, basis));
        double yield = b.yieldFromCleanPrice(price);
        assertTrue(Double.isFinite(yield), name);
        assertEquals(price, b.cleanPriceFromYield(yield), ROUND_TRIP * price, name);
    }

    @Test
    void premiumsYieldBelowTheCouponAndDiscountsAbove() {
        FixedRateBond b = new FixedRateBond(Bond.of(LocalDate.of(2025, 2, 17), LocalDate.of(2035, 1, 2), 0.01, 100,
                2, 0));
        assertTrue(b.yieldFromCleanPrice(130) < 0, "paying 130 for 110 of cash flows yields less than nothing");
        assertTrue(b.yieldFromCleanPrice(101) < 0.01);
        assertTrue(b.yieldFromCleanPrice(99) > 0.01);
    }

    @Test
    void yieldIncludingAccruedIsTheLowerOfTheTwo() {
        // Microsoft's YIELD example: 90 of 180 days accrued, 1.4375 of accrued interest.
        FixedRateBond b = new FixedRateBond(Bond.of(LocalDate.of(2008, 2, 15), LocalDate.of(2016, 11, 15), 0.0575,
                100, 2, 0));
        assertEquals(1.4375, b.accruedInterest(), 1e-12);
        double including = b.yieldFromCleanPrice(95.04287);
        double ignoring = b.yieldTakingQuoteAsFullPrice(95.04287);
        assertEquals(0.065, including, 1e-8);
        assertTrue(ignoring > including + 0.001, ignoring + " vs " + including);
        assertEquals(95.04287 - 1.4375, b.cleanPriceFromYield(ignoring), 1e-9);
    }

    @Test
    void cashFlowsDiscountToTheDirtyPrice() {
        FixedRateBond b = new FixedRateBond(Bond.of(LocalDate.of(2008, 2, 15), LocalDate.of(2017, 11, 15), 0.0575,
                100, 2, 0));
        double sum = b.cashFlows(0.065).stream().mapToDouble(CashFlow::presentValue).sum();
        assertEquals(b.dirtyPriceFromYield(0.065), sum, 1e-9);
        assertEquals(20, b.cashFlows(0.065).size());
        assertEquals(LocalDate.of(2017, 11, 15), b.cashFlows(0.065).get(19).date());
        assertEquals(100, b.cashFlows(0.065).get(19).principal());
    }

    /** Convexity against a central second difference of the full price (an independent computation). */
    @Test
    void convexityIsTheCurvatureOfThePrice() {
        FixedRateBond b = new FixedRateBond(Bond.of(LocalDate.of(2018, 7, 1), LocalDate.of(2048, 1, 1), 0.08, 100,
                2, 1));
        double y = 0.09;
        double h = 1e-4;
        double p = b.dirtyPriceFromYield(y);
        double second = (b.dirtyPriceFromYield(y + h) - 2 * p + b.dirtyPriceFromYield(y - h)) / (h * h);
        assertEquals(second / p, b.convexity(y), 1e-4 * b.convexity(y));
        double slope = (b.dirtyPriceFromYield(y + h) - b.dirtyPriceFromYield(y - h)) / (2 * h);
        assertEquals(-slope / p, b.modifiedDuration(y), 1e-6 * b.modifiedDuration(y));
    }

    @Test
    void impossibleInputsSayWhy() {
        LocalDate d = LocalDate.of(2025, 7, 15);
        assertEquals(BondProblem.SETTLEMENT_NOT_BEFORE_MATURITY,
                assertThrows(BondException.class, () -> Bond.of(d, d, 0.05, 100, 2, 0)).problem());
        assertEquals(BondProblem.FREQUENCY_NOT_1_2_4,
                assertThrows(BondException.class, () -> Bond.of(d, d.plusYears(5), 0.05, 100, 3, 0)).problem());
        assertEquals(BondProblem.BASIS_NOT_0_TO_4,
                assertThrows(BondException.class, () -> Bond.of(d, d.plusYears(5), 0.05, 100, 2, 5)).problem());
        FixedRateBond b = new FixedRateBond(Bond.of(d, d.plusYears(5), 0.05, 100, 2, 0));
        assertEquals(BondProblem.PRICE_NOT_POSITIVE,
                assertThrows(BondException.class, () -> b.yieldFromCleanPrice(-1)).problem());
        assertEquals(BondProblem.PRICE_NOT_POSITIVE,
                assertThrows(BondException.class, () -> b.yieldFromCleanPrice(Double.NaN)).problem());
        assertEquals(BondProblem.YIELD_AT_OR_BELOW_MINUS_FREQUENCY,
                assertThrows(BondException.class, () -> b.cleanPriceFromYield(-2)).problem());
    }

    @Test
    void thirtyThreeSixtyWithNoDaysLeftHasNoYield() {
        // Settlement on the 30th, maturity on the 31st: under US 30/360 not a day remains.
        FixedRateBond b = new FixedRateBond(Bond.of(LocalDate.of(2025, 5, 30), LocalDate.of(2025, 5, 31), 0.05, 100,
                2, 0));
        assertEquals(0, b.daysToNextCoupon());
        assertEquals(BondProblem.NO_DAYS_TO_REDEMPTION,
                assertThrows(BondException.class, () -> b.yieldFromCleanPrice(99)).problem());
    }

    static Bond randomBond(Random random) {
        LocalDate settlement = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(365 * 70));
        LocalDate maturity = settlement.plusDays(1 + random.nextInt(365 * 40));
        double rate = random.nextInt(5) == 0 ? 0 : random.nextDouble() * 0.15;
        int frequency = new int[] {1, 2, 4}[random.nextInt(3)];
        return Bond.of(settlement, maturity, rate, 100, frequency, random.nextInt(5));
    }
}
