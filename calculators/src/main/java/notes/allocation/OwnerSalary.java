package notes.allocation;

/**
 * A portfolio seen as a company that pays its owner: an index part that grows and pays nothing out (its dividends
 * reinvested, counted in its growth), and paying parts whose cash is the owner's yearly "salary":
 * salary = assets x sum over the paying parts of weight x yield x (1 - withholding).
 *
 * @param assets      total assets, in currency, at least 0
 * @param indexWeight the index part's share of assets, as a decimal
 * @param indexGrowth the index part's expected total return per year, as a decimal
 * @param dividend    the dividend holding
 * @param fixedIncome bonds, preferred shares and other fixed income
 * @throws AllocationProblem when the three weights do not add up to 1 (within 10^-9)
 */
public record OwnerSalary(double assets, double indexWeight, double indexGrowth, Sleeve dividend, Sleeve fixedIncome) {
    /** How far the weights may sum from 1: far below what a reader types, far above rounding of 60 + 40 = 100 %. */
    private static final double WEIGHT_TOLERANCE = 1e-9;

    public OwnerSalary {
        double sum = indexWeight + dividend.weight() + fixedIncome.weight();
        if (!(Math.abs(sum - 1) <= WEIGHT_TOLERANCE)) {
            throw new AllocationProblem(AllocationProblemCode.WEIGHTS_NOT_WHOLE, sum);
        }
    }

    /** The yearly salary as a fraction of assets: the paying parts' weight x net yield, summed. */
    public double salaryRate() {
        return dividend.netPayoutRate() + fixedIncome.netPayoutRate();
    }

    /** The yearly salary in currency. */
    public double salary() {
        return assets * salaryRate();
    }

    /** US (or other source) tax withheld per year, in currency. */
    public double withheld() {
        return assets * (dividend.withheldRate() + fixedIncome.withheldRate());
    }

    /** How much the whole company grows per year from the index part alone, as a fraction of assets. */
    public double indexGrowthRate() {
        return indexWeight * indexGrowth;
    }
}
