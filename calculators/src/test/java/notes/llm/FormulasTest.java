package notes.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Hand-worked cases for the formulas; each expected value is derived in its comment. */
class FormulasTest {
    @Test
    void routerOnATinyExample() {
        // u = (1, 0); centroids (1, 0), (0, 1), (-1, 0): logits 1, 0, -1.
        // softmax: e/(e + 1 + 1/e) = 0.66524, 1/(...) = 0.24473, 0.09003. Top-2: experts 0 and 1.
        MoeRouter.Routing r = MoeRouter.routeV2(new double[] {1, 0}, new double[][] {{1, 0}, {0, 1}, {-1, 0}}, 2);
        double z = Math.E + 1 + 1 / Math.E;
        assertEquals(Math.E / z, r.affinity()[0], 1e-15);
        assertEquals(List.of(0, 1), r.chosenExperts());
        assertEquals(0, r.gate()[2]);
        assertEquals(1 / z, r.gate()[1], 1e-15);
        assertThrows(LlmProblem.class, () -> MoeRouter.routeV2(new double[] {1}, new double[][] {{1}}, 2));
    }

    @Test
    void capacityDropsTheLowestAffinityTokens() {
        // 4 tokens, 2 experts, top-1, factor 1: capacity ceil(1 x 4 x 1 / 2) = 2. All four prefer expert 0
        // (positive first coordinate); it keeps the two with the largest affinity: tokens 3 and 2.
        double[][] tokens = {{0.5, 0}, {1, 0}, {2, 0}, {3, 0}};
        double[][] centroids = {{1, 0}, {-1, 0}};
        List<ExpertCapacity.Assignment> a = ExpertCapacity.assign(tokens, centroids, 1, 1.0,
                ExpertCapacity.DropRule.LOWEST_AFFINITY);
        assertEquals(2, ExpertCapacity.capacity(1.0, 4, 1, 2));
        assertTrue(a.get(0).dropped());
        assertTrue(a.get(1).dropped());
        assertFalse(a.get(2).dropped());
        assertFalse(a.get(3).dropped());
    }

    @Test
    void capacityInArrivalOrderKeepsTheFirstTokens() {
        // The same four tokens in GShard's order (arXiv 2006.16668, Algorithm 1: an expert takes tokens as they come
        // until its capacity, the rest overflow): tokens 0 and 1 are kept, 2 and 3 dropped, though they have the
        // larger affinity.
        double[][] tokens = {{0.5, 0}, {1, 0}, {2, 0}, {3, 0}};
        double[][] centroids = {{1, 0}, {-1, 0}};
        List<ExpertCapacity.Assignment> a = ExpertCapacity.assign(tokens, centroids, 1, 1.0,
                ExpertCapacity.DropRule.ARRIVAL_ORDER);
        assertFalse(a.get(0).dropped());
        assertFalse(a.get(1).dropped());
        assertTrue(a.get(2).dropped());
        assertTrue(a.get(3).dropped());
    }

    @Test
    void capacityInArrivalOrderPlacesEveryFirstChoiceBeforeAnySecondChoice() {
        // GShard's top-2 (Algorithm 1; fairscale's top2gating: locations2 += sum(mask1)): second choices queue
        // behind all first choices. Token 0 = (1, 0) prefers expert 0, token 1 = (0, 1) prefers expert 1; top-2,
        // factor 0.5: capacity ceil(0.5 x 2 x 2 / 2) = 1. Expert 0 keeps token 0 (its first choice); expert 1 keeps
        // token 1's first choice and drops token 0's second choice, although token 0 came first.
        double[][] tokens = {{1, 0}, {0, 1}};
        double[][] centroids = {{1, 0}, {0, 1}};
        List<ExpertCapacity.Assignment> a = ExpertCapacity.assign(tokens, centroids, 2, 0.5,
                ExpertCapacity.DropRule.ARRIVAL_ORDER);
        assertEquals(1, ExpertCapacity.capacity(0.5, 2, 2, 2));
        // In token order, then expert order: (t0, e0), (t0, e1), (t1, e0), (t1, e1).
        assertEquals(List.of(false, true, true, false), a.stream().map(ExpertCapacity.Assignment::dropped).toList());
    }

    @Test
    void ppoClipsOnlyInTheDirectionOfTheAdvantage() {
        double eps = 0.2;
        // A > 0, r = 1.5: min(1.5 A, 1.2 A) = 1.2 A, clipped.
        assertEquals(1.2 * 2, Ppo.clippedObjective(1.5, 2, eps), 1e-15);
        assertTrue(Ppo.isClipped(1.5, 2, eps));
        // A > 0, r = 0.5: min(0.5 A, 0.8 A) = 0.5 A, not clipped (the objective still rewards raising r).
        assertEquals(0.5 * 2, Ppo.clippedObjective(0.5, 2, eps), 1e-15);
        assertFalse(Ppo.isClipped(0.5, 2, eps));
        // A < 0, r = 0.5: min(-0.5, -0.8) = -0.8 x 1, clipped; r = 1.5: min(-1.5, -1.2) = -1.5, not clipped.
        assertEquals(-0.8, Ppo.clippedObjective(0.5, -1, eps), 1e-15);
        assertEquals(-1.5, Ppo.clippedObjective(1.5, -1, eps), 1e-15);
        assertEquals(0.7, Ppo.penalisedReward(1.0, 0.1, 3.0), 1e-15);
        assertThrows(LlmProblem.class, () -> Ppo.clippedObjective(1, 1, 0));
        assertThrows(LlmProblem.class, () -> Ppo.clippedObjective(0, 1, 0.2));
    }

