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

    public static long mha(long heads, long headDim) {
        return 2 * heads * headDim;
    }

    public static long gqa(long groups, long headDim) {
        return 2 * groups * headDim;
    }

    public static long mqa(long headDim) {
        return 2 * headDim;
    }

    public static long mla(long kvRank, long ropeDim) {
        return kvRank + ropeDim;
    }

    /** Bytes for a whole cache; checked against overflow of a double's exact integer range. */
    public static double bytes(long elementsPerTokenPerLayer, long layers, long tokens, long batch, Dtype dtype) {
        LlmProblem.positive("layers", layers);
        LlmProblem.positive("context", tokens);
        LlmProblem.positive("batch", batch);
        return (double) elementsPerTokenPerLayer * layers * tokens * batch * dtype.bytesPerElement();
    }

    /** How many GQA groups would cache as much as MLA: (d_c + d_h^R) / (2 d_h); 2.25 for DeepSeek-V2. */
    public static double gqaEquivalentGroups(long mlaElements, long headDim) {
        return (double) mlaElements / (2 * headDim);
    }
}
