package notes.llm;

/**
 * The shape of a decoder-only transformer with SwiGLU feed-forward blocks, dense or Mixture-of-Experts
 * (DeepSeekMoE: {@code sharedExperts} always on, {@code activeExperts} of {@code routedExperts} chosen per token;
 * the first {@code denseLayers} layers use a dense FFN of {@code denseFfn}). A dense model has no routed experts.
 */
public record ModelShape(String name, long layers, long denseLayers, long hidden, long denseFfn, long expertFfn,
                         long routedExperts, long sharedExperts, long activeExperts, long vocab, boolean tiedEmbeddings,
                         Attention attention) {

    /**
     * Most parameters a shape may count: 10^18, far above any published model (about 10^12), and safely below the
     * 9.2 x 10^18 where the exact long counts would wrap around.
     */
    public static final long MAX_PARAMETERS = 1_000_000_000_000_000_000L;

    public ModelShape {
        LlmProblem.positive("layers", layers);
        LlmProblem.nonNegative("denseLayers", denseLayers);
        if (denseLayers > layers) {
            throw new LlmProblem("denseLayers", LlmProblemCode.EXCEEDS_LAYERS, layers);
        }
        LlmProblem.positive("hidden", hidden);
        LlmProblem.nonNegative("routedExperts", routedExperts);
        LlmProblem.nonNegative("sharedExperts", sharedExperts);
        LlmProblem.nonNegative("activeExperts", activeExperts);
        if (activeExperts > routedExperts) {
            throw new LlmProblem("activeExperts", LlmProblemCode.EXCEEDS_ROUTED, routedExperts);
        }
        if (routedExperts > 0 && activeExperts == 0) {
            throw new LlmProblem("activeExperts", LlmProblemCode.NO_ACTIVE_EXPERT);
        }
        if (denseLayers > 0 || routedExperts == 0) {
            LlmProblem.positive("denseFfn", denseFfn);
        }
        if (routedExperts > 0 || sharedExperts > 0) {
            LlmProblem.positive("expertFfn", expertFfn);
        }
        LlmProblem.positive("vocab", vocab);
        if (parameterBound(layers, hidden, Math.max(denseFfn, expertFfn), routedExperts + sharedExperts, vocab,
                attention) > MAX_PARAMETERS) {
            throw new LlmProblem("shape", LlmProblemCode.TOO_LARGE, MAX_PARAMETERS);
        }
    }

    /** An upper bound of the count, in doubles (which do not wrap): every layer as wide as its widest kind. */
    private static double parameterBound(long layers, long hidden, long widestFfn, long experts, long vocab,
                                         Attention attention) {
        double perLayer = attention.parameters(hidden) + 2.0 * hidden + (double) experts * hidden
                + (experts + 1.0) * 3.0 * hidden * widestFfn;
        return layers * perLayer + 2.0 * vocab * hidden + hidden;
    }

    public boolean isMoe() {
        return routedExperts > 0;
    }

    public long moeLayers() {
        return isMoe() ? layers - denseLayers : 0;
    }

    /** A SwiGLU FFN has three matrices: gate and up (hidden x ffn) and down (ffn x hidden). */
    static long swiGlu(long hidden, long ffn) {
        return 3 * hidden * ffn;
    }

    /** Attention, two RMSNorm weight vectors. */
    private long layerBase() {
        return attention.parameters(hidden) + 2 * hidden;
    }

    private long denseLayer() {
        return layerBase() + swiGlu(hidden, denseFfn);
    }

    /**
     * Router: one centroid per routed expert. (DeepSeek-V3's load-balancing bias, one number per expert, is left
     * out: 14,848 parameters in a 671B model.)
     */
    private long moeLayer(long expertsUsed) {
        return layerBase() + routedExperts * hidden + expertsUsed * swiGlu(hidden, expertFfn);
    }

    private long embeddings() {
        return (tiedEmbeddings ? 1 : 2) * vocab * hidden + hidden;
    }

    private long denseLayerCount() {
        return isMoe() ? denseLayers : layers;
    }

    public long totalParameters() {
        return denseLayerCount() * denseLayer() + moeLayers() * moeLayer(routedExperts + sharedExperts)
                + embeddings();
    }

    /** Parameters one token passes through: shared experts and its top-k routed experts, not the other experts. */
    public long activatedParameters() {
        return denseLayerCount() * denseLayer() + moeLayers() * moeLayer(activeExperts + sharedExperts)
                + embeddings();
    }
}
