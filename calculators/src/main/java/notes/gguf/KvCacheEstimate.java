package notes.gguf;

import java.util.List;

import notes.llm.KvCache;

/**
 * KV-cache size of a GGUF model from its architecture metadata, sized the way llama.cpp allocates it for one
 * sequence (one slot: {@code llama-cli}, {@code llama-server --parallel 1}) with the default micro-batch.
 * <ul>
 *   <li>Elements per token and layer: {@code ARCH.attention.head_count_kv} (one number or one per layer) ×
 *       ({@code key_length} + {@code value_length}), the head size defaulting to {@code embedding_length} /
 *       {@code head_count}; for Multi-head Latent Attention {@code kv_lora_rank} + {@code rope.dimension_count}.
 *       The per-token formulas are {@link KvCache}'s, the same as the KV-cache calculator's.</li>
 *   <li>Cells: the context is padded up to a multiple of 256 tokens (llama.cpp {@code src/llama-context.cpp},
 *       constructor {@code llama_context::llama_context}: {@code cparams.n_ctx = GGML_PAD(cparams.n_ctx, 256)}).</li>
 *   <li>Sliding-window layers ({@link SlidingWindowLayout}) get their own cache of
 *       {@code GGML_PAD(min(n_ctx, n_swa + n_ubatch), 256)} cells: the window plus room for one micro-batch,
 *       padded to 256 (llama.cpp {@code src/llama-kv-cache-iswa.cpp}, constructor
 *       {@code llama_kv_cache_iswa::llama_kv_cache_iswa}, from pull request 13833 "use n_swa + n_ubatch cells for
 *       SWA cache"; the padding is issue 17037). Its {@code n_swa × n_seq_max} term is {@code n_swa} for one
 *       sequence.</li>
 * </ul>
 *
 * @param layers                  {@code ARCH.block_count}
 * @param elementsPerToken        cached elements per token, all layers together, as if every layer kept the whole
 *                                context
 * @param slidingElementsPerToken the part of {@code elementsPerToken} in layers that keep only the window
 * @param attention               what one layer caches per token
 * @param sliding                 which layers keep only a window
 */
