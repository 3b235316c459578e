package notes.allocation;

/**
 * Dividend holdings from the source post, with the yield it quotes after the 30 % US withholding a Taiwan resident
 * bears (early 2025; the post's own figures). The yield before withholding is derived from it, to compare with the
 * issuer's page: Vanguard's VIG page, ProShares' NOBL page and Coca-Cola's dividend history.
 */
public enum DividendPreset {
    /** Vanguard Dividend Appreciation ETF: 1.15 % after withholding. */
    VIG(0.0115),
    /** ProShares S&P 500 Dividend Aristocrats ETF: 1.46 % after withholding. */
    NOBL(0.0146),
    /** The Coca-Cola Company: 1.92 % after withholding. */
    KO(0.0192);

    /** The withholding the post's figures are after: 30 % (IRC §871(a)(1)(A), §1441; no US treaty with Taiwan). */
    public static final double POST_WITHHOLDING = 0.30;

    private final double yieldAfterWithholding;

    DividendPreset(double yieldAfterWithholding) {
        this.yieldAfterWithholding = yieldAfterWithholding;
    }

    /** The post's yield after 30 % withholding, as a decimal. */
    public double yieldAfterWithholding() {
        return yieldAfterWithholding;
    }

    /** The yield before withholding that the post's figure implies: after / (1 - 0.30), as a decimal. */
    public double grossYield() {
        return yieldAfterWithholding / (1 - POST_WITHHOLDING);
    }
}
