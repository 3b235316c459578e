package notes.page;

import notes.form.LegacyCalculator;
import notes.form.Decimals;
import notes.form.LegacyFields;
import notes.form.Result;
import notes.form.Units;
import notes.llm.TrainingCompute;

/**
 * Training compute: C = 6 N D, Chinchilla's D = 20 N, days on a cluster at an MFU, the MFU implied by reported
 * GPU-hours, and memory rules of thumb. Sizes are typed in billions (parameters, tokens) and TFLOP/s.
 */
public final class ComputePage implements LegacyCalculator {
    @Override
    public Result compute(LegacyFields in) {
        double parameters = in.positive("compute.params", 0, 1e7, " B") * 1e9;
        double tokens = in.positive("compute.tokens", 0, 1e9, " B") * 1e9;
        double gpus = in.integer("compute.gpus", 1, 10_000_000);
        double peak = in.positive("compute.peak", 0, 1e6, " TFLOP/s") * 1e12;
        double mfu = in.positive("compute.mfu", 0, 100, " %") / 100;
        double gpuHours = in.positive("compute.gpuHours", 0, 1e12, "");
        int sequence = in.integer("compute.sequence", 1, 10_000_000);
        int microBatch = in.integer("compute.microBatch", 1, 1_000_000);
        int hidden = in.integer("compute.hidden", 1, 1_000_000);
        int heads = in.integer("compute.heads", 1, 100_000);
        int layers = in.integer("compute.layers", 1, 10_000);
        if (in.hasProblems()) {
            return in.invalid();
        }
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
