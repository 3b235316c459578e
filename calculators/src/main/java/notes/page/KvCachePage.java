package notes.page;

import notes.form.BarChart;
import notes.form.LegacyCalculator;
import notes.form.Decimals;
import notes.form.LegacyFields;
import notes.form.Result;
import notes.form.Units;
import notes.llm.GroupedQueryAttention;
import notes.llm.KvCache;
import notes.llm.LatentAttention;
import notes.llm.ModelShape;

/**
 * KV cache of MHA, GQA, MQA and MLA side by side for one model's heads and head dimension: elements and bytes per
 * token, per layer and for a context and batch. A preset fills the model's own numbers; the mechanisms it does not
 * use are shown with the same heads and head size for comparison (GQA with 8 groups, MLA with DeepSeek-V2's
 * d_c = 4 d_h and d_h^R = d_h / 2).
 */
public final class KvCachePage implements LegacyCalculator {
    private static final String[] DTYPES = {"BF16", "FP16", "FP8", "INT8", "INT4"};
    private static final String[] KEYS = {"mha", "gqa", "mqa", "mla"};

    @Override
    public Result compute(LegacyFields in) {
        ModelShape preset = LlmForms.preset(in, "kv.model");
        long layers;
        long heads;
        long headDim;
        long groups;
        long kvRank;
        long ropeDim;
        if (preset != null) {
            layers = preset.layers();
            if (preset.attention() instanceof LatentAttention) {
                LatentAttention a = (LatentAttention) preset.attention();
                heads = a.heads();
                headDim = a.nopeDim();
                groups = 8;
                kvRank = a.kvRank();
                ropeDim = a.ropeDim();
            } else {
                GroupedQueryAttention a = (GroupedQueryAttention) preset.attention();
                heads = a.heads();
                headDim = a.headDim();
                groups = a.kvHeads();
                kvRank = 4 * headDim;
                ropeDim = headDim / 2;
            }
        } else {
            layers = in.integer("kv.layers", 1, 1000);
            heads = in.integer("kv.heads", 1, 10_000);
            headDim = in.integer("kv.headDim", 1, 100_000);
            groups = in.integer("kv.groups", 1, 10_000);
            kvRank = in.integer("kv.kvRank", 1, 1_000_000);
            ropeDim = in.integer("kv.ropeDim", 0, 100_000);
            if (!in.hasProblems() && heads % groups != 0) {
                in.problem("kv.groups", "GQA 的組數必須整除注意力頭數 " + heads + "。");
            }
        }
        long context = in.integer("kv.context", 1, 100_000_000);
        long batch = in.integer("kv.batch", 1, 1_000_000);
        KvCache.Dtype dtype = KvCache.Dtype.valueOf(in.choice("kv.dtype", "請選擇資料型別。", DTYPES));
        if (in.hasProblems()) {
            return in.invalid();
        }
        long[] perLayer = {KvCache.mha(heads, headDim), KvCache.gqa(groups, headDim), KvCache.mqa(headDim),
                KvCache.mla(kvRank, ropeDim)};
        String[] names = {"MHA", "GQA（" + groups + " 組）", "MQA", "MLA"};
        Result r = Result.ok();
        StringBuilder rows = new StringBuilder();
        BarChart chart = new BarChart("四種注意力機制在此設定下的 KV 快取大小").format(Units::bytes);
        for (int i = 0; i < 4; i++) {
            double total = KvCache.bytes(perLayer[i], layers, context, batch, dtype);
            double perToken = perLayer[i] * layers * dtype.bytesPerElement();
            rows.append("<tr><th scope=\"row\">").append(names[i]).append("</th><td>")
                    .append(Decimals.fixed(perLayer[i], 0)).append("</td><td>")
                    .append(Decimals.fixed(perLayer[i] * layers, 0)).append("</td><td>")
                    .append(Units.bytes(perToken)).append("</td><td>").append(Units.bytes(total)).append("</td></tr>");
            chart.bar(names[i], total);
            r.number("kv." + KEYS[i], Units.bytes(total), total);
        }
        double groupsEquivalent = KvCache.gqaEquivalentGroups(perLayer[3], headDim);
        return r.html("kv.table", rows.toString())
                .html("kv.chart", chart.svg())
                .number("kv.equivalent", Decimals.fixed(groupsEquivalent, 2) + " 組", groupsEquivalent)
                .number("kv.ratio", Decimals.percent((double) perLayer[3] / perLayer[0], 2),
                        (double) perLayer[3] / perLayer[0])
                .text("kv.used", preset == null ? "自訂" : preset.name() + " 實際使用 " + preset.attention().kind());
    }
}
