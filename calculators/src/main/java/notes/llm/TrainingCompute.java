package notes.llm;

/**
 * Training compute by the 6ND rule (Kaplan et al., arXiv 2001.08361, section 2.1: about 6 FLOPs per parameter per
 * token, 2 forward and 4 backward) plus the attention term of PaLM's MFU (Chowdhery et al., arXiv 2204.02311,
 * appendix B: 6N + 12LHQT per token), Chinchilla's compute-optimal 20 tokens per parameter (Hoffmann et al., arXiv
 * 2203.15556), wall-clock time at a model FLOPs utilisation (MFU), the MFU implied by reported GPU-hours, and the
 * memory of mixed-precision Adam training.
 *
 * <p>Two parameter counts, never mixed up: the FLOPs take N, the parameters one token passes through (a mixture of
 * experts' <em>activated</em> parameters, 37B for DeepSeek-V3); the memory takes the <em>total</em> (671B), since
 * every expert's weights, gradients and optimizer state are kept whether a token uses them or not.
 */
public final class TrainingCompute {
    /**
     * Bytes per parameter of mixed-precision Adam training (ZeRO, arXiv 1910.02054, section 3.1): 2 for 16-bit
     * weights, 2 for 16-bit gradients, 12 for the optimizer (32-bit master weights, momentum and variance).
     */
    public static final int WEIGHT_BYTES = 2;
    public static final int GRADIENT_BYTES = 2;
    public static final int OPTIMIZER_BYTES = 12;

    private TrainingCompute() {
    }

    /** What an MFU implied by GPU-hours says about the inputs that gave it (the page words each case). */
    public enum MfuDiagnosis {
        /** At most 100 %: the hardware could have done it. */
        WITHIN_PEAK,
        /**
         * Above 100 % with every parameter counted as activated: a mixture of experts' total was typed as N, or,
         * for a dense model, the hours are too few.
         */
        ABOVE_PEAK_ALL_PARAMETERS_ACTIVE,
        /**
         * Above 100 % although N is below the total: the parameters are not the cause, so the hours (too few, or
         * covering only part of the run) or the peak (below the hardware actually used) are.
         */
        ABOVE_PEAK_HOURS_OR_PEAK
    }

    /** 6ND: training FLOPs of {@code parameters} (N, activated) over {@code tokens} (D). */
    public static double flops(double parameters, double tokens) {
        require("parameters", parameters);
        require("tokens", tokens);
        return 6 * parameters * tokens;
    }

    /**
     * Attention FLOPs per token, forward and backward, that 6N leaves out: the scores QK^T and the weighted sum of
     * the values. Per layer and head a token's forward pass does 2·T·d_qk for its scores over T positions and
     * 2·T·d_v for the sum; the backward pass doubles it (x3 in all). With d_qk = d_v = Q that is PaLM's 12LHQT
     * (arXiv 2204.02311, appendix B), which counts the whole T x T score matrix; MLA scores with a wider key than
     * its value (DeepSeek-V3: 128 + 64 = 192 against 128), hence the two sizes. Under a causal mask a token only
     * needs the positions before it, on average half of T: {@code causal} halves the term, as FlashAttention's
     * benchmark counts causal attention (Dao-AILab/flash-attention, benchmarks/benchmark_flash_attention.py).
     *
     * @throws LlmProblem when a size is not positive ({@code layers}, {@code heads}, {@code qkHeadDim},
     *     {@code valueHeadDim}, {@code sequence})
     */
    public static double attentionFlopsPerToken(long layers, long heads, long qkHeadDim, long valueHeadDim,
            long sequence, boolean causal) {
        LlmProblem.positive("layers", layers);
        LlmProblem.positive("heads", heads);
        LlmProblem.positive("qkHeadDim", qkHeadDim);
        LlmProblem.positive("valueHeadDim", valueHeadDim);
        LlmProblem.positive("sequence", sequence);
        double full = 6.0 * layers * heads * (qkHeadDim + valueHeadDim) * sequence;
        return causal ? full / 2 : full;
    }

    /** Training FLOPs with attention: (6N + attention per token) x D. */
    public static double flopsWithAttention(double parameters, double tokens, double attentionPerToken) {
        if (!(attentionPerToken >= 0) || Double.isInfinite(attentionPerToken)) {
            throw new LlmProblem("attention", LlmProblemCode.NEGATIVE);
        }
        return flops(parameters, tokens) + attentionPerToken * tokens;
    }

    /**
     * Refuses an activated count above the total: N is a part of the model (all of it for a dense model).
     *
     * @throws LlmProblem on {@code parameters} with {@link LlmProblemCode#EXCEEDS_TOTAL}
     */
    public static void requireActivatedWithinTotal(double parameters, double totalParameters) {
        require("parameters", parameters);
        require("totalParameters", totalParameters);
        if (parameters > totalParameters) {
            throw new LlmProblem("parameters", LlmProblemCode.EXCEEDS_TOTAL);
        }
    }

    /** Chinchilla's compute-optimal token count for a dense model of {@code parameters}: 20 per parameter. */
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

    /**
     * The MFU implied by a reported number of GPU-hours: FLOPs over what the GPUs could do at peak in that time, as
     * a decimal (0.4 for 40 %). Above 1 the hardware could not have done it; {@link #diagnose} says why.
     */
    public static double mfuFromGpuHours(double flops, double gpuHours, double peakFlops) {
        require("gpuHours", gpuHours);
        require("peakFlops", peakFlops);
        return flops / (gpuHours * 3600 * peakFlops);
    }

    /** The fewest GPU-hours that can do {@code flops}: every GPU at its peak all the time (MFU 100 %). */
    public static double minimumGpuHours(double flops, double peakFlops) {
        require("peakFlops", peakFlops);
        return flops / (peakFlops * 3600);
    }

    /** Which input an implied {@code mfu} (decimal) above 1 points at, from the two parameter counts given. */
    public static MfuDiagnosis diagnose(double mfu, double parameters, double totalParameters) {
        if (mfu <= 1) {
            return MfuDiagnosis.WITHIN_PEAK;
        }
        return parameters >= totalParameters ? MfuDiagnosis.ABOVE_PEAK_ALL_PARAMETERS_ACTIVE
                : MfuDiagnosis.ABOVE_PEAK_HOURS_OR_PEAK;
    }

    /** Weights, gradients and Adam state of {@code totalParameters}: 16 bytes each (ZeRO, section 3.1). */
    public static double trainingStateBytes(double totalParameters) {
        require("totalParameters", totalParameters);
        return totalParameters * (WEIGHT_BYTES + GRADIENT_BYTES + OPTIMIZER_BYTES);
    }

    /**
     * Activation memory per layer without recomputation, in bytes: s b h (34 + 5 a s / h) for sequence length s,
     * micro-batch b, hidden h, heads a, 16-bit activations (Korthikanti et al., arXiv 2205.05198, section 4.1; a
     * GPT-style layer with multi-head attention and a 4h feed-forward).
     */
    public static double activationBytesPerLayer(double sequence, double batch, double hidden, double heads) {
        return sequence * batch * hidden * (34 + 5 * heads * sequence / hidden);
    }

    private static void require(String field, double value) {
        LlmProblem.positive(field, value);
    }
}
