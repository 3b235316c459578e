package notes.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The source post's LoRA lab: a classifier of 100-dimensional embeddings, FC1 (100 -> 128), ReLU, FC2 (128 -> 4 for
 * AG News, replaced by 128 -> 2 for IMDB). LoRA adapts FC1 with a branch beside it, so its update has FC1's weight
 * shape, 128 x 100 (PyTorch stores nn.Linear weights as out_features x in_features): B is 128 x r and A is r x 100
 * (Hu et al., arXiv 2106.09685, section 4.1: W0 in R^{d x k}, B in R^{d x r}, A in R^{r x k}).
 */
class LoraLabTest {
    /** FC1's weight: d = 128 outputs, k = 100 inputs (the post's layer sizes 100 -> 128 -> 2). */
    private static final long D = 128;
    private static final long K = 100;

    @Test
    void fc1sAdapterHasTwoHundredTwentyEightParametersPerRank() {
        // Full FC1 weight: 128 x 100 = 12,800. LoRA: r (d + k) = r (128 + 100) = 228 r.
        assertEquals(12_800, Lora.fullParameters(D, K));
        assertEquals(228, Lora.loraParameters(D, K, 1));
        assertEquals(456, Lora.loraParameters(D, K, 2));
        assertEquals(1_824, Lora.loraParameters(D, K, 8));
        assertEquals(1_824.0 / 12_800, Lora.fraction(D, K, 8), 1e-15); // 14.25 %
        // r cannot exceed min(d, k) = 100, the input side.
        assertThrows(LlmProblem.class, () -> Lora.loraParameters(D, K, 101));
    }

    @Test
    void whatTheImdbModelSavesIsTheNewHeadWithBAndA() {
        // The IMDB head is a new nn.Linear(128, 2) with bias: 128 x 2 + 2 = 258 trained parameters. It is not in the
        // AG News model, so it is saved along with B and A: 258 + 228 r (r = 2: 714; r = 8: 2,082).
        long head = 128 * 2 + 2;
        assertEquals(714, head + Lora.loraParameters(D, K, 2));
        assertEquals(2_082, head + Lora.loraParameters(D, K, 8));
    }

    @Test
    void theUpdateIsScaledByAlphaOverRank() {
        // Hu et al., section 4.1: B A x is scaled by alpha / r. With alpha set to the first r tried (the paper's
        // practice), the factor is 1 there; alpha = 16 at r = 8 doubles the update, at r = 32 halves it.
        assertEquals(1.0, Lora.scaling(8, 8), 0);
        assertEquals(2.0, Lora.scaling(16, 8), 0);
        assertEquals(0.5, Lora.scaling(16, 32), 0);
        LlmProblem zero = assertThrows(LlmProblem.class, () -> Lora.scaling(0, 8));
        assertEquals("alpha", zero.field());
        assertEquals(LlmProblemCode.NOT_POSITIVE, zero.code());
    }
}
