package notes.page;

import com.google.auto.service.AutoService;

import notes.form.BarChart;
import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.form.Table;
import notes.form.Units;
import notes.llm.GroupedQueryAttention;
import notes.llm.KvCache;
import notes.llm.LatentAttention;
import notes.llm.ModelShape;
import notes.llm.Presets;

/**
 * KV cache of MHA, GQA, MQA and MLA side by side for one model's heads and head dimension: elements and bytes per
 * token, per layer and for a context and batch (DeepSeek-V2, arXiv 2405.04434, Table 1). A preset fills the model's
 * own numbers; the mechanisms it does not use are shown with the same heads and head size for comparison (GQA with
 * 8 groups, MLA with DeepSeek-V2's d_c = 4 d_h and d_h^R = d_h / 2).
 */
@AutoService(Calculator.class)
public final class KvCachePage implements Calculator {
    private static final String P = "kv";
    private static final String[] KEYS = {"mha", "gqa", "mqa", "mla"};
    private static final Declaration DECLARATION = Declaration.of("kv-cache", "試算：KV 快取大小")
            .fields(
                    LlmForms.models(P, "DeepSeek-V2", Presets.DEEPSEEK_V3, Presets.DEEPSEEK_V2, Presets.LLAMA_3_8B,
                            Presets.LLAMA_3_70B),
                    // Custom defaults: DeepSeek-V2's layers, heads and MLA sizes, with Llama-3's 8 GQA groups.
                    LlmForms.custom(P, "layers", "層數", 1, LlmForms.MAX_LAYERS, 60).hint("例如 80"),
                    LlmForms.custom(P, "heads", "注意力頭數", 1, LlmForms.MAX_HEADS, 128).hint("例如 64"),
                    LlmForms.custom(P, "headDim", "每頭維度", 1, LlmForms.MAX_HEAD_DIM, 128).hint("例如 128"),
                    LlmForms.custom(P, "groups", "GQA 組數（KV 頭數）", 1, LlmForms.MAX_HEADS, 8).hint("例如 8"),
                    LlmForms.custom(P, "kvRank", "MLA 的 KV 壓縮維度", 1, LlmForms.MAX_RANK, 512).hint("例如 512"),
                    LlmForms.custom(P, "ropeDim", "MLA 的 RoPE 維度（每頭）", 0, LlmForms.MAX_HEAD_DIM, 64).hint("例如 64"),
                    Field.integer("kv.context", "上下文長度（token）").range(1, 100_000_000).initial("8192").hint("例如 32,768"),
                    Field.integer("kv.batch", "批次（同時幾個序列）").range(1, 1_000_000).initial("1").hint("例如 16"),
                    Field.select("kv.dtype", "快取的資料型別").option("BF16", "BF16（2 bytes）")
                            .option("FP16", "FP16（2 bytes）").option("FP8", "FP8（1 byte）")
                            .option("INT8", "INT8（1 byte）").option("INT4", "4-bit（0.5 byte）").initial("BF16"))
            .outputs(
                    Output.sentence("kv.used", "此模型實際使用的機制"),
                    Output.table("kv.table", "每個 token 的快取元素數與位元組", "機制", "每層元素", "全部層元素", "每 token",
                            "上下文 × 批次"),
                    Output.value("kv.mha", "MHA 快取總量", "B"),
                    Output.value("kv.gqa", "GQA 快取總量", "B"),
                    Output.value("kv.mqa", "MQA 快取總量", "B"),
                    Output.value("kv.mla", "MLA 快取總量", "B"),
                    Output.chart("kv.chart", "四種機制的快取總量"),
                    Output.value("kv.equivalent", "MLA 相當於幾組 GQA"),
                    Output.value("kv.ratio", "MLA 是 MHA 的多少", "%"));

    /** The attention sizes the four mechanisms are compared at. */
    private record Sizes(long layers, long heads, long headDim, long groups, long kvRank, long ropeDim) {
    }

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        ModelShape preset = LlmForms.preset(in, P);
        Sizes s = preset != null ? sizesOf(preset) : typed(in);
        if (s.heads() % s.groups() != 0) {
            in.reject("GQA 的組數必須整除注意力頭數 " + s.heads() + "。", "kv.groups");
            return in.invalid();
        }
        long context = in.integer("kv.context");
        long batch = in.integer("kv.batch");
        KvCache.Dtype dtype = KvCache.Dtype.valueOf(in.text("kv.dtype"));
        long[] perLayer = {KvCache.mha(s.heads(), s.headDim()), KvCache.gqa(s.groups(), s.headDim()),
            KvCache.mqa(s.headDim()), KvCache.mla(s.kvRank(), s.ropeDim())};
        String[] names = {"MHA", "GQA（" + s.groups() + " 組）", "MQA", "MLA"};
        Result r = Result.ok();
        Table rows = new Table();
        BarChart chart = new BarChart("四種注意力機制在此設定下的 KV 快取大小").format(Units::bytes);
        for (int i = 0; i < 4; i++) {
            double total = KvCache.bytes(perLayer[i], s.layers(), context, batch, dtype);
            double perToken = (double) perLayer[i] * s.layers() * dtype.bytesPerElement();
            rows.row(names[i]).number(Decimals.fixed(perLayer[i], 0), perLayer[i])
                    .number(Decimals.fixed((double) perLayer[i] * s.layers(), 0), (double) perLayer[i] * s.layers())
                    .number(Units.bytes(perToken), perToken).number(Units.bytes(total), total);
            chart.bar(names[i], total);
            r.number("kv." + KEYS[i], Units.bytes(total), total);
        }
        double groupsEquivalent = KvCache.gqaEquivalentGroups(perLayer[3], s.headDim());
        double ratio = (double) perLayer[3] / perLayer[0];
        return r.table("kv.table", rows)
                .html("kv.chart", chart.svg())
                .number("kv.equivalent", Decimals.fixed(groupsEquivalent, 2) + " 組", groupsEquivalent)
                .number("kv.ratio", Decimals.percent(ratio, 2), ratio)
                .text("kv.used", preset == null ? "自訂" : preset.name() + " 實際使用 " + preset.attention().kind());
    }

    /** A preset's own sizes; for the mechanisms it does not use, the comparison sizes in the class comment. */
    private static Sizes sizesOf(ModelShape preset) {
        if (preset.attention() instanceof LatentAttention a) {
            return new Sizes(preset.layers(), a.heads(), a.nopeDim(), 8, a.kvRank(), a.ropeDim());
        }
        GroupedQueryAttention a = (GroupedQueryAttention) preset.attention();
        return new Sizes(preset.layers(), a.heads(), a.headDim(), a.kvHeads(), 4 * a.headDim(), a.headDim() / 2);
    }

    private static Sizes typed(Fields in) {
        return new Sizes(in.integer("kv.layers"), in.integer("kv.heads"), in.integer("kv.headDim"),
                in.integer("kv.groups"), in.integer("kv.kvRank"), in.integer("kv.ropeDim"));
    }
}
