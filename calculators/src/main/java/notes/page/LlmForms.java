package notes.page;

import java.util.Map;
import java.util.function.Supplier;

import notes.form.Decimals;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Run;
import notes.llm.Attention;
import notes.llm.GroupedQueryAttention;
import notes.llm.LatentAttention;
import notes.llm.LlmProblem;
import notes.llm.ModelShape;
import notes.llm.Presets;

/**
 * The LLM pages' shared form parts: a model list of presets plus "custom", the fields of a custom shape (declared
 * once, shown only for "custom", attention-specific fields only for their attention kind), reading them back into a
 * {@link ModelShape}, and putting a domain {@link LlmProblem} on the field that caused it.
 */
final class LlmForms {
    static final String CUSTOM = "custom";

    /** Largest accepted sizes; beyond them no published model goes and the long counts could overflow. */
    static final int MAX_LAYERS = 1000;
    static final int MAX_HEADS = 10_000;
    static final int MAX_HEAD_DIM = 100_000;
    static final int MAX_RANK = 1_000_000;

    /**
     * Form fields whose short name differs from the domain's name of the same input (kept short because they are
     * in readers' URLs); every other input has the domain's name.
     */
    private static final Map<String, String> FORM_NAMES = Map.of(
            "routedExperts", "routed", "sharedExperts", "shared", "activeExperts", "active",
            "capacityFactor", "factor", "parameters", "activated", "totalParameters", "total", "peakFlops", "peak");

    private LlmForms() {
    }

    /** {@code prefix.name}: the full name of a field of this calculator. */
    static String name(String prefix, String shortName) {
        return prefix + "." + shortName;
    }

    /** A model list: the presets named (in order), then "自訂", with {@code initial} chosen on a fresh page. */
    static Field models(String prefix, String initial, ModelShape... presets) {
        Field f = Field.select(name(prefix, "model"), "模型");
        for (ModelShape m : presets) {
            f.option(m.name(), m.name());
        }
        return f.option(CUSTOM, "自訂").initial(initial);
    }

    /** A whole number typed only for a custom model (shown while {@code prefix.model} is "custom"). */
    static Field custom(String prefix, String shortName, String label, int min, int max, long initial) {
        return Field.integer(name(prefix, shortName), label).range(min, max).initial(Decimals.plain(initial))
                .when(name(prefix, "model"), CUSTOM);
    }

    /**
     * The fields of a custom model shape under {@code prefix}, shown while {@code prefix.model} is "custom"; the
     * GQA fields only while {@code prefix.attention} is "gqa" and the MLA fields only while it is "mla" (a nested
     * condition: hidden too when the model is a preset). Initial values are {@code moe}'s (an MLA model) and, for
     * the GQA fields, {@code gqa}'s; the example hints are DeepSeek-V3's published sizes (Llama 3's for GQA).
     */
    static Field[] customShape(String prefix, ModelShape moe, GroupedQueryAttention gqa) {
        LatentAttention mla = (LatentAttention) moe.attention();
        String attention = name(prefix, "attention");
        return new Field[] {
            Field.select(attention, "注意力機制").option("mla", "MLA").option("gqa", "MHA / GQA / MQA")
                    .when(name(prefix, "model"), CUSTOM),
            custom(prefix, "layers", "層數", 1, MAX_LAYERS, moe.layers()).hint("例如 61"),
            custom(prefix, "denseLayers", "前面的密集層數", 0, MAX_LAYERS, moe.denseLayers()).hint("例如 3"),
            custom(prefix, "hidden", "隱藏維度", 1, 1_000_000, moe.hidden()).hint("例如 7168"),
            custom(prefix, "denseFfn", "密集 FFN 寬度", 0, 10_000_000, moe.denseFfn()).hint("例如 18,432"),
            custom(prefix, "expertFfn", "每個專家的 FFN 寬度", 0, 10_000_000, moe.expertFfn()).hint("例如 2048"),
            custom(prefix, "routed", "路由專家數", 0, 100_000, moe.routedExperts()).hint("例如 256"),
            custom(prefix, "shared", "共享專家數", 0, 1000, moe.sharedExperts()).hint("例如 1"),
            custom(prefix, "active", "每個 token 啟用的路由專家（top-k）", 0, 100_000, moe.activeExperts()).hint("例如 8"),
            custom(prefix, "vocab", "詞彙量", 1, 10_000_000, moe.vocab()).hint("例如 129,280"),
            custom(prefix, "heads", "注意力頭數", 1, MAX_HEADS, mla.heads()).hint("例如 128"),
            custom(prefix, "kvHeads", "KV 頭數（GQA）", 1, MAX_HEADS, gqa.kvHeads()).hint("例如 8").when(attention, "gqa"),
            custom(prefix, "headDim", "頭維度（GQA）", 1, MAX_HEAD_DIM, gqa.headDim()).hint("例如 128").when(attention, "gqa"),
            custom(prefix, "qRank", "查詢壓縮維度（MLA，0 為不壓縮）", 0, MAX_RANK, mla.qRank())
                    .hint("例如 1536").when(attention, "mla"),
            custom(prefix, "kvRank", "KV 壓縮維度（MLA）", 1, MAX_RANK, mla.kvRank())
                    .hint("例如 512").when(attention, "mla"),
            custom(prefix, "nopeDim", "每頭非 RoPE 維度（MLA）", 1, MAX_HEAD_DIM, mla.nopeDim())
                    .hint("例如 128").when(attention, "mla"),
            custom(prefix, "ropeDim", "RoPE 維度（MLA，每頭）", 0, MAX_HEAD_DIM, mla.ropeDim())
                    .hint("例如 64").when(attention, "mla"),
            custom(prefix, "valueDim", "每頭 value 維度（MLA）", 1, MAX_HEAD_DIM, mla.valueDim())
                    .hint("例如 128").when(attention, "mla"),
        };
    }