public record KvCacheEstimate(long layers, long elementsPerToken, long slidingElementsPerToken, Attention attention,
                              SlidingWindowLayout sliding) {

    /** llama.cpp's cache granularity in tokens (the {@code 256} of both {@code GGML_PAD} calls above). */
    public static final long CELL_PADDING = 256;
    /**
     * llama.cpp's default micro-batch, {@code n_ubatch} ({@code llama_context_default_params} in
     * {@code src/llama-context.cpp}, and {@code common_params.n_ubatch}, {@code -ub}), which the sliding cache keeps
     * room for.
     */
    public static final long DEFAULT_UBATCH = 512;

    /**
     * What one layer caches per token.
     *
     * @param latent      Multi-head Latent Attention: {@code first} is {@code kv_lora_rank}, {@code second} the
     *                    RoPE key dimension; otherwise {@code first} and {@code second} are the key and value head
     *                    sizes
     * @param first       key head size, or the latent rank
     * @param second      value head size, or the RoPE key dimension
     */
    public record Attention(boolean latent, long first, long second) {
    }

    /** Why {@code f} gives no estimate, or null when it gives one. */
    public static KvCacheNote missing(GgufFile f) {
        Long layers = number(f, "block_count");
        if (layers == null || layers < 1) {
            return KvCacheNote.NO_BLOCK_COUNT;
        }
        if (number(f, "attention.kv_lora_rank") == null && headSize(f, "attention.key_length") == null) {
            return KvCacheNote.NO_HEAD_DIMENSION;
        }
        return null;
    }

    /** The estimate, or null when {@link #missing} names what the metadata lacks. */
    public static KvCacheEstimate of(GgufFile f) {
        if (missing(f) != null) {
            return null;
        }
        long layers = number(f, "block_count");
        SlidingWindowLayout sliding = SlidingWindowLayout.of(f);
        Long latent = number(f, "attention.kv_lora_rank");
        if (latent != null) {
            // llama.cpp gives DeepSeek's MLA no sliding layers: all of them cache the latent for the whole context.
            Long rope = number(f, "rope.dimension_count");
            long ropeDim = rope == null ? 0 : rope;
            return new KvCacheEstimate(layers, KvCache.mla(latent, ropeDim) * layers, 0,
                    new Attention(true, latent, ropeDim), new SlidingWindowLayout(SlidingWindowLayout.Kind.NONE, 0, 0));
        }
        long key = headSize(f, "attention.key_length");
        // llama.cpp defaults both head sizes to embedding_length / head_count; with neither, the value is the key's.
        Long valueLength = headSize(f, "attention.value_length");
        long value = valueLength != null ? valueLength : key;
        long[] kvHeads = kvHeadsOverLayers(f, layers, sliding);
        return new KvCacheEstimate(layers, KvCache.keysAndValues(kvHeads[0], key, value),
                KvCache.keysAndValues(kvHeads[1], key, value), new Attention(false, key, value), sliding);
    }

    /** What the estimate could not take into account, or null. */
    public KvCacheNote note() {
        return sliding.kind() == SlidingWindowLayout.Kind.UNKNOWN ? KvCacheNote.UNKNOWN_SLIDING_LAYOUT : null;
    }

    /** How many layers keep only the window. */
    public long slidingLayers() {
        return sliding.slidingLayers(layers);
    }

    /** Cells (tokens) in the full-context cache: {@code context} padded up to a multiple of 256. */
    public static long cells(long context) {
        return pad(context);
    }

    /** Cells in the sliding layers' cache: the window plus one micro-batch, at most the full cache, padded to 256. */
    public long slidingCells(long context) {
        long full = cells(context);
        // min(full, window + ubatch), written so that a window near Long.MAX_VALUE cannot overflow.
        long wanted = sliding.window() >= full - DEFAULT_UBATCH ? full : sliding.window() + DEFAULT_UBATCH;
        return pad(wanted);
    }

    /** Bytes of cache for {@code context} tokens at {@code bytesPerElement} (2 for F16, 34 / 32 for Q8_0). */
    public double bytes(long context, double bytesPerElement) {
        double full = KvCache.bytes(elementsPerToken - slidingElementsPerToken, cells(context), bytesPerElement);
        return full + KvCache.bytes(slidingElementsPerToken, slidingCells(context), bytesPerElement);
    }

    /** Bytes if every layer kept the whole context (llama.cpp's {@code --swa-full}): what ignoring the window gives. */
    public double bytesWithoutWindow(long context, double bytesPerElement) {
        return KvCache.bytes(elementsPerToken, cells(context), bytesPerElement);
    }

    private static long pad(long tokens) {
        return (tokens + CELL_PADDING - 1) / CELL_PADDING * CELL_PADDING;
    }

    /**
     * KV heads summed over all layers ([0]) and over the sliding layers ([1]). head_count_kv may be one number or one
     * per layer; without it every head has its own K and V (llama.cpp's default n_head_kv = n_head).
     */
    private static long[] kvHeadsOverLayers(GgufFile f, long layers, SlidingWindowLayout sliding) {
        MetadataValue v = f.architectureValue("attention.head_count_kv");
        if (v != null && v.type() == ValueType.ARRAY) {
            long[] sums = new long[2];
            List<Object> perLayer = v.asList();
            for (int il = 0; il < perLayer.size(); il++) {
                Object o = perLayer.get(il);
                long heads = o instanceof Number && !(o instanceof Double) ? ((Number) o).longValue() : 0;
                sums[0] += heads;
                sums[1] += sliding.slides(il) ? heads : 0;
            }
            return sums;
        }
        Long kv = v == null ? null : v.asLong();
        Long heads = number(f, "attention.head_count");
        long perLayer = kv != null ? kv : heads == null ? 0 : heads;
        return new long[] {layers * perLayer, sliding.slidingLayers(layers) * perLayer};
    }

    /** The explicit head size under {@code key}, else embedding_length / head_count; null when neither is known. */
    private static Long headSize(GgufFile f, String key) {
        Long explicit = number(f, key);
        if (explicit != null) {
            return explicit;
        }
        Long heads = number(f, "attention.head_count");
        Long embedding = number(f, "embedding_length");
        return heads == null || embedding == null || heads == 0 ? null : embedding / heads;
    }

    private static Long number(GgufFile f, String suffix) {
        MetadataValue v = f.architectureValue(suffix);
        return v == null ? null : v.asLong();
    }
}
