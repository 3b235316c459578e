package notes.preferred;

/**
 * Calling an old preferred issue and replacing it with a cheaper one: the yearly dividend saved against the
 * one-time cost (call premium on the old issue plus the new issue's costs).
 *
 * @param callPremium fraction of the old issue paid on top to call it (0.02 for 2 %)
 */
public record Refinancing(double oldSize, double oldRate, double newSize, double newRate, double callPremium,
                          double issuanceCosts) {

    public double annualSaving() {
        return oldSize * oldRate - newSize * newRate;
    }

    public double oneTimeCost() {
        return oldSize * callPremium + issuanceCosts;
    }

    /** Years of savings that repay the one-time cost; infinite when nothing is saved (it never pays back). */
    public double paybackYears() {
        double saving = annualSaving();
        return saving > 0 ? oneTimeCost() / saving : Double.POSITIVE_INFINITY;
    }
}
