package notes.bond;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Bonds with thousands of payments, priced in closed form: against the sum Microsoft documents for PRICE (each
 * coupon discounted by (1 + yld/f)^(k - 1 + DSC/E), redemption with the last, less the accrued interest A/E c),
 * added term by term here.
 */
class LongBondTest {
    private static double documentedPrice(FixedRateBond b, double yld) {
        int f = b.bond().frequency();
        double c = b.bond().couponPerPeriod();
        double dsc = b.daysToNextCoupon() / b.daysInPeriod();
        double sum = 0;
        for (int k = 1; k <= b.couponsRemaining(); k++) {
            sum += c / Math.pow(1 + yld / f, k - 1 + dsc);
        }
        sum += b.bond().redemption() / Math.pow(1 + yld / f, b.couponsRemaining() - 1 + dsc);
        return sum - c * b.daysAccrued() / b.daysInPeriod();
    }

    @Test
    void anEightThousandYearBondIsPricedAsTheDocumentedSum() {
        FixedRateBond b = new FixedRateBond(Bond.of(LocalDate.of(2008, 2, 15), LocalDate.of(9999, 12, 31), 0.0575, 100,
                2, 0));
        assertEquals(15_984, b.couponsRemaining());
        for (double yld : new double[] {0.001, 0.0575, 0.065, 0.5, 3.0}) {
            double expected = documentedPrice(b, yld);
            assertEquals(expected, b.cleanPriceFromYield(yld), 1e-9 * Math.max(1, expected), "yield " + yld);
        }
    }

    /** The slowest input the worst-case search found: priced at 0.95 per 100, the yield comes back to that price. */
    @Test
    void theYieldOfAVeryCheapLongBondRoundTrips() {
        FixedRateBond b = new FixedRateBond(Bond.of(LocalDate.of(2008, 2, 15), LocalDate.of(9999, 12, 31), 0.005750,
                100, 2, 0));
        double yld = b.yieldFromCleanPrice(0.9504287);
        assertEquals(0.9504287, b.cleanPriceFromYield(yld), 1e-9);
        assertEquals(0.9504287, documentedPrice(b, yld), 1e-9);
    }
}