    /** The preset chosen in {@code prefix.model}, or null for "custom" (the declaration admits nothing else). */
    static ModelShape preset(Fields in, String prefix) {
        String value = in.text(name(prefix, "model"));
        return value.equals(CUSTOM) ? null : Presets.byName(value);
    }

    /**
     * The custom shape typed into the {@link #customShape} fields; null, with the problem on its field, when the
     * domain rejects it (fields must already be free of problems).
     */
    static ModelShape shape(Fields in, String prefix) {
        return build(in, prefix, () -> new ModelShape(CUSTOM, read(in, prefix, "layers"),
                read(in, prefix, "denseLayers"), read(in, prefix, "hidden"), read(in, prefix, "denseFfn"),
                read(in, prefix, "expertFfn"), read(in, prefix, "routed"), read(in, prefix, "shared"),
                read(in, prefix, "active"), read(in, prefix, "vocab"), false, attention(in, prefix)));
    }

    private static long read(Fields in, String prefix, String shortName) {
        return in.integer(name(prefix, shortName));
    }

    /** Only the chosen kind's fields are shown, so only they are read. */
    private static Attention attention(Fields in, String prefix) {
        long heads = read(in, prefix, "heads");
        if (in.text(name(prefix, "attention")).equals("gqa")) {
            return new GroupedQueryAttention(heads, read(in, prefix, "kvHeads"), read(in, prefix, "headDim"));
        }
        return new LatentAttention(heads, read(in, prefix, "qRank"), read(in, prefix, "kvRank"),
                read(in, prefix, "nopeDim"), read(in, prefix, "ropeDim"), read(in, prefix, "valueDim"));
    }

    /** Runs a domain computation; a rejection becomes a zh-Hant problem on its field and the result is null. */
    static <T> T build(Fields in, String prefix, Supplier<T> make) {
        try {
            return make.get();
        } catch (LlmProblem e) {
            in.reject(LlmMessages.zhHant(e), field(in, prefix, e));
            return null;
        }
    }

    /** Runs a domain check; false, with a zh-Hant problem on the field it names, when the check rejects. */
    static boolean check(Fields in, String prefix, Runnable check) {
        return build(in, prefix, () -> {
            check.run();
            return Boolean.TRUE;
        }) != null;
    }

    /**
     * The form field holding the input a domain problem names: {@code prefix.} plus the domain's name (or its short
     * form name); the slot under the form when no shown field holds it, so a message is never lost.
     */
    static String field(Fields in, String prefix, LlmProblem problem) {
        String name = name(prefix, FORM_NAMES.getOrDefault(problem.field(), problem.field()));
        return in.isShown(name) ? name : Run.FORM;
    }
}
