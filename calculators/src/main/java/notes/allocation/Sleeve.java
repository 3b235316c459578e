package notes.allocation;

/**
 * One part of a portfolio that pays its owner: its share of the assets and the yearly yield it pays out, of which
 * the source country withholds a part.
 *
 * @param weight      share of total assets, as a decimal from 0 to 1
 * @param yield       cash paid out per year over the value held, before withholding, as a decimal
 * @param withholding share of the payout withheld at source, as a decimal from 0 to 1 (0.30 on US dividends to a
 *                    Taiwan resident)
 */
public record Sleeve(double weight, double yield, double withholding) {
    /** What reaches the owner per unit held per year: yield x (1 - withholding). */
    public double netYield() {
        return yield * (1 - withholding);
    }

    /** This sleeve's net payout as a fraction of total assets: weight x net yield. */
    public double netPayoutRate() {
        return weight * netYield();
    }

    /** Tax withheld as a fraction of total assets: weight x yield x withholding. */
    public double withheldRate() {
        return weight * yield * withholding;
    }
}
