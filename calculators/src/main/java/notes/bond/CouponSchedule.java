package notes.bond;

import java.time.LocalDate;

/**
 * Coupon dates of a bond, counted back from maturity in steps of 12/frequency months.
 *
 * <p>End-of-month rule: when maturity is the last day of its month, every coupon date is the last day of its month
 * (a bond maturing 31 August pays on 28/29 February). Otherwise each coupon keeps maturity's day of month, clipped
 * to shorter months, and a clipped date does not shorten the dates before it.
 */
public final class CouponSchedule {
    private final LocalDate maturity;
    private final int monthsPerPeriod;
    private final boolean endOfMonth;

    public CouponSchedule(LocalDate maturity, int frequency) {
        this.maturity = maturity;
        this.monthsPerPeriod = 12 / frequency;
        this.endOfMonth = DayCount.isMonthEnd(maturity);
    }

    /** The coupon date {@code periodsBeforeMaturity} periods before maturity (0 is maturity itself). */
    public LocalDate couponDate(int periodsBeforeMaturity) {
        LocalDate date = maturity.minusMonths((long) periodsBeforeMaturity * monthsPerPeriod);
        return endOfMonth ? date.withDayOfMonth(date.lengthOfMonth()) : date;
    }

    /**
     * How many coupons are still to be paid after {@code settlement} (COUPNUM): the number of periods between the
     * previous coupon date (on or before settlement) and maturity. Settlement must be before maturity.
     */
    public int remainingCoupons(LocalDate settlement) {
        // Start from an estimate by whole months, then step to the exact period: at most a step or two.
        long months = (maturity.getYear() - settlement.getYear()) * 12L
                + maturity.getMonthValue() - settlement.getMonthValue();
        int k = (int) Math.max(1, months / monthsPerPeriod);
        while (couponDate(k).isAfter(settlement)) {
            k++;
        }
        while (k > 1 && !couponDate(k - 1).isAfter(settlement)) {
            k--;
        }
        return k;
    }
}
