package notes.preferred;

/**
 * Dividends on preferred stock: a fixed annual amount on the face value; while any is unpaid, common stock gets
 * nothing. Cumulative shares carry the unpaid years forward as arrears; non-cumulative shares lose them.
 */
public final class PreferredDividends {
    private PreferredDividends() {
    }

    public static double annualDividend(double face, double rate) {
        return face * rate;
    }

    /**
     * What must be paid to preferred holders before common may receive a dividend this year: this year's dividend,
     * plus the arrears of {@code yearsUnpaid} earlier years when the shares are cumulative.
     */
    public static double dueBeforeCommon(double face, double rate, double yearsUnpaid, boolean cumulative) {
        double annual = annualDividend(face, rate);
        return annual + (cumulative ? annual * yearsUnpaid : 0);
    }
}
