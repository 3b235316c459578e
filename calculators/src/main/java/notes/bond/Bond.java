package notes.bond;

import java.time.LocalDate;

/**
 * A fixed-rate bullet bond as the spreadsheet bond functions see it, bought on {@code settlement}.
 *
 * @param couponRate annual coupon rate as a decimal (0.0575 = 5.75 %)
 * @param redemption amount repaid at maturity per 100 face
 * @param frequency  coupons a year: 1, 2 or 4
 */
public record Bond(LocalDate settlement, LocalDate maturity, double couponRate, double redemption, int frequency,
                   DayCount dayCount) {

    public Bond {
        if (!settlement.isBefore(maturity)) {
            throw new BondException(BondProblem.SETTLEMENT_NOT_BEFORE_MATURITY);
        }
        if (frequency != 1 && frequency != 2 && frequency != 4) {
            throw new BondException(BondProblem.FREQUENCY_NOT_1_2_4);
        }
        if (!(couponRate >= 0) || Double.isInfinite(couponRate)) {
            throw new BondException(BondProblem.NEGATIVE_COUPON_RATE);
        }
        if (!(redemption > 0) || Double.isInfinite(redemption)) {
            throw new BondException(BondProblem.REDEMPTION_NOT_POSITIVE);
        }
    }

    /** Builds a bond from spreadsheet arguments, rejecting a basis outside 0 to 4. */
    public static Bond of(LocalDate settlement, LocalDate maturity, double rate, double redemption, int frequency,
                          int basis) {
        DayCount dayCount = DayCount.ofBasisOrNull(basis);
        if (dayCount == null) {
            throw new BondException(BondProblem.BASIS_NOT_0_TO_4);
        }
        return new Bond(settlement, maturity, rate, redemption, frequency, dayCount);
    }

    /** The coupon paid each period per 100 face. */
    public double couponPerPeriod() {
        return 100 * couponRate / frequency;
    }

    public CouponSchedule schedule() {
        return new CouponSchedule(maturity, frequency);
    }
}
