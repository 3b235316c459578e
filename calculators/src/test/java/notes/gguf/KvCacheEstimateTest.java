package notes.gguf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The inspector's KV-cache estimate from GGUF metadata: full-attention models against the model facts in
 * oracles/llm_facts.md (each value cited there to the model's config or paper), and the context padding llama.cpp
 * applies. Sliding-window models are in {@link SlidingWindowKvCacheTest}.
 */
class KvCacheEstimateTest {
    private static final long MIB = 1L << 20;

    static GgufFile file(GgufWriter w) {
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
        KvCacheEstimate kv = KvCacheEstimate.of(file(llama3().scalar("llama.attention.head_count_kv",
                ValueType.UINT32, 8L)));
        assertEquals(32, kv.layers());
        assertEquals(32 * 8 * (128 + 128), kv.elementsPerToken());
        assertEquals(1L << 30, (long) kv.bytes(8192, 2));
        assertEquals(0, kv.slidingLayers());
        assertNull(kv.note());
    }

    /** Without head_count_kv every head keeps its own K and V (multi-head attention): 4x the GQA cache above. */
    @Test
    void multiHeadWhenNoKvHeadCount() {
        KvCacheEstimate kv = KvCacheEstimate.of(file(llama3()));
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
                .array("llama.attention.head_count_kv", ValueType.INT32, List.of(8, 0, 4))));
        assertEquals((8 + 0 + 4) * (192 + 128), kv.elementsPerToken());
    }

    /** llm_facts.md: DeepSeek-V3 caches kv_lora_rank 512 + RoPE 64 per layer over 61 layers, 35,136 per token. */
    @Test
    void latentAttentionCachesTheLatentAndTheRopeKey() {
        KvCacheEstimate kv = KvCacheEstimate.of(file(new GgufWriter()
                .scalar("general.architecture", ValueType.STRING, "deepseek2")
                .scalar("deepseek2.block_count", ValueType.UINT32, 61L)
                .scalar("deepseek2.attention.kv_lora_rank", ValueType.UINT32, 512L)
                .scalar("deepseek2.rope.dimension_count", ValueType.UINT32, 64L)));
        assertEquals(35_136, kv.elementsPerToken());
        assertEquals(61, kv.layers());
    }

    /**
     * llama.cpp rounds the context up to a multiple of 256 cells before sizing the cache (src/llama-context.cpp:
     * {@code cparams.n_ctx = GGML_PAD(cparams.n_ctx, 256)}); the ctxprobe tool's notes on llama-server give the
     * example "-c 35000 becomes 35072". At 1 token the cache still has 256 cells.
     */
    @Test
    void theContextIsPaddedToWholeCells() {
        assertEquals(35_072, KvCacheEstimate.cells(35_000));
        assertEquals(256, KvCacheEstimate.cells(1));
        assertEquals(8192, KvCacheEstimate.cells(8192));
        KvCacheEstimate kv = KvCacheEstimate.of(file(llama3().scalar("llama.attention.head_count_kv",
                ValueType.UINT32, 8L)));
        // Llama-3-8B (llm_facts.md): 128 KiB per token (32 x 8 x 256 elements x 2 B), so 35,072 cells are 4,384 MiB.
        assertEquals(4384 * MIB, (long) kv.bytes(35_000, 2));
    }

    @Test
    void missingMetadataIsExplainedInsteadOfGuessed() {
        GgufFile noLayers = file(new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama"));
        assertNull(KvCacheEstimate.of(noLayers));
        assertEquals(KvCacheNote.NO_BLOCK_COUNT, KvCacheEstimate.missing(noLayers));
        GgufFile noHeads = file(new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama")
                .scalar("llama.block_count", ValueType.UINT32, 2L));
        assertNull(KvCacheEstimate.of(noHeads));
        assertEquals(KvCacheNote.NO_HEAD_DIMENSION, KvCacheEstimate.missing(noHeads));
        GgufFile negativeLayers = file(new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama")
                .scalar("llama.block_count", ValueType.INT32, -3));
        assertEquals(KvCacheNote.NO_BLOCK_COUNT, KvCacheEstimate.missing(negativeLayers));
    }
}
