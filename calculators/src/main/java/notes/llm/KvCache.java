package notes.llm;

/**
 * KV-cache size: elements per token per layer times layers, tokens of context, sequences in the batch and bytes
 * per element. Elements per token per layer for each mechanism follow DeepSeek-V2 (arXiv 2405.04434), Table 1.
 */
public final class KvCache {
    private KvCache() {
    }

    /** Bytes per cached element by storage type. */
    public enum Dtype {
        FP16(2), BF16(2), FP8(1), INT8(1), INT4(0.5);

        private final double bytes;

        Dtype(double bytes) {
            this.bytes = bytes;
        }

        public double bytesPerElement() {
            return bytes;
        }
    }

    /**
     * Elements per token per layer for attention that caches a key of {@code keyLength} and a value of
     * {@code valueLength} elements for each of {@code kvHeads} heads: kvHeads (d_k + d_v). Every per-token formula
     * below, the model shapes' and the GGUF inspector's estimate come down to this one or to {@link #mla}.
     */
    public static long keysAndValues(long kvHeads, long keyLength, long valueLength) {
        return kvHeads * (keyLength + valueLength);
    }

    /** MHA: 2 n_h d_h (a key and a value per head). */
    public static long mha(long heads, long headDim) {
        return keysAndValues(heads, headDim, headDim);
    }

    /** GQA: 2 n_g d_h (a key and a value per group). */
    public static long gqa(long groups, long headDim) {
        return keysAndValues(groups, headDim, headDim);
    }

    /** MQA: 2 d_h (one key and one value shared by all heads). */
    public static long mqa(long headDim) {
        return keysAndValues(1, headDim, headDim);
    }

    /** MLA: d_c + d_h^R (the compressed latent and the shared RoPE key). */
    public static long mla(long kvRank, long ropeDim) {
        return kvRank + ropeDim;
    }

    /** Bytes for a whole cache: per-layer elements x layers x context x batch x bytes per element. */
    public static double bytes(long elementsPerTokenPerLayer, long layers, long tokens, long batch, Dtype dtype) {
        LlmProblem.positive("layers", layers);
        LlmProblem.positive("context", tokens);
        LlmProblem.positive("batch", batch);
        return bytes((double) elementsPerTokenPerLayer * layers, tokens * batch, dtype.bytesPerElement());
    }

    /** Bytes for {@code tokens} tokens of {@code elementsPerToken} elements (all layers) at a storage width. */
    public static double bytes(double elementsPerToken, long tokens, double bytesPerElement) {
        return elementsPerToken * tokens * bytesPerElement;
    }

    /** How many GQA groups would cache as much as MLA: (d_c + d_h^R) / (2 d_h); 2.25 for DeepSeek-V2. */
    public static double gqaEquivalentGroups(long mlaElements, long headDim) {
        return (double) mlaElements / (2 * headDim);
    }
}
