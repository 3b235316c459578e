package notes.preferred;

/** Why a cap table or an exit cannot be run through the waterfall; the field names the input to change. */
public enum WaterfallProblem {
    NEGATIVE_INVESTMENT("invested", "amount invested must not be negative"),
    SHARES_NOT_POSITIVE("shares", "shares must be above 0"),
    NEGATIVE_MULTIPLE("multiple", "preference multiple must not be negative"),
    RANK_MISSING("rank", "seniority rank must be a whole number from 1 (most senior)"),
    CAP_BELOW_PREFERENCE("cap", "participation cap must be at least the preference multiple"),
    NEGATIVE_DIVIDEND("dividendRate", "dividend rate must not be negative"),
    NEGATIVE_YEARS_UNPAID("yearsUnpaid", "years of unpaid dividends must not be negative"),
    COMMON_SHARES_NOT_POSITIVE("commonShares", "common shares must be above 0"),
    NEGATIVE_DEBT("debt", "debt must not be negative"),
    NEGATIVE_EXIT("exit", "exit value must not be negative"),
    OWNERSHIP_OVER_100("ownership", "preferred ownership adds up to 100 % or more, leaving no common stock"),
    NO_STABLE_DECISION("exit", "no consistent set of conversion decisions was found");

    private final String field;
    private final String message;

    WaterfallProblem(String field, String message) {
        this.field = field;
        this.message = message;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }
}
