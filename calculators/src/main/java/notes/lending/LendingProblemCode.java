package notes.lending;

/**
 * Why a securities-lending input cannot be used, as a code: the domain never words a problem (the page words each
 * code in zh-Hant, see {@code notes.page.LendingMessages}).
 */
public enum LendingProblemCode {
    /** The value must be above 0 (a market value, a number of days or payments). */
    NOT_POSITIVE,
    /** The value must not be negative (a fee rate, a dividend). */
    NEGATIVE,
    /** The lender's share of the fee must be above 0 and at most 1 (100 %). */
    SHARE_OUT_OF_RANGE,
    /** More fee payments than days on loan: at most one payment a day. */
    PAYMENTS_EXCEED_DAYS
}
