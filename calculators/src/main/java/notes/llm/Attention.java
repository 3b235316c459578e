package notes.llm;

/**
 * The attention block of one transformer layer: how many parameters it has and how many KV-cache elements it
 * keeps per token. Counts are exact integers (elements, not bytes).
 */
public interface Attention {
    long parameters(long hidden);

    /** Elements cached per token per layer (keys and values, or MLA's compressed latent plus its RoPE key). */
    long kvElementsPerToken();

    String kind();
}
