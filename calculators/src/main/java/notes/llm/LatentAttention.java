package notes.llm;

/**
 * Multi-head Latent Attention (DeepSeek-V2, arXiv 2405.04434, section 2.1): keys and values are rebuilt from one
 * compressed latent of {@code kvRank} (d_c) elements per token, plus a shared RoPE key of {@code ropeDim}
 * (d_h^R) elements; only those two are cached. Queries go through their own low-rank compression
 * ({@code qRank}; 0 means a full-rank W_q, as in DeepSeek-V2-Lite).
 */
public record LatentAttention(long heads, long qRank, long kvRank, long nopeDim, long ropeDim, long valueDim)
        implements Attention {

    public LatentAttention {
        LlmProblem.positive("heads", heads);
        LlmProblem.nonNegative("qRank", qRank);
        LlmProblem.positive("kvRank", kvRank);
        LlmProblem.positive("nopeDim", nopeDim);
        LlmProblem.nonNegative("ropeDim", ropeDim);
        LlmProblem.positive("valueDim", valueDim);
    }

    /**
     * Weights of DeepSeek's reference implementation (inference/model.py, class MLA): wq_a, q_norm, wq_b (or wq),
     * wkv_a, kv_norm, wkv_b and wo.
     */
    @Override
    public long parameters(long hidden) {
        long queryWidth = heads * (nopeDim + ropeDim);
        long query = qRank > 0 ? hidden * qRank + qRank + qRank * queryWidth : hidden * queryWidth;
        long keyValue = hidden * (kvRank + ropeDim) + kvRank + kvRank * heads * (nopeDim + valueDim);
        long output = heads * valueDim * hidden;
        return query + keyValue + output;
    }

    /** d_c + d_h^R (DeepSeek-V2, Table 1). */
    @Override
    public long kvElementsPerToken() {
        return KvCache.mla(kvRank, ropeDim);
    }

    @Override
    public String kind() {
        return "MLA";
    }
}
