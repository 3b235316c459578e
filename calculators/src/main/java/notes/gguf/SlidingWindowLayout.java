package notes.gguf;

import java.util.Map;

/**
 * Which layers of a model attend over a sliding window of the last {@code window} tokens, as llama.cpp lays them
 * out. The window is the file's {@code ARCH.attention.sliding_window} (llama.cpp's {@code n_swa}); which layers use
 * it is not in the file but fixed per architecture in llama.cpp's source, so only the architectures listed in
 * {@link #PERIODS} are known. For those, layer {@code il} slides when {@code il % period < period - 1}: every
 * {@code period}-th layer, starting with layer {@code period - 1}, attends over the whole context (llama.cpp
 * {@code src/llama-hparams.cpp}, {@code llama_hparams::set_swa_pattern(n_pattern, dense_first = false)}).
 *
 * @param kind   whether the layout is known
 * @param window tokens each sliding layer attends to; 0 when {@code kind} is {@link Kind#NONE}
 * @param period layers per repeat of the pattern; 0 unless {@code kind} is {@link Kind#INTERLEAVED}
 */
public record SlidingWindowLayout(Kind kind, long window, int period) {

    /** How the layers' windows are known. */
    public enum Kind {
        /** No sliding window: every layer attends over (and caches) the whole context. */
        NONE,
        /** Sliding layers interleaved with full-context layers in a pattern llama.cpp fixes for the architecture. */
        INTERLEAVED,
        /**
         * The file names a window but this estimate does not know which layers use it; every layer is counted at
         * the whole context, which is what llama.cpp allocates for an architecture it gives no pattern.
         */
        UNKNOWN
    }

    /**
     * Pattern periods, from llama.cpp {@code src/llama-model.cpp}, {@code llama_model::load_hparams}, the
     * {@code hparams.set_swa_pattern(n)} call of each architecture's case: {@code LLM_ARCH_GEMMA2} 2 (one sliding,
     * one global), {@code LLM_ARCH_GEMMA3} 6 (five local, one global), {@code LLM_ARCH_COHERE2} 4 (three sliding,
     * one global), {@code LLM_ARCH_OPENAI_MOE} 2 (alternating). The keys are the names llama.cpp gives these
     * architectures in {@code general.architecture} ({@code src/llama-arch.cpp}, {@code LLM_ARCH_NAMES}).
     */
    private static final Map<String, Integer> PERIODS = Map.of("gemma2", 2, "gemma3", 6, "cohere2", 4, "gpt-oss", 2);

    /**
     * Gemma 2's window when its file has no {@code gemma2.attention.sliding_window}: llama.cpp's
     * {@code LLM_ARCH_GEMMA2} case sets {@code hparams.n_swa = 4096} before reading the optional key.
     */
    static final long GEMMA2_DEFAULT_WINDOW = 4096;

    /** The layout {@code f}'s metadata implies. */
    static SlidingWindowLayout of(GgufFile f) {
        MetadataValue arch = f.metadata().get("general.architecture");
        String architecture = arch == null ? null : String.valueOf(arch.value());
        MetadataValue v = f.architectureValue("attention.sliding_window");
        Long window = v == null ? null : v.asLong();
        if (window == null && "gemma2".equals(architecture)) {
            window = GEMMA2_DEFAULT_WINDOW;
        }
        // Gemma 3 files written without a window (sliding_window_pattern 1) run without one: llama.cpp sets the
        // pattern only when the key is present and positive; a window of 0 or less means none elsewhere too.
        if (window == null || window <= 0) {
            return new SlidingWindowLayout(Kind.NONE, 0, 0);
        }
        Integer period = PERIODS.get(architecture);
        return period == null ? new SlidingWindowLayout(Kind.UNKNOWN, window, 0)
                : new SlidingWindowLayout(Kind.INTERLEAVED, window, period);
    }

    /** Whether layer {@code il} (0-based) keeps only the window. */
    public boolean slides(long il) {
        return kind == Kind.INTERLEAVED && il % period < period - 1;
    }

    /** How many of layers 0 … {@code layers} − 1 slide, counted without visiting each layer. */
    public long slidingLayers(long layers) {
        if (kind != Kind.INTERLEAVED) {
            return 0;
        }
        return layers / period * (period - 1) + Math.min(layers % period, period - 1);
    }
}
