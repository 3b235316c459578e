package notes.gguf;

import java.util.List;

import notes.llm.KvCache;

/**
 * KV-cache size of a GGUF model from its architecture metadata ({@code ARCH.block_count},
 * {@code ARCH.attention.head_count_kv}, {@code key_length}, {@code value_length}; for Multi-head Latent Attention
 * {@code ARCH.attention.kv_lora_rank} and {@code ARCH.rope.dimension_count}), as llama.cpp sizes its cache. The
 * per-token formulas are {@link KvCache}'s, the same as the KV-cache calculator's.
 *
 * @param elementsPerToken cached elements per token, all layers together
 */
public record KvCacheEstimate(long layers, long elementsPerToken, String basis) {

    /** The estimate, or null (with {@code why[0]} set) when the metadata lacks what it needs. */
    public static KvCacheEstimate of(GgufFile f, String[] why) {
        Long layers = number(f, "block_count");
        if (layers == null) {
            why[0] = "沒有 block_count（層數）";
            return null;
        }
        Long latent = number(f, "attention.kv_lora_rank");
        if (latent != null) {
            Long rope = number(f, "rope.dimension_count");
            long perLayer = KvCache.mla(latent, rope == null ? 0 : rope);
            return new KvCacheEstimate(layers, perLayer * layers, "MLA：kv_lora_rank " + latent + " + RoPE "
                    + (rope == null ? 0 : rope) + " 每層");
        }
        Long heads = number(f, "attention.head_count");
        Long embedding = number(f, "embedding_length");
        Long keyLength = number(f, "attention.key_length");
        if (keyLength == null && (heads == null || embedding == null || heads == 0)) {
            why[0] = "沒有 head_count 或 embedding_length，無法推出每頭維度";
            return null;
        }
        long key = keyLength != null ? keyLength : embedding / heads;
        Long valueLength = number(f, "attention.value_length");
        long value = valueLength != null ? valueLength : key;
        long kvHeadsTotal = kvHeadsOverLayers(f, layers, heads);
        return new KvCacheEstimate(layers, KvCache.keysAndValues(kvHeadsTotal, key, value), "KV 頭 × (key " + key + " + value "
                + value + ") 每層");
    }

    /** Bytes of cache for {@code context} tokens at {@code bytesPerElement} (2 for F16). */
    public double bytes(long context, double bytesPerElement) {
        return KvCache.bytes(elementsPerToken, context, bytesPerElement);
    }

    /** head_count_kv may be one number or one per layer; without it every head has its own K and V. */
    private static long kvHeadsOverLayers(GgufFile f, long layers, Long heads) {
        MetadataValue v = f.architectureValue("attention.head_count_kv");
        if (v != null && v.type() == ValueType.ARRAY) {
            long sum = 0;
            List<Object> perLayer = v.asList();
            for (Object o : perLayer) {
                sum += o instanceof Number && !(o instanceof Double) ? ((Number) o).longValue() : 0;
            }
            return sum;
        }
        Long kv = v == null ? null : v.asLong();
        return layers * (kv != null ? kv : heads == null ? 0 : heads);
    }

    private static Long number(GgufFile f, String suffix) {
        MetadataValue v = f.architectureValue(suffix);
        return v == null ? null : v.asLong();
    }
}
