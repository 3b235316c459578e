package notes.preferred;

import java.util.List;

/**
 * Who is paid from an exit: debt first, then the preferred series by seniority, then common stock and the series
 * that participate or convert.
 */
public record CapTable(List<PreferredSeries> series, double commonShares, double debt) {

    public CapTable {
        series = List.copyOf(series);
        for (int i = 0; i < series.size(); i++) {
            series.get(i).validate(i);
        }
        if (!(commonShares > 0) || Double.isInfinite(commonShares)) {
            throw new WaterfallException(WaterfallProblem.COMMON_SHARES_NOT_POSITIVE, -1);
        }
        if (!(debt >= 0) || Double.isInfinite(debt)) {
            throw new WaterfallException(WaterfallProblem.NEGATIVE_DEBT, -1);
        }
    }

    /**
     * Shares for a cap table given as ownership percentages of the fully diluted company: each series holds its
     * percentage, common holds the rest, on a base of 100 shares.
     */
    public static double commonSharesForOwnership(double[] seriesPercent) {
        double total = 0;
        for (double p : seriesPercent) {
            total += p;
        }
        if (!(total < 100)) {
            throw new WaterfallException(WaterfallProblem.OWNERSHIP_OVER_100, -1);
        }
        return 100 - total;
    }

    /**
     * An exit value by which every series that may convert would have converted, were it alone with common: debt
     * plus the most it takes without converting (preference, or its cap) scaled up by total shares over its shares.
     */
    public double conversionHorizon() {
        double totalShares = commonShares;
        for (PreferredSeries s : series) {
            totalShares += s.shares();
        }
        double horizon = 0;
        for (PreferredSeries s : series) {
            if (s.participation() != Participation.FULL) {
                double kept = s.participation() == Participation.CAPPED ? s.cap() : s.preference();
                horizon = Math.max(horizon, debt + kept * totalShares / s.shares());
            }
        }
        return horizon;
    }

    /** Debt plus every preference: the exit value below which common stock receives nothing. */
    public double preferenceStack() {
        double stack = debt;
        for (PreferredSeries s : series) {
            stack += s.preference();
        }
        return stack;
    }
}
