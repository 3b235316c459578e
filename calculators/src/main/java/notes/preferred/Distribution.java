package notes.preferred;

import java.util.List;

/**
 * How one exit value was divided. Amounts always add up to the exit value.
 *
 * @param debt   paid to creditors, ahead of everyone
 * @param series per series, in the cap table's order
 * @param common paid to common stock
 */
public record Distribution(double exit, double debt, List<SeriesPayout> series, double common) {

    /**
     * @param preference    paid as liquidation preference (including dividend arrears)
     * @param participation paid from the residual (as participation, or as common after converting)
     * @param converted     whether the series gave up its preference to be paid as common
     */
    public record SeriesPayout(PreferredSeries series, double preference, double participation, boolean converted) {
        public double total() {
            return preference + participation;
        }

        /** Total received divided by the amount invested; NaN is never returned (0 invested gives 0). */
        public double multipleOnInvestment() {
            return series.invested() > 0 ? total() / series.invested() : 0;
        }
    }

    public double total() {
        double sum = debt + common;
        for (SeriesPayout p : series) {
            sum += p.total();
        }
        return sum;
    }
}
