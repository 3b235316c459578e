package notes.page;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.form.Units;
import notes.llm.TrainingCompute;

/**
 * Training compute: C = 6 N D (Kaplan et al., arXiv 2001.08361), Chinchilla's D = 20 N (arXiv 2203.15556), days on a
 * cluster at an MFU, the MFU implied by reported GPU-hours, and memory rules of thumb (ZeRO, arXiv 1910.02054;
 * Korthikanti et al., arXiv 2205.05198). Sizes are typed in billions (parameters, tokens) and TFLOP/s.
 */
@AutoService(Calculator.class)
public final class ComputePage implements Calculator {
    private static final Declaration DECLARATION = Declaration.of("training-compute", "試算：訓練計算量、時間與 MFU")
            .fields(
                    Field.number("compute.params", "參數量 N（十億）").unit("B").above(0, 10_000_000).initial("175")
                            .hint("例如 70"),
                    Field.number("compute.tokens", "訓練 token 數 D（十億）").unit("B").above(0, 1_000_000_000)
                            .initial("300").hint("例如 15,000，即 15T token"),
                    Field.integer("compute.gpus", "GPU 數").range(1, 10_000_000).initial("1024").hint("例如 2,048"),
                    Field.number("compute.peak", "每張 GPU 峰值（TFLOP/s）").unit("TFLOP/s").above(0, 1_000_000)
                            .initial("312").hint("例如 989，H100 的 BF16 峰值"),
                    Field.number("compute.mfu", "MFU（%）").unit("%").above(0, 100).initial("40").hint("例如 38"),
                    Field.number("compute.gpuHours", "實際花費的 GPU 小時（反推 MFU）").above(0, 1e12).initial("3552000")
                            .hint("例如 2,788,000"),
                    Field.integer("compute.sequence", "序列長度 s").range(1, 10_000_000).initial("2048").hint("例如 8192"),
                    Field.integer("compute.microBatch", "微批次 b").range(1, 1_000_000).initial("1").hint("例如 2"),
                    Field.integer("compute.hidden", "隱藏維度 h").range(1, 1_000_000).initial("12288").hint("例如 8192"),
                    Field.integer("compute.heads", "注意力頭數 a").range(1, 100_000).initial("96").hint("例如 64"),
                    Field.integer("compute.layers", "層數").range(1, 10_000).initial("96").hint("例如 80"))
            .outputs(
                    Output.value("compute.flops", "訓練計算量 C = 6ND", "FLOPs"),
                    Output.value("compute.chinchilla", "Chinchilla 建議的 token 數（20N）", "tokens"),
                    Output.value("compute.days", "訓練天數", "天"),
                    Output.value("compute.gpuHoursNeeded", "需要的 GPU 小時", "GPU 小時"),
                    Output.value("compute.impliedMfu", "由 GPU 小時反推的 MFU", "%"),
                    Output.value("compute.weights", "16 位元權重", "B"),
                    Output.value("compute.state", "權重＋梯度＋Adam 狀態（16 bytes/參數）", "B"),
                    Output.value("compute.activations", "活化值（不重算，全部層）", "B"),
                    Output.sentence("compute.verdict", "反推的 MFU 是否可能"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        double parameters = in.number("compute.params") * 1e9;
        double tokens = in.number("compute.tokens") * 1e9;
        double gpus = in.integer("compute.gpus");
        double peak = in.number("compute.peak") * 1e12;
        double mfu = in.number("compute.mfu") / 100;
        double gpuHours = in.number("compute.gpuHours");
        int sequence = in.integer("compute.sequence");
        int microBatch = in.integer("compute.microBatch");
        int hidden = in.integer("compute.hidden");
        int heads = in.integer("compute.heads");
        int layers = in.integer("compute.layers");
        double flops = TrainingCompute.flops(parameters, tokens);
        double seconds = TrainingCompute.seconds(flops, gpus, peak, mfu);
        double impliedMfu = TrainingCompute.mfuFromGpuHours(flops, gpuHours, peak);
        double stateBytes = parameters * (TrainingCompute.WEIGHT_BYTES + TrainingCompute.GRADIENT_BYTES
                + TrainingCompute.OPTIMIZER_BYTES);
        double activations = TrainingCompute.activationBytesPerLayer(sequence, microBatch, hidden, heads) * layers;
        return Result.ok()
                .number("compute.flops", Units.scientific(flops) + " FLOPs", flops)
                .number("compute.chinchilla", Units.count(TrainingCompute.chinchillaTokens(parameters)) + " tokens",
                        TrainingCompute.chinchillaTokens(parameters))
                .number("compute.days", Decimals.fixed(seconds / 86400, 1) + " 天", seconds / 86400)
                .number("compute.gpuHoursNeeded", Decimals.fixed(seconds * gpus / 3600, 0) + " GPU 小時",
                        seconds * gpus / 3600)
                .number("compute.impliedMfu", Decimals.percent(impliedMfu, 1), impliedMfu)
                .text("compute.verdict", impliedMfu > 1
                        ? "超過 100 %：硬體不可能做到，代表 N 不是每個 token 真正經過的參數量（MoE 應該用啟用參數）。"
                        : "在硬體能力之內。")
                .number("compute.weights", Units.bytes(parameters * TrainingCompute.WEIGHT_BYTES),
                        parameters * TrainingCompute.WEIGHT_BYTES)
                .number("compute.state", Units.bytes(stateBytes), stateBytes)
                .number("compute.activations", Units.bytes(activations), activations);
    }
}