    @Test
    void ppoObjectiveStopsIncreasingBelowOneMinusEpsilonWhenTheAdvantageIsNegative() {
        // PPO paper (arXiv 1707.06347) section 3 and Figure 1, right panel (A < 0): L^CLIP rises as rho falls
        // towards 1 - eps, then stays at (1 - eps) A: lowering rho further gains nothing (不再增加), it does not
        // decrease. eps = 0.2, A = -1: L(0.9) = -0.9 < L(0.8) = -0.8 = L(0.5) = L(0.01).
        double eps = 0.2;
        assertEquals(-0.9, Ppo.clippedObjective(0.9, -1, eps), 1e-15);
        assertEquals(-0.8, Ppo.clippedObjective(0.8, -1, eps), 1e-15);
        assertEquals(-0.8, Ppo.clippedObjective(0.5, -1, eps), 1e-15);
        assertEquals(-0.8, Ppo.clippedObjective(0.01, -1, eps), 1e-15);
        // The mirror image for A > 0 (left panel): flat at (1 + eps) A past 1 + eps.
        assertEquals(1.2, Ppo.clippedObjective(1.2, 1, eps), 1e-15);
        assertEquals(1.2, Ppo.clippedObjective(1.9, 1, eps), 1e-15);
    }

    @Test
    void gpt3TrainingCompute() {
        // GPT-3 (arXiv 2005.14165): 175B parameters, 300B tokens: 6 x 175e9 x 300e9 = 3.15e23 FLOPs.
        assertEquals(3.15e23, TrainingCompute.flops(175e9, 300e9), 1e8);
        assertEquals(3.5e12, TrainingCompute.chinchillaTokens(175e9), 0);
    }

    @Test
    void deepSeekV3MfuIsImpossibleWithTotalParameters() {
        // DeepSeek-V3 (arXiv 2412.19437): 14.8T pre-training tokens, 2.664M H800 GPU-hours for pre-training (Table 1;
        // the 2.788M total adds context extension and post-training); H800 SXM dense BF16 peak 989 TFLOP/s.
        double hours = 2.664e6;
        double peak = 989e12;
        double withTotal = TrainingCompute.mfuFromGpuHours(TrainingCompute.flops(671e9, 14.8e12), hours, peak);
        double withActivated = TrainingCompute.mfuFromGpuHours(TrainingCompute.flops(37e9, 14.8e12), hours, peak);
        // 6 x 671e9 x 14.8e12 = 5.958e25 FLOPs over 2.664e6 x 3600 x 989e12 = 9.485e24: about 6.28 (628 %).
        assertEquals(6.28, withTotal, 0.01);
        // With 37B activated: 3.286e24 / 9.485e24 = 0.346.
        assertEquals(0.346, withActivated, 0.001);
    }

    @Test
    void loraOnTheSeedExampleAndGpt3() {
        // A 128 x 128 layer: 16,384 weights; rank 8 adds 8 x (128 + 128) = 2,048, one eighth.
        assertEquals(16_384, Lora.fullParameters(128, 128));
        assertEquals(2_048, Lora.loraParameters(128, 128, 8));
        assertEquals(0.125, Lora.fraction(128, 128, 8), 0);
        // GPT-3 175B (96 layers, d_model 12288), W_q and W_v adapted: LoRA paper Table 4 lists 4.7M (r = 1) and
        // 37.7M (r = 8) trainable parameters: 96 x 2 x r x (12288 + 12288).
        assertEquals(4_718_592, 96 * 2 * Lora.loraParameters(12288, 12288, 1));
        assertEquals(37_748_736, 96 * 2 * Lora.loraParameters(12288, 12288, 8));
        assertThrows(LlmProblem.class, () -> Lora.loraParameters(128, 128, 129));
    }

    @Test
    void loraOnLlama7bQueryAndValue() {
        // 32 layers x 2 matrices x 8 x (4096 + 4096) = 4,194,304: 0.062 % of 6,738,415,616.
        long lora = Lora.modelParameters(Presets.LLAMA_7B, new Lora.Targets(true, false, true, false, false), 8);
        assertEquals(4_194_304, lora);
    }

    @Test
    void badShapesAreRejectedWithTheirField() {
        assertEquals("heads", assertThrows(LlmProblem.class, () -> new GroupedQueryAttention(0, 1, 128)).field());
        assertEquals("activeExperts", assertThrows(LlmProblem.class, () -> new ModelShape("x", 10, 1, 64, 128, 32,
                4, 1, 5, 100, false, new GroupedQueryAttention(4, 4, 16))).field());
        assertEquals("kvHeads", assertThrows(LlmProblem.class, () -> new GroupedQueryAttention(32, 5, 128)).field());
    }
}
