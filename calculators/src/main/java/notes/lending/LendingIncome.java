package notes.lending;

/**
 * What the lender of {@link SecuritiesLoan} receives when the fee is paid in {@code payments} equal payments (once
 * at return, or monthly: TWSE settles open loans monthly from 2026-06-01), each rounded to whole NT$ and taxed on its
 * own (see {@link TaiwanLendingTax}).
 *
 * @param grossFee   what the borrower pays, in NT$
 * @param lenderFee  the lender's part, the sum of the rounded payments, in NT$
 * @param payment    one payment, in whole NT$
 * @param withheld   income tax withheld from all payments, in NT$ (a prepayment of the annual tax)
 * @param nhiPremium NHI supplementary premium on all payments, in NT$ (0 when the lender is not insured)
 * @param net        what reaches the lender's account: lenderFee - withheld - nhiPremium, in NT$
 * @param netYield   net as a yearly rate on the market value, as a decimal: net / value x 365 / days
 */
public record LendingIncome(double grossFee, double lenderFee, long payment, double withheld, long nhiPremium,
                            double net, double netYield) {

    /**
     * @param payments   how many equal payments the fee comes in, from 1 to the days on loan
     * @param nhiInsured whether the lender bears the NHI supplementary premium (an insured person; some are exempt)
     * @throws LendingProblem when payments is below 1 or above the days on loan
     */
    public static LendingIncome of(SecuritiesLoan loan, int payments, boolean nhiInsured) {
        LendingProblem.positive("payments", payments);
        if (payments > loan.days()) {
            throw new LendingProblem("payments", LendingProblemCode.PAYMENTS_EXCEED_DAYS);
        }
        long payment = Math.round(loan.lenderFee() / payments);
        double lenderFee = (double) payment * payments;
        double withheld = TaiwanLendingTax.withholding(payment) * payments;
        long premium = nhiInsured ? TaiwanLendingTax.nhiPremium(payment) * payments : 0;
        double net = lenderFee - withheld - premium;
        double netYield = net / loan.marketValue() * SecuritiesLoan.DAYS_PER_YEAR / loan.days();
        return new LendingIncome(loan.grossFee(), lenderFee, payment, withheld, premium, net, netYield);
    }
}
