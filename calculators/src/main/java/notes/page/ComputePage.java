package notes.page;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Durations;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.form.Units;
import notes.llm.AcceleratorPeak;
import notes.llm.TrainingCompute;

/**
 * Training compute: 6ND (Kaplan et al., arXiv 2001.08361) plus PaLM's attention term (arXiv 2204.02311, appendix B),
 * Chinchilla's 20N (arXiv 2203.15556), days on a cluster at an MFU, the MFU implied by reported GPU-hours with the
 * input that an MFU above 100 % points at, and memory rules of thumb (ZeRO, arXiv 1910.02054; Korthikanti et al.,
 * arXiv 2205.05198). Parameters and tokens are typed in billions (十億個, not "B", which reads as bytes), the
 * peak is chosen from datasheet figures ({@link AcceleratorPeak}) or typed in TFLOP/s. FLOPs take the activated
 * parameters, memory the total.
 *
 * <p>Defaults are figures published together: DeepSeek-V3's pre-training (arXiv 2412.19437: 37B activated of 671B,
 * 14.8T tokens, 2,048 H800s, 2,664K GPU-hours in Table 1, 4K sequences in section 4.2, FP8 matrix multiplications in
 * section 3.3) and its shape from inference/configs/config_671B.json (61 layers, 128 heads, query-key head size
 * 128 + 64, value head size 128, hidden 7168).
 */
