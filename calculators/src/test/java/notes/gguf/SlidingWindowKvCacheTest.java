package notes.gguf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * KV cache of models whose sliding-window layers keep only the window, from synthetic headers carrying each model's
 * published configuration. The sizing rule is llama.cpp's (src/llama-kv-cache-iswa.cpp: the sliding layers get
 * {@code GGML_PAD(min(n_ctx, n_swa + n_ubatch), 256)} cells, n_ubatch 512; the other layers the context padded to
 * 256), and the layer patterns are llama.cpp's {@code set_swa_pattern} calls (src/llama-model.cpp). Where llama.cpp's
 * own output was found in a public issue or pull request, the expected size is that output.
 */
class SlidingWindowKvCacheTest {
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    private static GgufWriter header(String arch, long layers, long kvHeads, long headDim) {
        return new GgufWriter().scalar("general.architecture", ValueType.STRING, arch)
                .scalar(arch + ".block_count", ValueType.UINT32, layers)
                .scalar(arch + ".attention.head_count_kv", ValueType.UINT32, kvHeads)
                .scalar(arch + ".attention.key_length", ValueType.UINT32, headDim)
                .scalar(arch + ".attention.value_length", ValueType.UINT32, headDim);
    }

    private static KvCacheEstimate estimate(GgufWriter w) {
        return KvCacheEstimate.of(KvCacheEstimateTest.file(w));
    }

    /**
     * Gemma-3-270M, measured: llama-server with --parallel 1 allocates 27.00 MiB of F16 cache at 4,096 tokens and
     * 39.00 MiB at 8,192 (the verifier table in unslothai/unsloth pull request 5225,
     * https://github.com/unslothai/unsloth/pull/5225, "server" column). Its config.json (google/gemma-3-270m):
     * num_hidden_layers 18, num_key_value_heads 1, head_dim 256, sliding_window 512, layer_types full_attention at
     * layers 5, 11 and 17. Those sizes include the padding: the 15 sliding layers hold 512 + 512 = 1,024 cells.
     */
    @Test
    void gemma3SmallMatchesLlamaServer() {
        KvCacheEstimate kv = estimate(header("gemma3", 18, 1, 256)
                .scalar("gemma3.attention.sliding_window", ValueType.UINT32, 512L));
        assertEquals(15, kv.slidingLayers());
        assertEquals(1024, kv.slidingCells(4096));
        assertEquals(27 * MIB, (long) kv.bytes(4096, 2));
        assertEquals(39 * MIB, (long) kv.bytes(8192, 2));
    }

    /**
     * Gemma-3-27B at 131,072 tokens, F16 (issue 14: 62.00 GiB without the window, about 10.5 GiB with it). Its
     * config.json (google/gemma-3-27b-it, text_config): 62 layers, 16 KV heads of 128, sliding_window 1024, one
     * global layer in six (sliding_window_pattern 6). Per layer and token 16 x 128 x 2 x 2 B = 8 KiB.
     * Without the window: 62 x 131,072 x 8 KiB = 62 GiB. With it, by llama.cpp's rule: 10 global layers x 131,072
     * cells x 8 KiB = 10 GiB, plus 52 sliding layers x GGML_PAD(1,024 + 512, 256) = 1,536 cells x 8 KiB = 624 MiB.
     */
    @Test
    void gemma3LargeKeepsOnlyTheWindowInFiveLayersOfSix() {
        KvCacheEstimate kv = estimate(header("gemma3", 62, 16, 128)
                .scalar("gemma3.attention.sliding_window", ValueType.UINT32, 1024L)
                .scalar("gemma3.context_length", ValueType.UINT32, 131_072L));
        assertEquals(62 * GIB, (long) kv.bytesWithoutWindow(131_072, 2));
        assertEquals(52, kv.slidingLayers());
        assertEquals(1536, kv.slidingCells(131_072));
        assertEquals(10 * GIB + 624 * MIB, (long) kv.bytes(131_072, 2));
    }

