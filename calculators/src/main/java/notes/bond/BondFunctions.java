package notes.bond;

import java.time.LocalDate;

/**
 * The spreadsheet bond functions by their spreadsheet names, with the spreadsheets' argument rules (where Excel
 * answers #NUM!, these throw a {@link BondException} naming the rule). The domain classes allow more, such as a
 * negative yield in PRICE; these keep the spreadsheet contract so that results can be checked cell by cell.
 */
public final class BondFunctions {
    private BondFunctions() {
    }

    public static double yield(LocalDate settlement, LocalDate maturity, double rate, double pr, double redemption,
                               int frequency, int basis) {
        return bond(settlement, maturity, rate, redemption, frequency, basis).yieldFromCleanPrice(pr);
    }

    public static double price(LocalDate settlement, LocalDate maturity, double rate, double yld, double redemption,
                               int frequency, int basis) {
        requireNonNegativeYield(yld);
        return bond(settlement, maturity, rate, redemption, frequency, basis).cleanPriceFromYield(yld);
    }

    /** DURATION has no redemption argument: the spreadsheets assume 100. */
    public static double duration(LocalDate settlement, LocalDate maturity, double coupon, double yld, int frequency,
                                  int basis) {
        requireNonNegativeYield(yld);
        return bond(settlement, maturity, coupon, 100, frequency, basis).macaulayDuration(yld);
    }

    public static double mduration(LocalDate settlement, LocalDate maturity, double coupon, double yld, int frequency,
                                   int basis) {
        requireNonNegativeYield(yld);
        return bond(settlement, maturity, coupon, 100, frequency, basis).modifiedDuration(yld);
    }

    /**
     * ACCRINT(issue, first_interest, settlement, rate, par, frequency, basis) with calc_method TRUE: interest accrued
     * from issue to settlement, par x rate x {@link DayCount#accrintYearFraction}, as LibreOffice computes it (and as
     * Microsoft's three examples come out). On basis 1 the spreadsheets disagree and neither follows Microsoft's
     * coupon-period sum: LibreOffice divides the days by the issue year's length, Gnumeric by the settlement year's;
     * the project follows LibreOffice on purpose (README, "Bond calculator conventions"). For the current coupon period (issue = COUPPCD) it can differ
     * from the A/E accrued interest inside PRICE and YIELD ({@link FixedRateBond#accruedInterest}), which the page
     * shows. Like the spreadsheets it rejects a rate or par of 0 or less and an issue date not before settlement,
     * even where the interest accrued is plainly zero.
     */
    public static double accrint(LocalDate issue, LocalDate firstInterest, LocalDate settlement, double rate,
                                 double par, int frequency, int basis) {
        if (!(rate > 0)) {
            throw new BondException(BondProblem.ZERO_COUPON_RATE);
        }
        if (!(par > 0)) {
            throw new BondException(BondProblem.REDEMPTION_NOT_POSITIVE);
        }
        if (!issue.isBefore(settlement)) {
            throw new BondException(BondProblem.SETTLEMENT_ON_COUPON_DATE);
        }
        DayCount dayCount = Bond.of(issue, firstInterest, rate, par, frequency, basis).dayCount();
        return par * rate * dayCount.accrintYearFraction(issue, settlement);
    }

    public static double yearfrac(LocalDate start, LocalDate end, int basis) {
        DayCount dayCount = DayCount.ofBasisOrNull(basis);
        if (dayCount == null) {
            throw new BondException(BondProblem.BASIS_NOT_0_TO_4);
        }
        return dayCount.yearFraction(start, end);
    }

    /** The coupon-schedule functions COUPPCD ... COUPDAYSNC all come from this one object. */
    public static FixedRateBond coupons(LocalDate settlement, LocalDate maturity, int frequency, int basis) {
        return bond(settlement, maturity, 0, 100, frequency, basis);
    }

    private static FixedRateBond bond(LocalDate settlement, LocalDate maturity, double rate, double redemption,
                                      int frequency, int basis) {
        return new FixedRateBond(Bond.of(settlement, maturity, rate, redemption, frequency, basis));
    }

    private static void requireNonNegativeYield(double yld) {
        if (yld < 0) {
            throw new BondException(BondProblem.NEGATIVE_YIELD_IN_SPREADSHEET);
        }
    }
}
