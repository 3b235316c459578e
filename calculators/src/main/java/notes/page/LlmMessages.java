package notes.page;

import notes.form.Decimals;
import notes.form.Units;
import notes.llm.LlmProblem;
import notes.llm.LlmProblemCode;

/**
 * The zh-Hant sentence for each {@link LlmProblemCode}, in one switch expression with no default branch, so a new
 * code does not compile until it has its wording here.
 */
final class LlmMessages {
    private LlmMessages() {
    }

    /** The reader's sentence for {@code problem}, with its bound written like a result ("1,000"). */
    static String zhHant(LlmProblem problem) {
        String n = Decimals.fixed(problem.limit(), 0);
        return switch (problem.code()) {
            case NOT_POSITIVE -> "須大於 0。";
            case NEGATIVE -> "不可為負數。";
            case EXCEEDS_LAYERS -> "密集層數不可超過總層數 " + n + "。";
            case EXCEEDS_ROUTED -> "每個 token 啟用的專家數（top-k）不可超過路由專家數 " + n + "。";
            case NO_ACTIVE_EXPERT -> "有路由專家時，每個 token 至少要啟用 1 個專家（top-k 至少為 1）。";
            case NOT_A_DIVISOR -> "KV 頭數必須整除查詢頭數 " + n + "。";
            case RANK_EXCEEDS_SIDE -> "秩 r 不可超過 min(d, k) = " + n + "，否則不再是低秩。";
            case NEEDS_GQA -> "整個模型的 LoRA 參數只適用標準注意力（MHA、GQA、MQA）的模型。";
            case LENGTH_MISMATCH -> "每個專家中心向量要有 " + n + " 個數（和 token 一樣長）。";
            case BIAS_COUNT -> "偏置要有 " + n + " 個數（每個路由專家一個），或只填一個數、套用到全部專家。";
            case EPSILON_OUT_OF_RANGE -> "ε 必須大於 0 且小於 1（常用 0.1 或 0.2）。";
            case EXCEEDS_TOTAL -> "每個 token 啟用的參數不可多於總參數（稠密模型兩者相同）。";
            case GROUP_TOO_SMALL -> "GRPO 的一組至少要有 " + n + " 個輸出，才算得出組內的標準差；請再新增一筆。";
            case LOG_RATIO_OUT_OF_RANGE -> "GRPO 的 KL 估計要算 e 的 −x 次方：每個 token 的 log(π ÷ πref) 須介於 −" + n
                    + " 與 " + n + " 之間（實際訓練中通常接近 0）。";
            case MFU_OUT_OF_RANGE -> "MFU 必須大於 0 %，且不超過 100 %。";
            case TOO_LARGE -> "這個形狀的參數超過 " + Units.scientific(problem.limit()) + " 個，無法精確計算；"
                    + "請把層數、寬度或專家數調小。";
        };
    }
}
