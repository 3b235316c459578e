package notes.preferred;

/**
 * One round of preferred stock.
 *
 * @param invested           amount paid in for the series
 * @param shares             as-converted common shares (what it holds if it converts)
 * @param preferenceMultiple liquidation preference as a multiple of {@code invested} (1.5 for "1.5X")
 * @param rank               seniority: 1 is paid first; series of equal rank share pro rata to their preferences
 * @param capMultiple        for {@link Participation#CAPPED}: the most the series takes in all (preference plus
 *                           participation), as a multiple of {@code invested}; ignored otherwise
 * @param cumulative         whether unpaid dividends accumulate as arrears owed before common
 * @param dividendRate       annual dividend as a fraction of {@code invested}
 * @param yearsUnpaid        years of dividends not paid (arrears count only when cumulative)
 */
public record PreferredSeries(String name, double invested, double shares, double preferenceMultiple, int rank,
                              Participation participation, double capMultiple, boolean cumulative,
                              double dividendRate, double yearsUnpaid) {

    /** Checks the series; {@code index} names it in the problem. */
    void validate(int index) {
        require(invested >= 0 && Double.isFinite(invested), WaterfallProblem.NEGATIVE_INVESTMENT, index);
        require(shares > 0 && Double.isFinite(shares), WaterfallProblem.SHARES_NOT_POSITIVE, index);
        require(preferenceMultiple >= 0 && Double.isFinite(preferenceMultiple), WaterfallProblem.NEGATIVE_MULTIPLE,
                index);
        require(rank >= 1, WaterfallProblem.RANK_MISSING, index);
        require(participation != Participation.CAPPED || capMultiple >= preferenceMultiple,
                WaterfallProblem.CAP_BELOW_PREFERENCE, index);
        require(dividendRate >= 0 && Double.isFinite(dividendRate), WaterfallProblem.NEGATIVE_DIVIDEND, index);
        require(yearsUnpaid >= 0 && Double.isFinite(yearsUnpaid), WaterfallProblem.NEGATIVE_YEARS_UNPAID, index);
    }

    /** Dividends owed before common gets anything: only cumulative series carry arrears. */
    public double dividendArrears() {
        return cumulative ? invested * dividendRate * yearsUnpaid : 0;
    }

    /** What the series is owed ahead of common: the multiple of its investment plus cumulative arrears. */
    public double preference() {
        return invested * preferenceMultiple + dividendArrears();
    }

    /** The most a capped series takes without converting. */
    public double cap() {
        return participation == Participation.CAPPED ? invested * capMultiple : Double.POSITIVE_INFINITY;
    }

    /** Whether converting to common can ever pay more than keeping the preference. */
    boolean mayConvert() {
        return participation != Participation.FULL;
    }

    private static void require(boolean ok, WaterfallProblem problem, int index) {
        if (!ok) {
            throw new WaterfallException(problem, index);
        }
    }
}
