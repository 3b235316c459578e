package notes.page;

import notes.form.LegacyFields;
import notes.llm.Attention;
import notes.llm.GroupedQueryAttention;
import notes.llm.LatentAttention;
import notes.llm.LlmProblem;
import notes.llm.ModelShape;
import notes.llm.Presets;

/** Reading model shapes from the LLM pages' fields: a preset by name, or every number typed in ("custom"). */
final class LlmForms {
    private LlmForms() {
    }

    static final String CUSTOM = "custom";

    /** The preset named in field {@code name}, or null for custom; a name not in the list is a problem. */
    static ModelShape preset(LegacyFields in, String name) {
        String value = in.text(name);
        if (value.equals(CUSTOM)) {
            return null;
        }
        ModelShape preset = Presets.byName(value);
        if (preset == null) {
            in.problem(name, "「" + value + "」不是可選的模型。");
        }
        return preset;
    }

    /** A custom shape from fields {@code prefix + "layers"} etc.; problems go to the field they came from. */
    static ModelShape shape(LegacyFields in, String prefix) {
        int layers = in.integer(prefix + "layers", 1, 1000);
        int denseLayers = in.integer(prefix + "denseLayers", 0, 1000);
        int hidden = in.integer(prefix + "hidden", 1, 1_000_000);
        int denseFfn = in.integer(prefix + "denseFfn", 0, 10_000_000);
        int expertFfn = in.integer(prefix + "expertFfn", 0, 10_000_000);
        int routed = in.integer(prefix + "routed", 0, 100_000);
        int shared = in.integer(prefix + "shared", 0, 1000);
        int active = in.integer(prefix + "active", 0, 100_000);
        int vocab = in.integer(prefix + "vocab", 1, 10_000_000);
        Attention attention = attention(in, prefix);
        if (in.hasProblems()) {
            return null;
        }
        if (active > routed) {
            in.problem(prefix + "active", "每個 token 啟用的專家數（top-k）不可超過路由專家數 " + routed + "。");
        }
        if (denseLayers > layers) {
            in.problem(prefix + "denseLayers", "密集層數不可超過總層數 " + layers + "。");
        }
        return in.hasProblems() ? null : build(in, prefix + "layers", () -> new ModelShape("custom", layers,
                denseLayers, hidden, denseFfn, expertFfn, routed, shared, active, vocab, false, attention));
    }

    private static Attention attention(LegacyFields in, String prefix) {
        String kind = in.choice(prefix + "attention", "請選擇注意力機制。", "mla", "gqa");
        int heads = in.integer(prefix + "heads", 1, 10_000);
        if (kind.equals("gqa")) {
            int kvHeads = in.integer(prefix + "kvHeads", 1, 10_000);
            int headDim = in.integer(prefix + "headDim", 1, 100_000);
            if (!in.hasProblems() && heads % kvHeads != 0) {
                in.problem(prefix + "kvHeads", "KV 頭數必須整除查詢頭數 " + heads + "。");
            }
            return in.hasProblems() ? null : new GroupedQueryAttention(heads, kvHeads, headDim);
        }
        int qRank = in.integer(prefix + "qRank", 0, 1_000_000);
        int kvRank = in.integer(prefix + "kvRank", 1, 1_000_000);
        int nope = in.integer(prefix + "nopeDim", 1, 100_000);
        int rope = in.integer(prefix + "ropeDim", 0, 100_000);
        int value = in.integer(prefix + "valueDim", 1, 100_000);
        return in.hasProblems() ? null : new LatentAttention(heads, qRank, kvRank, nope, rope, value);
    }

    /** Runs a domain constructor, turning its rejection into a problem on its field (or {@code fallback}). */
    static <T> T build(LegacyFields in, String fallback, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (LlmProblem e) {
            in.problem(fallback, "不合理的設定：" + e.reason());
            return null;
        }
    }
}
