package notes.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Shapes a reader can type that no model has: each names the field at fault. The valid edges are DeepSeek-V3's own
 * numbers (config_671B.json: 61 layers, 3 dense, 256 routed, 1 shared, 8 active) and a dense Llama-3-8B.
 */
class ModelShapeValidationTest {
    private static final Attention GQA = new GroupedQueryAttention(32, 8, 128);

    private static ModelShape shape(long layers, long dense, long denseFfn, long expertFfn, long routed, long shared,
                                    long active) {
        return new ModelShape("t", layers, dense, 4096, denseFfn, expertFfn, routed, shared, active, 128256, false, GQA);
    }

    private static String field(Runnable r) {
        return assertThrows(LlmProblem.class, r::run).field();
    }

    @Test
    void edgesThatAreAllowed() {
        assertTrue(shape(61, 61, 18432, 2048, 256, 1, 8).isMoe(), "every layer dense is allowed");
        assertEquals(0, shape(61, 61, 18432, 2048, 256, 1, 8).moeLayers());
        assertEquals(58, shape(61, 3, 18432, 2048, 256, 1, 8).moeLayers());
        assertEquals(0, shape(32, 0, 14336, 0, 0, 0, 0).moeLayers(), "dense: no expert FFN needed");
        shape(61, 0, 0, 2048, 256, 1, 256); // all experts active, no dense layer and so no dense FFN
        shape(61, 0, 0, 2048, 256, 0, 1);
    }

    @Test
    void impossibleShapesNameTheirField() {
        assertEquals("layers", field(() -> shape(0, 0, 14336, 0, 0, 0, 0)));
        assertEquals("denseLayers", field(() -> shape(61, 62, 18432, 2048, 256, 1, 8)));
        assertEquals("denseLayers", field(() -> shape(61, -1, 18432, 2048, 256, 1, 8)));
        assertEquals("activeExperts", field(() -> shape(61, 3, 18432, 2048, 256, 1, 257)));
        assertEquals("activeExperts", field(() -> shape(61, 3, 18432, 2048, 256, 1, 0)));
        assertEquals("activeExperts", field(() -> shape(61, 3, 18432, 2048, 256, 1, -1)));
        assertEquals("routedExperts", field(() -> shape(61, 3, 18432, 2048, -1, 1, 0)));
        assertEquals("sharedExperts", field(() -> shape(61, 3, 18432, 2048, 256, -1, 8)));
        assertEquals("denseFfn", field(() -> shape(61, 1, 0, 2048, 256, 1, 8)), "a dense layer needs its FFN");
        assertEquals("denseFfn", field(() -> shape(32, 0, 0, 0, 0, 0, 0)), "a dense model needs its FFN");
        assertEquals("expertFfn", field(() -> shape(61, 3, 18432, 0, 256, 1, 8)));
        assertEquals("expertFfn", field(() -> shape(32, 0, 14336, 0, 0, 1, 0)), "a shared expert needs its FFN");
        assertEquals("hidden", assertThrows(LlmProblem.class, () -> new ModelShape("t", 32, 0, 0, 14336, 0, 0, 0, 0,
                128256, false, GQA)).field());
        assertEquals("vocab", assertThrows(LlmProblem.class, () -> new ModelShape("t", 32, 0, 4096, 14336, 0, 0, 0,
                0, 0, false, GQA)).field());
        // 1,000 layers x 100,000 experts x 3 x 4,096 x 10^7 is about 1.2 x 10^22 weights: past a long's 9.2 x 10^18.
        LlmProblem tooLarge = assertThrows(LlmProblem.class, () -> new ModelShape("t", 1000, 0, 4096, 0, 10_000_000,
                100_000, 0, 8, 128256, false, GQA));
        assertEquals("shape", tooLarge.field());
        assertEquals(LlmProblemCode.TOO_LARGE, tooLarge.code());
    }
}
