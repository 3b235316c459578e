package notes.bond;

/**
 * Why a bond calculation cannot be done, tied to the input that has to change. English text is for the command line
 * and logs; the page shows its own wording for each constant.
 */
public enum BondProblem {
    SETTLEMENT_NOT_BEFORE_MATURITY("maturity", "settlement must be before maturity"),
    FREQUENCY_NOT_1_2_4("frequency", "frequency must be 1 (annual), 2 (semiannual) or 4 (quarterly)"),
    BASIS_NOT_0_TO_4("basis", "basis must be 0, 1, 2, 3 or 4"),
    NEGATIVE_COUPON_RATE("rate", "coupon rate must not be negative"),
    ZERO_COUPON_RATE("rate", "spreadsheet ACCRINT needs a coupon rate above 0"),
    REDEMPTION_NOT_POSITIVE("redemption", "redemption must be above 0"),
    PRICE_NOT_POSITIVE("price", "price must be above 0"),
    PRICE_NOT_ABOVE_ACCRUED("price", "price taken as the full amount paid must exceed the accrued interest"),
    NEGATIVE_YIELD_IN_SPREADSHEET("yield", "yield must not be negative (spreadsheet PRICE and DURATION)"),
    YIELD_AT_OR_BELOW_MINUS_FREQUENCY("yield", "yield must be above -100 % x frequency (discount factor undefined)"),
    SETTLEMENT_ON_COUPON_DATE("settlement", "issue (here the previous coupon date) must be before settlement: spreadsheet ACCRINT rejects a settlement on a coupon date"),
    NO_DAYS_TO_REDEMPTION("maturity", "no days remain to redemption under this day count, so the yield is undefined"),
    YEARS_NOT_POSITIVE("years", "years to maturity must be from one month (rounded) to 1000 years"),
    SOLVER_FAILED("price", "the yield solver did not converge");

    private final String field;
    private final String message;

    BondProblem(String field, String message) {
        this.field = field;
        this.message = message;
    }

    /** The input field to correct. */
    public String field() {
        return field;
    }

    public String message() {
        return message;
    }
}