    /**
     * gpt-oss-20b, F16 at 131,072 tokens. llama.cpp's print_info for it (quoted in ikawrakow/ik_llama.cpp issue 822,
     * https://github.com/ikawrakow/ik_llama.cpp/issues/822): n_layer 24, n_head_kv 8, n_embd_head_k 64, n_swa 128;
     * the same issue's ik_llama.cpp log, which has no sliding cache, allocates "KV self size = 6144.00 MiB" for all
     * 24 layers at full context. llama.cpp alternates (set_swa_pattern(2)): 12 full layers x 131,072 x 2 KiB =
     * 3,072 MiB ("≈ 3.00 GiB full", gpustack/gguf-parser-go issue 32), plus 12 sliding layers x GGML_PAD(128 + 512,
     * 256) = 768 cells x 2 KiB = 18 MiB.
     */
    @Test
    void gptOssAlternatesWithAWindowOf128() {
        KvCacheEstimate kv = estimate(header("gpt-oss", 24, 8, 64)
                .scalar("gpt-oss.attention.sliding_window", ValueType.UINT32, 128L));
        assertEquals(6144 * MIB, (long) kv.bytesWithoutWindow(131_072, 2));
        assertEquals(12, kv.slidingLayers());
        assertEquals(768, kv.slidingCells(131_072));
        assertEquals(3072 * MIB + 18 * MIB, (long) kv.bytes(131_072, 2));
    }

    /**
     * Gemma-2-2B, the source post's config.json: num_hidden_layers 26, num_key_value_heads 4, head_dim 256,
     * sliding_window 4096, max_position_embeddings 8192. Per layer and token 4 x 256 x 2 x 2 B = 4 KiB. At 8,192
     * tokens: 13 global layers x 8,192 x 4 KiB = 416 MiB, plus 13 sliding layers x GGML_PAD(4,096 + 512, 256) =
     * 4,608 cells x 4 KiB = 234 MiB; 832 MiB if every layer kept the context. A file without the key gets llama.cpp's
     * Gemma 2 default window, 4,096 (LLM_ARCH_GEMMA2: hparams.n_swa = 4096 before the optional key).
     */
    @Test
    void gemma2SlidesEveryOtherLayer() {
        KvCacheEstimate kv = estimate(header("gemma2", 26, 4, 256)
                .scalar("gemma2.attention.sliding_window", ValueType.UINT32, 4096L));
        assertEquals(13, kv.slidingLayers());
        assertEquals(4608, kv.slidingCells(8192));
        assertEquals(650 * MIB, (long) kv.bytes(8192, 2));
        assertEquals(832 * MIB, (long) kv.bytesWithoutWindow(8192, 2));
        KvCacheEstimate noKey = estimate(header("gemma2", 26, 4, 256));
        assertEquals(4096, noKey.sliding().window());
        assertEquals(650 * MIB, (long) noKey.bytes(8192, 2));
    }

    /**
     * A short context caps the sliding cache at the full one: below n_swa + n_ubatch both hold the padded context
     * (llama-kv-cache-iswa.cpp takes min(size_base, ...)). Gemma-2-2B at 2,048 tokens: 26 x 2,048 x 4 KiB = 208 MiB.
     */
    @Test
    void theSlidingCacheNeverExceedsTheFullOne() {
        KvCacheEstimate kv = estimate(header("gemma2", 26, 4, 256)
                .scalar("gemma2.attention.sliding_window", ValueType.UINT32, 4096L));
        assertEquals(2048, kv.slidingCells(2048));
        assertEquals(208 * MIB, (long) kv.bytes(2048, 2));
        KvCacheEstimate huge = estimate(header("gemma2", 26, 4, 256)
                .scalar("gemma2.attention.sliding_window", ValueType.UINT64, Long.MAX_VALUE));
        assertEquals(8192, huge.slidingCells(8192));
    }

