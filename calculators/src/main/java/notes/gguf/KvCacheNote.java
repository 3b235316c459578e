package notes.gguf;

/**
 * What a reader of the KV-cache estimate must know about it: why there is none, or what it could not take into
 * account. Wording is not kept here: the page words a note in zh-Hant ({@code notes.page.GgufMessages}) and the
 * command line in English ({@link GgufEnglish}), each from the constant and {@link KvCacheEstimate}'s numbers.
 */
public enum KvCacheNote {
    /** No estimate: {@code ARCH.block_count} is missing, not an integer or not positive. */
    NO_BLOCK_COUNT,
    /**
     * No estimate: neither {@code ARCH.attention.key_length} nor both {@code ARCH.embedding_length} and a non-zero
     * {@code ARCH.attention.head_count}, from which llama.cpp derives the head size.
     */
    NO_HEAD_DIMENSION,
    /**
     * The file names a sliding window but the architecture's layer pattern is not known here, so every layer is
     * counted at the whole context ({@link SlidingWindowLayout.Kind#UNKNOWN}).
     */
    UNKNOWN_SLIDING_LAYOUT
}
