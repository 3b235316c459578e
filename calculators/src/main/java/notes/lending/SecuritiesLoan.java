package notes.lending;

/**
 * One loan of shares and the fee it earns. The borrower pays an annual rate on the market value for the days on
 * loan, counted as a fraction of a 365-day year; the broker keeps part of that fee and passes the rest to the
 * lender.
 *
 * <p>Sources: the rate is a yearly rate, at most 20 % for TWSE auction and negotiated loans (有價證券借貸辦法 §5);
 * for a broker's own lending the broker and client agree the rate and how the fee is computed and paid, in the
 * contract (證券商辦理有價證券借貸操作辦法). Spreading it over 365 days is this calculator's convention, the one the
 * issue names; a contract may count otherwise. The market value is taken as constant over the loan; a rule that
 * values the shares at each day's close gives a different fee when the price moves.
 *
 * @param marketValue the shares' market value when lent, in currency (NT$), above 0
 * @param annualRate  the fee rate per year as a decimal (0.01 for 1 %), at least 0
 * @param days        calendar days on loan, at least 1
 * @param lenderShare the lender's part of the fee as a decimal, above 0 and at most 1 (0.7 when the broker keeps
 *                    30 %)
 * @throws LendingProblem naming the component that is out of range
 */
public record SecuritiesLoan(double marketValue, double annualRate, int days, double lenderShare) {
    /** Days in the year the annual rate is spread over. */
    public static final int DAYS_PER_YEAR = 365;

    public SecuritiesLoan {
        LendingProblem.positive("marketValue", marketValue);
        LendingProblem.nonNegative("annualRate", annualRate);
        LendingProblem.positive("days", days);
        if (!(lenderShare > 0 && lenderShare <= 1)) {
            throw new LendingProblem("lenderShare", LendingProblemCode.SHARE_OUT_OF_RANGE);
        }
    }

    /** What the borrower pays: market value x annual rate x days / 365, in currency. */
    public double grossFee() {
        return marketValue * annualRate * days / DAYS_PER_YEAR;
    }

    /** The lender's part of {@link #grossFee()} before tax and premium, in currency. */
    public double lenderFee() {
        return grossFee() * lenderShare;
    }
}