@AutoService(Calculator.class)
public final class ComputePage implements Calculator {
    private static final String P = "compute";
    private static final String CUSTOM = "custom";
    /**
     * The units the counts are typed in. Model cards write 37B for 37 billion, but on a page that also prints
     * bytes a bare "B" reads as bytes, so range messages name the unit in words ("不超過 10,000,000 十億個參數").
     */
    private static final String BILLION_PARAMETERS = "十億個參數";
    private static final String BILLION_TOKENS = "十億個 token";
    private static final Declaration DECLARATION = Declaration.of("training-compute", "試算：訓練計算量、時間與 MFU")
            .fields(
                    Field.number("compute.activated", "每個 token 啟用的參數 N（單位：十億個）").unit(BILLION_PARAMETERS)
                            .above(0, 10_000_000).initial("37").hint("例如 405，即 4,050 億個（稠密模型填總參數）"),
                    Field.number("compute.total", "總參數（單位：十億個，算記憶體用）").unit(BILLION_PARAMETERS)
                            .above(0, 10_000_000).initial("671").hint("例如 671，即 6,710 億個"),
                    Field.number("compute.tokens", "訓練 token 數 D（單位：十億個）").unit(BILLION_TOKENS)
                            .above(0, 1_000_000_000).initial("14800").hint("例如 15,600，即 15.6 兆個 token"),
                    Field.number("compute.gpuHours", "這些 token 實際花的 GPU 小時（反推 MFU）").above(0, 1e12)
                            .initial("2664000").hint("例如 2,664,000"),
                    Field.select("compute.gpu", "GPU 與訓練精度的峰值")
                            .option(AcceleratorPeak.HOPPER_SXM_FP8.name(), "H100／H800 SXM，FP8 稠密 1,979 TFLOP/s")
                            .option(AcceleratorPeak.HOPPER_SXM_BF16.name(), "H100／H800 SXM，BF16 稠密 989 TFLOP/s")
                            .option(AcceleratorPeak.A100_BF16.name(), "A100，BF16 稠密 312 TFLOP/s")
                            .option(AcceleratorPeak.H100_PCIE_FP8_SPARSE.name(),
                                    "H100 PCIe，FP8 含稀疏 3,026 TFLOP/s（規格表的稀疏數字，不可用來算 MFU）")
                            .option(CUSTOM, "自訂"),
                    Field.number("compute.peak", "每張 GPU 的稠密峰值（TFLOP/s）").unit("TFLOP/s").above(0, 1_000_000)
                            .initial("989").hint("例如 989").when("compute.gpu", CUSTOM),
                    Field.integer("compute.gpus", "GPU 數").range(1, 10_000_000).initial("2048").hint("例如 16,384"),
                    Field.number("compute.mfu", "估算時間用的 MFU（%）").unit("%").above(0, 100).initial("40")
                            .hint("例如 38"),
                    Field.integer("compute.layers", "層數 L").range(1, 10_000).initial("61").hint("例如 126"),
                    Field.integer("compute.heads", "注意力頭數 H").range(1, 100_000).initial("128").hint("例如 128"),
                    Field.integer("compute.qkHeadDim", "每頭 query／key 維度").range(1, 100_000).initial("192")
                            .hint("例如 128（MLA 是 128 + 64）"),
                    Field.integer("compute.valueHeadDim", "每頭 value 維度").range(1, 100_000).initial("128")
                            .hint("例如 128"),
                    Field.integer("compute.sequence", "序列長度 T").range(1, 10_000_000).initial("4096").hint("例如 8192"),
                    Field.select("compute.mask", "注意力的 FLOPs 怎麼算")
                            .option("full", "整個 T × T（PaLM 附錄 B 的算法）")
                            .option("causal", "因果遮罩：每個 token 平均只看一半"),
                    Field.integer("compute.microBatch", "微批次 b").range(1, 1_000_000).initial("1").hint("例如 2"),
                    Field.integer("compute.hidden", "隱藏維度 h").range(1, 1_000_000).initial("7168").hint("例如 16,384"))
            .outputs(
                    Output.value("compute.flops6nd", "只算 6ND 的訓練計算量", "FLOPs"),
                    Output.value("compute.attention", "注意力每個 token 另外的 FLOPs", "FLOPs"),
                    Output.value("compute.flops", "含注意力的訓練計算量", "FLOPs"),
                    Output.value("compute.impliedMfu6nd", "由 GPU 小時反推的 MFU（只算 6ND）", "%"),
                    Output.value("compute.impliedMfu", "由 GPU 小時反推的 MFU（含注意力）", "%"),
                    Output.sentence("compute.verdict", "反推的 MFU 說明了什麼"),
                    Output.value("compute.days", "以上面的 MFU 估算的訓練時間", "天"),
                    Output.value("compute.gpuHoursNeeded", "以上面的 MFU 估算的 GPU 小時", "GPU 小時"),
                    Output.value("compute.chinchilla", "Chinchilla 建議的 token 數（20N，稠密模型的經驗法則）", "tokens"),
                    Output.value("compute.weights", "16 位元權重（總參數）", "B"),
                    Output.value("compute.state", "權重＋梯度＋Adam 狀態（總參數 × 16 bytes）", "B"),
                    Output.value("compute.activations", "活化值（不重算，全部層）", "B"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        double activated = in.number("compute.activated") * 1e9;
        double total = in.number("compute.total") * 1e9;
        if (!LlmForms.check(in, P, () -> TrainingCompute.requireActivatedWithinTotal(activated, total))) {
            return in.invalid();
        }
        double tokens = in.number("compute.tokens") * 1e9;
        AcceleratorPeak chosen = chosenPeak(in);
        double peak = chosen != null ? chosen.flops() : in.number("compute.peak") * 1e12;
        double attention = TrainingCompute.attentionFlopsPerToken(in.integer("compute.layers"),
                in.integer("compute.heads"), in.integer("compute.qkHeadDim"), in.integer("compute.valueHeadDim"),
                in.integer("compute.sequence"), in.text("compute.mask").equals("causal"));
        double flops6nd = TrainingCompute.flops(activated, tokens);
        double flops = TrainingCompute.flopsWithAttention(activated, tokens, attention);
        double gpuHours = in.number("compute.gpuHours");
        double mfu6nd = TrainingCompute.mfuFromGpuHours(flops6nd, gpuHours, peak);
        double mfu = TrainingCompute.mfuFromGpuHours(flops, gpuHours, peak);
        String share = Decimals.share(attention / (6 * activated), 1);
        // A space between Han characters and digits, none before "小於" (a share too small for its places).
        String ofSixN = "是 6N 的" + (Character.isDigit(share.charAt(0)) ? " " : "") + share;
        Result r = Result.ok()
                .number("compute.flops6nd", Units.scientific(flops6nd) + " FLOPs", flops6nd)
                .number("compute.attention", Units.scientific(attention) + " FLOPs，" + ofSixN, attention)
                .number("compute.flops", Units.scientific(flops) + " FLOPs", flops)
                .number("compute.impliedMfu6nd", Decimals.percent(mfu6nd, 1), mfu6nd)
                .number("compute.impliedMfu", Decimals.percent(mfu, 1), mfu)
                .text("compute.verdict", verdict(mfu, activated, total, flops, peak, chosen));
        time(in, r, flops, peak);
        return memory(in, r, activated, total);
    }

    /** The datasheet peak chosen, or null for a typed one. */
    private static AcceleratorPeak chosenPeak(Fields in) {
        String key = in.text("compute.gpu");
        return key.equals(CUSTOM) ? null : AcceleratorPeak.valueOf(key);
    }

    /** Days and GPU-hours at the MFU the reader assumes. */
    private static void time(Fields in, Result r, double flops, double peak) {
        double gpus = in.integer("compute.gpus");
        double seconds = TrainingCompute.seconds(flops, gpus, peak, in.number("compute.mfu") / 100);
        r.number("compute.days", Durations.wallClock(seconds), seconds / 86400)
                .number("compute.gpuHoursNeeded", Durations.gpuTime(seconds * gpus), seconds * gpus / 3600);
    }

    /** Chinchilla's tokens for N, and the memory of the total parameters and of the activations. */
    private static Result memory(Fields in, Result r, double activated, double total) {
        double chinchilla = TrainingCompute.chinchillaTokens(activated);
        double weights = total * TrainingCompute.WEIGHT_BYTES;
        double state = TrainingCompute.trainingStateBytes(total);
        double activations = TrainingCompute.activationBytesPerLayer(in.integer("compute.sequence"),
                in.integer("compute.microBatch"), in.integer("compute.hidden"), in.integer("compute.heads"))
                * in.integer("compute.layers");
        return r.number("compute.chinchilla", Units.count(chinchilla, "個 token"), chinchilla)
                .number("compute.weights", Units.bytes(weights), weights)
                .number("compute.state", Units.bytes(state), state)
                .number("compute.activations", Units.bytes(activations), activations);
    }

    /** What the implied MFU says, naming the input at fault when it is above 100 %, and a sparse peak. */
    private static String verdict(double mfu, double activated, double total, double flops, double peak,
            AcceleratorPeak chosen) {
        String hours = Durations.gpuTime(TrainingCompute.minimumGpuHours(flops, peak) * 3600);
        String text = switch (TrainingCompute.diagnose(mfu, activated, total)) {
            case WITHIN_PEAK -> "在硬體能力之內。";
            case ABOVE_PEAK_ALL_PARAMETERS_ACTIVE -> "超過 100 %，硬體做不到。這裡啟用參數等於總參數："
                    + "若是 MoE 模型，N 要填每個 token 啟用的參數"
                    + "（DeepSeek-V3 啟用 370 億個，填 37，不是總參數 6,710 億個的 671）；"
                    + "若真是稠密模型，就是 GPU 小時填少了（以所選峰值全速跑也至少要 " + hours + "），"
                    + "或只涵蓋訓練的一部分。";
            case ABOVE_PEAK_HOURS_OR_PEAK -> "超過 100 %，硬體做不到。參數已分開填，問題在 GPU 小時或峰值："
                    + "以所選峰值全速跑也至少要 " + hours + "，填入的時數可能只涵蓋部分階段；"
                    + "或所選峰值低於實際使用的 GPU 與精度。";
        };
        if (chosen != null && chosen.sparse()) {
            text += "另外，所選峰值是含 2:4 結構化稀疏的規格數字，稠密訓練只能達到一半：MFU 要除以稠密峰值，"
                    + "數值會是這裡的兩倍。";
        }
        return text;
    }
}
