package notes.bond;

import java.time.LocalDate;

/**
 * The five day-count bases of the spreadsheet bond functions (the {@code basis} argument, 0 to 4).
 *
 * <p>Each basis answers three questions: how many days lie between two dates ({@link #days}), how long a coupon period
 * is ({@link #couponPeriodDays}) and what fraction of a year lies between two dates ({@link #yearFraction}, YEARFRAC).
 * The 30/360 rules differ between the coupon functions and YEARFRAC in the spreadsheets themselves; both variants are
 * kept here, each where the spreadsheets use it, because matching them is the point.
 */
public enum DayCount {
    US_30_360(0, "30/360 (US NASD)"),
    ACTUAL_ACTUAL(1, "actual/actual"),
    ACTUAL_360(2, "actual/360"),
    ACTUAL_365(3, "actual/365"),
    EUROPEAN_30_360(4, "30/360 (European)");

    private final int basis;
    private final String label;

    DayCount(int basis, String label) {
        this.basis = basis;
        this.label = label;
    }

    /** The day count for a spreadsheet {@code basis} argument, or {@code null} when it is not 0 to 4. */
    public static DayCount ofBasisOrNull(int basis) {
        for (DayCount d : values()) {
            if (d.basis == basis) {
                return d;
            }
        }
        return null;
    }

    public int basis() {
        return basis;
    }

    public String label() {
        return label;
    }

    private boolean thirtyDayMonths() {
        return this == US_30_360 || this == EUROPEAN_30_360;
    }

    /**
     * Days from {@code from} to {@code to} (not before {@code from}) as COUPDAYBS counts them: 30-day months for bases
     * 0 and 4, calendar days otherwise.
     */
    public int days(LocalDate from, LocalDate to) {
        switch (this) {
            case US_30_360:
                return us30360CouponDays(from, to);
            case EUROPEAN_30_360:
                return days360(from, Math.min(from.getDayOfMonth(), 30), to, Math.min(to.getDayOfMonth(), 30));
            default:
                return (int) (to.toEpochDay() - from.toEpochDay());
        }
    }

    /**
     * Length in days of the coupon period from {@code start} to {@code end} (COUPDAYS): its calendar length under
     * actual/actual, otherwise a fixed share of the basis year.
     */
    public double couponPeriodDays(LocalDate start, LocalDate end, int frequency) {
        switch (this) {
            case ACTUAL_ACTUAL:
                return end.toEpochDay() - start.toEpochDay();
            case ACTUAL_365:
                return 365.0 / frequency;
            default:
                return 360.0 / frequency;
        }
    }

    /**
     * Whether days to the next coupon are counted as "period minus days elapsed" (COUPDAYSNC = COUPDAYS - COUPDAYBS).
     * The spreadsheets (Excel, LibreOffice) do so for the 30/360 bases, and PRICE and YIELD rely on it; Gnumeric
     * instead counts 30/360 days from settlement to the next coupon, which differs by a day around month ends. We follow
     * Excel and LibreOffice, so that COUPDAYSNC and the prices computed from it agree.
     */
    boolean countsDaysToCouponAsRemainder() {
        return thirtyDayMonths();
    }

