package notes.page;

import notes.preferred.WaterfallProblem;

/** The page's wording (zh-Hant) for each waterfall problem. */
final class PreferredMessages {
    private PreferredMessages() {
    }

    /** One sentence per problem; with no default branch, a new problem does not compile until it is worded here. */
    static String of(WaterfallProblem problem) {
        return switch (problem) {
            case NEGATIVE_INVESTMENT -> "投資金額不可為負。";
            case SHARES_NOT_POSITIVE -> "股數須大於 0。";
            case NEGATIVE_MULTIPLE -> "清算優先倍數不可為負。";
            case RANK_MISSING -> "請填寫清償順位（1 為最優先）。";
            case CAP_BELOW_PREFERENCE -> "參與上限倍數不可低於清算優先倍數。";
            case NEGATIVE_DIVIDEND -> "股息率不可為負。";
            case NEGATIVE_YEARS_UNPAID -> "積欠年數不可為負。";
            case COMMON_SHARES_NOT_POSITIVE -> "普通股股數須大於 0。";
            case NEGATIVE_DEBT -> "負債不可為負。";
            case NEGATIVE_EXIT -> "出場價值不可為負。";
            case OWNERSHIP_OVER_100 -> "各輪持股比例合計達到或超過 100 %，普通股沒有剩下。";
            case NO_STABLE_DECISION -> "找不到一組各輪都不想改變的轉換決定。";
        };
    }
}
