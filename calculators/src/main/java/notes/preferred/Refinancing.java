package notes.preferred;

/**
 * Calling an old preferred issue and replacing it with a cheaper one: the yearly dividend saved against the
 * one-time cost (call premium on the old issue plus the new issue's costs). Amounts are in one currency; rates are
 * decimals a year (0.08 for 8 %).
 *
 * @param oldSize       face value of the old issue, called at face plus the premium
 * @param oldRate       the old issue's dividend rate
 * @param newSize       what the new issue raises
 * @param newRate       the new issue's dividend rate
 * @param callPremium   fraction of the old issue paid on top to call it (0.02 for 2 %)
 * @param issuanceCosts underwriting, legal and other costs of the new issue
 */
public record Refinancing(double oldSize, double oldRate, double newSize, double newRate, double callPremium,
                          double issuanceCosts) {

    public double annualSaving() {
        return oldSize * oldRate - newSize * newRate;
    }

    public double oneTimeCost() {
        return oldSize * callPremium + issuanceCosts;
    }

    /** What calling the old issue pays its holders: face plus the call premium. */
    public double redemptionPayment() {
        return oldSize * (1 + callPremium);
    }

    /** Cash the swap needs on the day: the old issue at face plus premium, and the new issue's costs. */
    public double cashNeeded() {
        return redemptionPayment() + issuanceCosts;
    }

    /**
     * What the new issue leaves unpaid of {@link #cashNeeded}: positive when the issuer must find the rest elsewhere
     * (cash on hand, debt), zero or negative when the new issue covers everything.
     */
    public double fundingGap() {
        return cashNeeded() - newSize;
    }

    /**
     * Simple payback: years of savings that repay the one-time cost, money of later years counted at face value;
     * infinite when nothing is saved (it never pays back).
     */
    public double paybackYears() {
        double saving = annualSaving();
        return saving > 0 ? oneTimeCost() / saving : Double.POSITIVE_INFINITY;
    }

    /**
     * Discounted payback: the time t at which the savings, discounted at {@code discountRate} a year, have repaid the
     * one-time cost. The savings are an annuity paid at each year's end; extended to fractional years, the annuity
     * factor (1 - (1 + d)^-t) / d equals cost / saving at t = -ln(1 - cost x d / saving) / ln(1 + d) (the present
     * value of an annuity, Brealey, Myers and Allen, Principles of Corporate Finance, ch. 2; discounted payback,
     * ch. 5). Infinite when nothing is saved or when even all future savings, worth saving / d, fall short of the cost.
     *
     * @param discountRate yearly rate, a decimal at or above 0 (0 gives the simple payback)
     */
    public double discountedPaybackYears(double discountRate) {
        double saving = annualSaving();
        if (!(saving > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        if (discountRate == 0) {
            return oneTimeCost() / saving;
        }
        double covered = oneTimeCost() * discountRate / saving;
        return covered < 1 ? -Math.log1p(-covered) / Math.log1p(discountRate) : Double.POSITIVE_INFINITY;
    }
}
