package notes.llm;

/**
 * Multi-head attention with {@code kvHeads} key/value heads shared by groups of query heads: MHA when
 * kvHeads = heads, MQA when kvHeads = 1, GQA in between. {@code headDim} is the model's own head dimension
 * (not always hidden / heads).
 */
public record GroupedQueryAttention(long heads, long kvHeads, long headDim) implements Attention {

    public GroupedQueryAttention {
        LlmProblem.positive("heads", heads);
        LlmProblem.positive("kvHeads", kvHeads);
        LlmProblem.positive("headDim", headDim);
        if (heads % kvHeads != 0) {
            throw new LlmProblem("kvHeads", LlmProblemCode.NOT_A_DIVISOR, heads);
        }
    }

    /** W_q and W_o are heads x headDim wide; W_k and W_v kvHeads x headDim (no biases, as in Llama). */
    @Override
    public long parameters(long hidden) {
        return hidden * heads * headDim * 2 + hidden * kvHeads * headDim * 2;
    }

    /** 2 x kvHeads x headDim: a key and a value vector per KV head (DeepSeek-V2, Table 1). */
    @Override
    public long kvElementsPerToken() {
        return KvCache.gqa(kvHeads, headDim);
    }

    @Override
    public String kind() {
        return kvHeads == heads ? "MHA" : kvHeads == 1 ? "MQA" : "GQA";
    }
}