    /**
     * Cohere2 (Command R7B: 32 layers, sliding_window 4096) keeps the whole context in every fourth layer,
     * set_swa_pattern(4). llama.cpp's own log of a pattern-4 model's full-context cache (ggml-org/llama.cpp issue
     * 14043, https://github.com/ggml-org/llama.cpp/issues/14043) reads "layer 0: skipped … layer 2: skipped, layer 3:
     * dev = CPU … layer 7: dev = CPU": layers 0–2 slide, layer 3 does not.
     */
    @Test
    void cohere2KeepsOneLayerInFour() {
        KvCacheEstimate kv = estimate(header("cohere2", 32, 8, 128)
                .scalar("cohere2.attention.sliding_window", ValueType.UINT32, 4096L));
        assertTrue(kv.sliding().slides(0) && kv.sliding().slides(1) && kv.sliding().slides(2));
        assertFalse(kv.sliding().slides(3));
        assertFalse(kv.sliding().slides(7));
        assertEquals(24, kv.slidingLayers());
    }

    /**
     * Gemma 2's layer 0 slides and layer 1 does not: llama.cpp's log of a Gemma-2-style full-context cache
     * (langchain-ai/langchain issue 33083, https://github.com/langchain-ai/langchain/issues/33083) reads "layer 0:
     * skipped, layer 1: dev = CPU, layer 2: skipped …".
     */
    @Test
    void gemma2FirstLayerSlides() {
        SlidingWindowLayout layout = estimate(header("gemma2", 26, 4, 256)).sliding();
        assertTrue(layout.slides(0));
        assertFalse(layout.slides(1));
        assertTrue(layout.slides(24));
        assertFalse(layout.slides(25));
    }

    /** A per-layer head_count_kv array splits by the same pattern: here the sliding layers 0 and 2 hold 4 + 1 heads. */
    @Test
    void perLayerKvHeadsFollowThePattern() {
        KvCacheEstimate kv = estimate(new GgufWriter().scalar("general.architecture", ValueType.STRING, "gemma2")
                .scalar("gemma2.block_count", ValueType.UINT32, 4L)
                .scalar("gemma2.attention.key_length", ValueType.UINT32, 10L)
                .scalar("gemma2.attention.value_length", ValueType.UINT32, 10L)
                .array("gemma2.attention.head_count_kv", ValueType.INT32, java.util.List.of(4, 2, 1, 3)));
        assertEquals((4 + 2 + 1 + 3) * 20, kv.elementsPerToken());
        assertEquals((4 + 1) * 20, kv.slidingElementsPerToken());
    }

    /**
     * A window on an architecture whose pattern is not known here is reported, not guessed: every layer is counted
     * at the whole context, as llama.cpp does for an architecture it gives no pattern (Mistral-7B-v0.1's config sets
     * sliding_window 4096, and llama.cpp's LLM_ARCH_LLAMA case never calls set_swa_pattern).
     */
    @Test
    void anUnknownLayoutIsNamed() {
        KvCacheEstimate kv = estimate(header("llama", 32, 8, 128)
                .scalar("llama.attention.sliding_window", ValueType.UINT32, 4096L));
        assertEquals(KvCacheNote.UNKNOWN_SLIDING_LAYOUT, kv.note());
        assertEquals(SlidingWindowLayout.Kind.UNKNOWN, kv.sliding().kind());
        assertEquals(0, kv.slidingLayers());
        assertEquals(kv.bytesWithoutWindow(32_768, 2), kv.bytes(32_768, 2));
    }

    /**
     * Gemma 3 converted without a window (convert_hf_to_gguf.py writes sliding_window only when
     * sliding_window_pattern != 1) runs with none: llama.cpp sets the pattern only when the key is present and
     * positive.
     */
    @Test
    void gemma3WithoutAWindowHasNone() {
        KvCacheEstimate kv = estimate(header("gemma3", 62, 16, 128));
        assertEquals(SlidingWindowLayout.Kind.NONE, kv.sliding().kind());
        assertNull(kv.note());
        assertEquals(62 * GIB, (long) kv.bytes(131_072, 2));
    }
}
