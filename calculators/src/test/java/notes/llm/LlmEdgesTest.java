package notes.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LlmEdgesTest {
    /**
     * Hugging Face PEFT on LLaMA-7B with r = 8 on every linear layer of attention and MLP (q, k, v, o, gate, up,
     * down) prints "trainable params: 19,988,480"; on q and v alone "4,194,304" (as the LoRA paper's recipe).
     */
    @Test
    void loraOnEveryLinearLayerOfLlama7b() {
        assertEquals(19_988_480L, Lora.modelParameters(Presets.LLAMA_7B,
                new Lora.Targets(true, true, true, true, true), 8));
        assertEquals(4_194_304L, Lora.modelParameters(Presets.LLAMA_7B,
                new Lora.Targets(true, false, true, false, false), 8));
        // k alone equals v alone in a model without grouped KV heads; o is the transpose of q: the same count.
        assertEquals(2_097_152L, Lora.modelParameters(Presets.LLAMA_7B,
                new Lora.Targets(false, true, false, false, false), 8));
        assertEquals(2_097_152L, Lora.modelParameters(Presets.LLAMA_7B,
                new Lora.Targets(false, false, false, true, false), 8));
    }

    /** The names of Ainslie et al. (GQA, arXiv 2305.13245): one KV head per query head is MHA, one in all is MQA. */
    @Test
    void attentionKinds() {
        assertEquals("MHA", new GroupedQueryAttention(32, 32, 128).kind());
        assertEquals("MQA", new GroupedQueryAttention(32, 1, 128).kind());
        assertEquals("GQA", new GroupedQueryAttention(32, 8, 128).kind());
    }

    /** The domain names the input and the code, never a sentence: the page words it in the reader's language. */
    @Test
    void aProblemIsACodeOnANamedInput() {
        LlmProblem p = assertThrows(LlmProblem.class, () -> TrainingCompute.flops(0, 1));
        assertEquals("parameters", p.field());
        assertEquals(LlmProblemCode.NOT_POSITIVE, p.code());
        // DeepSeek-V3's 256 routed experts (config_671B.json) bound its top-k: the bound travels with the code.
        LlmProblem topK = assertThrows(LlmProblem.class, () -> new ModelShape("t", 61, 3, 7168, 18432, 2048, 256, 1,
                257, 129280, false, new GroupedQueryAttention(128, 8, 128)));
        assertEquals("activeExperts", topK.field());
        assertEquals(LlmProblemCode.EXCEEDS_ROUTED, topK.code());
        assertEquals(256, topK.limit());
    }
}
