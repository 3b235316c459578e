package notes.bond;

import java.time.LocalDate;

/**
 * Turns "years to maturity" typed as a decimal (7.3) into a maturity date the bond functions can use:
 * settlement plus round(years x 12) months, same day of month clipped to the month's end (spreadsheet EDATE with
 * ROUND, half away from zero). The first period is then whatever the coupon schedule makes it.
 */
public final class YearsToMaturity {
    private YearsToMaturity() {
    }

    public static int months(double years) {
        if (!(years > 0) || years > 1000) {
            throw new BondException(BondProblem.YEARS_NOT_POSITIVE);
        }
        long months = Math.round(years * 12);
        if (months < 1) {
            throw new BondException(BondProblem.YEARS_NOT_POSITIVE);
        }
        return (int) months;
    }

    public static LocalDate maturity(LocalDate settlement, double years) {
        return settlement.plusMonths(months(years));
    }
}
