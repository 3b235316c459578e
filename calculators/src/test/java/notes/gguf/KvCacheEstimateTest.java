package notes.gguf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The inspector's KV-cache estimate from GGUF metadata, against the model facts in
 * oracles/llm_facts.md (each value cited there to the model's config or paper).
 */
class KvCacheEstimateTest {
    private static GgufFile file(GgufWriter w) {
        return GgufReader.read(new ByteArraySource(w.toBytes()));
    }

    private static GgufWriter llama3() {
        return new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama")
                .scalar("llama.block_count", ValueType.UINT32, 32L)
                .scalar("llama.embedding_length", ValueType.UINT32, 4096L)
                .scalar("llama.attention.head_count", ValueType.UINT32, 32L);
    }

    /** llm_facts.md, Llama-3-8B: 32 layers, 8 KV heads of 128; 1 GiB of FP16 cache at 8,192 tokens. */
    @Test
    void groupedQueryAttentionFromHeadCounts() {
        String[] why = new String[1];
        KvCacheEstimate kv = KvCacheEstimate.of(file(llama3().scalar("llama.attention.head_count_kv",
                ValueType.UINT32, 8L)), why);
        assertEquals(32, kv.layers());
        assertEquals(32 * 8 * (128 + 128), kv.elementsPerToken());
        assertEquals(1L << 30, (long) kv.bytes(8192, 2));
        assertNull(why[0]);
    }

    /** Without head_count_kv every head keeps its own K and V (multi-head attention): 4x the GQA cache above. */
    @Test
    void multiHeadWhenNoKvHeadCount() {
        KvCacheEstimate kv = KvCacheEstimate.of(file(llama3()), new String[1]);
        assertEquals(32 * 32 * 256, kv.elementsPerToken());
    }

    /** Explicit key and value lengths win over embedding / heads; a per-layer head_count_kv array is summed. */
    @Test
    void explicitLengthsAndPerLayerKvHeads() {
        KvCacheEstimate kv = KvCacheEstimate.of(file(new GgufWriter()
                .scalar("general.architecture", ValueType.STRING, "llama")
                .scalar("llama.block_count", ValueType.UINT32, 3L)
                .scalar("llama.attention.key_length", ValueType.UINT32, 192L)
                .scalar("llama.attention.value_length", ValueType.UINT32, 128L)
                .array("llama.attention.head_count_kv", ValueType.INT32, List.of(8, 0, 4))), new String[1]);
        assertEquals((8 + 0 + 4) * (192 + 128), kv.elementsPerToken());
    }

    /** llm_facts.md: DeepSeek-V3 caches kv_lora_rank 512 + RoPE 64 per layer over 61 layers, 35,136 per token. */
    @Test
    void latentAttentionCachesTheLatentAndTheRopeKey() {
        KvCacheEstimate kv = KvCacheEstimate.of(file(new GgufWriter()
                .scalar("general.architecture", ValueType.STRING, "deepseek2")
                .scalar("deepseek2.block_count", ValueType.UINT32, 61L)
                .scalar("deepseek2.attention.kv_lora_rank", ValueType.UINT32, 512L)
                .scalar("deepseek2.rope.dimension_count", ValueType.UINT32, 64L)), new String[1]);
        assertEquals(35_136, kv.elementsPerToken());
        assertEquals(61, kv.layers());
    }

    @Test
    void missingMetadataIsExplainedInsteadOfGuessed() {
        String[] why = new String[1];
        assertNull(KvCacheEstimate.of(file(new GgufWriter().scalar("general.architecture", ValueType.STRING,
                "llama")), why));
        assertEquals("沒有 block_count（層數）", why[0]);
        assertNull(KvCacheEstimate.of(file(new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama")
                .scalar("llama.block_count", ValueType.UINT32, 2L)), why));
        assertEquals("沒有 head_count 或 embedding_length，無法推出每頭維度", why[0]);
    }
}
