package notes.llm;

/**
 * Training compute by the 6ND rule (Kaplan et al., arXiv 2001.08361, section 2.1: about 6 FLOPs per parameter per
 * token, 2 forward and 4 backward), Chinchilla's compute-optimal 20 tokens per parameter (Hoffmann et al., arXiv
 * 2203.15556), and wall-clock time at a model FLOPs utilisation (MFU).
 */
public final class TrainingCompute {
    private TrainingCompute() {
    }

    public static double flops(double parameters, double tokens) {
        require("parameters", parameters);
        require("tokens", tokens);
        return 6 * parameters * tokens;
    }

    public static double chinchillaTokens(double parameters) {
        require("parameters", parameters);
        return 20 * parameters;
    }

    /** Seconds to do {@code flops} on {@code gpus} devices of {@code peakFlops} each, at utilisation {@code mfu}. */
    public static double seconds(double flops, double gpus, double peakFlops, double mfu) {
        require("gpus", gpus);
        require("peakFlops", peakFlops);
        if (!(mfu > 0) || mfu > 1) {
            throw new LlmProblem("mfu", LlmProblemCode.MFU_OUT_OF_RANGE);
        }
        return flops / (gpus * peakFlops * mfu);
    }

    /** The MFU implied by a reported number of GPU-hours: FLOPs over what the GPUs could do at peak in that time. */
    public static double mfuFromGpuHours(double flops, double gpuHours, double peakFlops) {
        require("gpuHours", gpuHours);
        require("peakFlops", peakFlops);
        return flops / (gpuHours * 3600 * peakFlops);
    }

    /**
     * Bytes per parameter of mixed-precision Adam training (ZeRO, arXiv 1910.02054, section 3.1): 2 for 16-bit
     * weights, 2 for 16-bit gradients, 12 for the optimizer (32-bit master weights, momentum and variance).
     */
    public static final int WEIGHT_BYTES = 2;
    public static final int GRADIENT_BYTES = 2;
    public static final int OPTIMIZER_BYTES = 12;

    /**
     * Activation memory per layer without recomputation, in bytes: s b h (34 + 5 a s / h) for sequence length s,
     * micro-batch b, hidden h, heads a, 16-bit activations (Korthikanti et al., arXiv 2205.05198, section 4.1).
     */
    public static double activationBytesPerLayer(double sequence, double batch, double hidden, double heads) {
        return sequence * batch * hidden * (34 + 5 * heads * sequence / hidden);
    }

    private static void require(String field, double value) {
        LlmProblem.positive(field, value);
    }
}
