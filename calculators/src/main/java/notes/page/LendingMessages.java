package notes.page;

import notes.lending.LendingProblem;

/**
 * The zh-Hant sentence for each {@link notes.lending.LendingProblemCode}, in one switch expression with no default
 * branch, so a new code does not compile until it has its wording here.
 */
final class LendingMessages {
    private LendingMessages() {
    }

    static String zhHant(LendingProblem problem) {
        return switch (problem.code()) {
            case NOT_POSITIVE -> "須大於 0。";
            case NEGATIVE -> "不可為負數。";
            case SHARE_OUT_OF_RANGE -> "出借人分得的比例須大於 0 %，且不超過 100 %。";
            case PAYMENTS_EXCEED_DAYS -> "收款次數不可超過出借天數（一天最多收一次）。";
        };
    }
}