    /** YEARFRAC(from, to, basis), with the dates in either order. */
    public double yearFraction(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return yearFraction(to, from);
        }
        if (from.equals(to)) {
            return 0;
        }
        switch (this) {
            case US_30_360:
                return us30360YearFracDays(from, to) / 360.0;
            case EUROPEAN_30_360:
                return days(from, to) / 360.0;
            case ACTUAL_ACTUAL:
                return (to.toEpochDay() - from.toEpochDay()) / actualActualYearLength(from, to);
            case ACTUAL_360:
                return (to.toEpochDay() - from.toEpochDay()) / 360.0;
            default:
                return (to.toEpochDay() - from.toEpochDay()) / 365.0;
        }
    }

    /**
     * The year fraction ACCRINT accrues over from {@code issue} to {@code settlement}, as LibreOffice computes it
     * (Gnumeric agrees except on actual/actual, where it divides by the settlement year's length): 30/360 bases count raw months and days with no 31st adjustment (and basis 0 subtracts the days
     * February lacks when the span leaves a February of the same year); actual/actual divides by the length of the
     * issue year. This is not the A/E fraction PRICE and YIELD use for accrued interest.
     */
    public double accrintYearFraction(LocalDate issue, LocalDate settlement) {
        long days = settlement.toEpochDay() - issue.toEpochDay();
        switch (this) {
            case US_30_360:
            case EUROPEAN_30_360:
                int days360 = days360(issue, issue.getDayOfMonth(), settlement, settlement.getDayOfMonth());
                if (this == US_30_360 && issue.getMonthValue() == 2 && settlement.getMonthValue() != 2
                        && issue.getYear() == settlement.getYear()) {
                    days360 -= issue.isLeapYear() ? 1 : 2;
                }
                return days360 / 360.0;
            case ACTUAL_ACTUAL:
                return days / (issue.isLeapYear() ? 366.0 : 365.0);
            case ACTUAL_360:
                return days / 360.0;
            default:
                return days / 365.0;
        }
    }

    /**
     * US (NASD) 30/360 as the coupon functions apply it: a month-end date counts as the 30th; an end date on the 31st
     * stays the 31st when the start is in February or before the 30th; an end date on the last day of February keeps
     * its real day.
     */
    private static int us30360CouponDays(LocalDate from, LocalDate to) {
        int d1 = thirtyDayOfMonth(from);
        int d2 = thirtyDayOfMonth(to);
        if ((from.getMonthValue() == 2 || d1 < 30) && to.getDayOfMonth() == 31) {
            d2 = 31;
        } else if (to.getMonthValue() == 2 && isMonthEnd(to)) {
            d2 = to.getDayOfMonth();
        }
        return Math.max(0, days360(from, d1, to, d2));
    }

    /** US (NASD) 30/360 as YEARFRAC applies it (ODFF 1.2 part 2, 4.11.7), which treats February differently. */
    private static int us30360YearFracDays(LocalDate from, LocalDate to) {
        int d1 = from.getDayOfMonth();
        int d2 = to.getDayOfMonth();
        if (d1 == 31) {
            d1 = 30;
        }
        if (d1 == 30 && d2 == 31) {
            d2 = 30;
        } else if (from.getMonthValue() == 2 && isMonthEnd(from)) {
            d1 = 30;
            if (to.getMonthValue() == 2 && isMonthEnd(to)) {
                d2 = 30;
            }
        }
        return days360(from, d1, to, d2);
    }

    /**
     * The year length YEARFRAC divides by under actual/actual: 366 or 365 for spans of at most a year (366 when the
     * span touches a 29 February), otherwise the average length of the calendar years spanned.
     */
    private static double actualActualYearLength(LocalDate from, LocalDate to) {
        int y1 = from.getYear();
        int y2 = to.getYear();
        boolean moreThanAYear = y1 != y2 && !(y2 == y1 + 1 && !from.withYear(y2).isBefore(to));
        if (moreThanAYear) {
            long days = LocalDate.of(y2 + 1, 1, 1).toEpochDay() - LocalDate.of(y1, 1, 1).toEpochDay();
            return (double) days / (y2 - y1 + 1);
        }
        return spansLeapDay(from, to) ? 366 : 365;
    }

    private static boolean spansLeapDay(LocalDate from, LocalDate to) {
        if (to.getMonthValue() == 2 && to.getDayOfMonth() == 29) {
            return true;
        }
        if (from.getYear() != to.getYear() && from.isLeapYear()) {
            return true;
        }
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (LocalDate.of(year, 1, 1).isLeapYear()) {
                LocalDate leapDay = LocalDate.of(year, 2, 29);
                // A start on 29 February itself counts (LibreOffice 7.4 and Gnumeric agree on this).
                if (!leapDay.isBefore(from) && !leapDay.isAfter(to)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int thirtyDayOfMonth(LocalDate date) {
        return isMonthEnd(date) ? 30 : Math.min(date.getDayOfMonth(), 30);
    }

    static boolean isMonthEnd(LocalDate date) {
        return date.getDayOfMonth() == date.lengthOfMonth();
    }

    private static int days360(LocalDate from, int d1, LocalDate to, int d2) {
        return (to.getYear() - from.getYear()) * 360 + (to.getMonthValue() - from.getMonthValue()) * 30 + (d2 - d1);
    }
}
