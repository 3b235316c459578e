package notes.llm;

/**
 * LoRA (Hu et al., arXiv 2106.09685, section 4.1): a frozen weight W0 (d x k, d outputs and k inputs, PyTorch's
 * {@code out_features x in_features}) is adapted by a branch in parallel with it, h = W0 x + (alpha / r) B A x, with
 * B (d x r, zero at the start) and A (r x k), so the trainable parameters are r (d + k) instead of d k.
 */
public final class Lora {
    private Lora() {
    }

    public static long fullParameters(long d, long k) {
        return LlmProblem.positive("d", d) * LlmProblem.positive("k", k);
    }

    public static long loraParameters(long d, long k, long rank) {
        LlmProblem.positive("rank", rank);
        if (rank > Math.min(d, k)) {
            throw new LlmProblem("rank", LlmProblemCode.RANK_EXCEEDS_SIDE, Math.min(d, k));
        }
        return rank * (LlmProblem.positive("d", d) + LlmProblem.positive("k", k));
    }

    /**
     * The factor LoRA multiplies B A x by: alpha / r (Hu et al., section 4.1, "We then scale ΔWx by α/r, where α is a
     * constant in r"), so that a change of rank needs no new learning rate.
     *
     * @throws LlmProblem NOT_POSITIVE on {@code "alpha"} or {@code "rank"} when either is not above 0
     */
    public static double scaling(double alpha, long rank) {
        return LlmProblem.positive("alpha", alpha) / LlmProblem.positive("rank", rank);
    }

    /** Trainable parameters as a fraction of the adapted matrix. */
    public static double fraction(long d, long k, long rank) {
        return (double) loraParameters(d, k, rank) / fullParameters(d, k);
    }

    /** Which attention and MLP matrices of every layer get an adapter. */
    public record Targets(boolean query, boolean key, boolean value, boolean output, boolean mlp) {
    }

    /** LoRA parameters for a whole model: the chosen matrices of every layer (MLP: gate, up and down of SwiGLU). */
    public static long modelParameters(ModelShape model, Targets targets, long rank) {
        if (!(model.attention() instanceof GroupedQueryAttention)) {
            throw new LlmProblem("model", LlmProblemCode.NEEDS_GQA);
        }
        GroupedQueryAttention a = (GroupedQueryAttention) model.attention();
        long h = model.hidden();
        long perLayer = 0;
        perLayer += targets.query() ? loraParameters(h, a.heads() * a.headDim(), rank) : 0;
        perLayer += targets.key() ? loraParameters(h, a.kvHeads() * a.headDim(), rank) : 0;
        perLayer += targets.value() ? loraParameters(h, a.kvHeads() * a.headDim(), rank) : 0;
        perLayer += targets.output() ? loraParameters(a.heads() * a.headDim(), h, rank) : 0;
        perLayer += targets.mlp() ? 3 * loraParameters(h, model.denseFfn(), rank) : 0;
        return perLayer * model.layers();
    }
}
