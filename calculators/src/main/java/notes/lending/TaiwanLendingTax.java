package notes.lending;

/**
 * What is deducted from a lending-fee payment to an individual resident of Taiwan. The fee is rental income
 * (所得稅法 §14 I 第五類 租賃所得, as the 北區國稅局 release on 借券費用 and the court judgment it reports hold), so
 * the payer withholds income tax on it, and this calculator assumes the NHI supplementary premium on rent
 * (全民健康保險法 §31 I ⑥ 租金收入) applies too: rental income is that category's tax counterpart, but no NHIA text
 * on lending fees was found, so the page lets the reader turn the premium off.
 *
 * <p>Amounts are whole NT$ per payment: each rule applies to one payment, not to the year.
 */
public final class TaiwanLendingTax {
    /** Withholding on rent paid to a resident: 10 % of the payment (各類所得扣繳率標準 §2 I). */
    public static final double WITHHOLDING_RATE = 0.10;
    /** No withholding when the tax on one payment is at most NT$2,000 (各類所得扣繳率標準 §13). */
    public static final long WITHHOLDING_EXEMPT_TAX = 2_000;
    /** NHI supplementary premium rate since 2021-01-01 (衛生福利部 announcement; 全民健康保險法 §33), in basis points. */
    public static final long NHI_RATE_BASIS_POINTS = 211;
    /** A premium is due on one payment of at least NT$20,000 (全民健康保險扣取及繳納補充保險費辦法 §4 I). */
    public static final long NHI_THRESHOLD = 20_000;
    /** The part of one payment above NT$10,000,000 bears no premium (全民健康保險法 §31 I, proviso). */
    public static final long NHI_CAP = 10_000_000;

    private TaiwanLendingTax() {
    }

    /**
     * Income tax withheld from one payment: 10 % when that exceeds NT$2,000 (so on payments above NT$20,000), else
     * nothing. The tax is not rounded: the statute does not say how, and below NT$20,010 the rounding decides.
     * Withholding is a prepayment: the fee is taxed in the annual return and the amount withheld is credited there.
     *
     * @param payment one payment in whole NT$, at least 0
     */
    public static double withholding(long payment) {
        LendingProblem.nonNegative("payment", payment);
        // Compared in whole NT$: 10 % of the payment exceeds 2,000 exactly when the payment exceeds 20,000.
        return payment * 10 > WITHHOLDING_EXEMPT_TAX * 100 ? payment * WITHHOLDING_RATE : 0;
    }

    /**
     * The NHI supplementary premium on one payment of rent, interest or dividends: 2.11 % of the payment up to
     * NT$10,000,000, when the payment is at least NT$20,000; rounded to whole NT$, half up (NHIA: 保險費以元為單位，
     * 角以下四捨五入).
     *
     * @param payment one payment in whole NT$, at least 0
     */
    public static long nhiPremium(long payment) {
        LendingProblem.nonNegative("payment", payment);
        if (payment < NHI_THRESHOLD) {
            return 0;
        }
        long base = Math.min(payment, NHI_CAP);
        // In whole basis points, so 35,000 gives exactly 738.5 and rounds up to 739 (no binary fraction of 0.0211).
        return (base * NHI_RATE_BASIS_POINTS + 5_000) / 10_000;
    }
}
