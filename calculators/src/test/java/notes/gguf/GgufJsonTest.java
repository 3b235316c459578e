package notes.gguf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command line's JSON ends with the KV-cache figures per token and, when there is one, an English note. */
class GgufJsonTest {
    private static String json(GgufWriter w) {
        return GgufJson.write(GgufReader.read(new ByteArraySource(w.toBytes())));
    }

    /**
     * gpt-oss-20b (llama.cpp print_info in ikawrakow/ik_llama.cpp issue 822: 24 layers, 8 KV heads of 64, window
     * 128): 24 x 8 x 128 = 24,576 elements per token, half of them in the 12 alternating sliding layers.
     */
    @Test
    void slidingFiguresPerToken() {
        String out = json(new GgufWriter().scalar("general.architecture", ValueType.STRING, "gpt-oss")
                .scalar("gpt-oss.block_count", ValueType.UINT32, 24L)
                .scalar("gpt-oss.attention.head_count_kv", ValueType.UINT32, 8L)
                .scalar("gpt-oss.attention.key_length", ValueType.UINT32, 64L)
                .scalar("gpt-oss.attention.value_length", ValueType.UINT32, 64L)
                .scalar("gpt-oss.attention.sliding_window", ValueType.UINT32, 128L));
        assertTrue(out.endsWith("\"kvCache\": {\"layers\": 24, \"elementsPerToken\": 24576, \"slidingWindow\": 128,"
                + " \"slidingLayers\": 12, \"slidingElementsPerToken\": 12288}\n}"), out);
    }

    @Test
    void notesAreInEnglish() {
        String unknown = json(new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama")
                .scalar("llama.block_count", ValueType.UINT32, 2L)
                .scalar("llama.attention.key_length", ValueType.UINT32, 64L)
                .scalar("llama.attention.sliding_window", ValueType.UINT32, 4096L));
        assertTrue(unknown.contains("\"note\": \"the file sets a sliding window of 4096 tokens, but which layers use"
                + " it is not known for this architecture; every layer is counted at the whole context\""), unknown);
        String missing = json(new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama"));
        assertTrue(missing.contains("\"kvCache\": {\"note\": \"no KV-cache estimate: the architecture's block_count"),
                missing);
    }
}
