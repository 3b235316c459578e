package notes.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * DeepSeek-V2 and DeepSeek-V3 routing on the case of issue 14: u = (0.8, -0.3), centroids (1, 0), (0, 1), (-1, 0),
 * (0.5, 0.5), k = 2, so the logits u . e_i are 0.8, -0.3, -0.8 and 0.25. Every expected value is worked from the
 * papers' definitions in its comment (by hand, to the digits shown), never taken from this code's output.
 */
class MoeRouterTest {
    private static final double[] U = {0.8, -0.3};
    private static final double[][] E = {{1, 0}, {0, 1}, {-1, 0}, {0.5, 0.5}};
    private static final double[] NO_BIAS = {0, 0, 0, 0};

    /**
     * DeepSeek-V3 (arXiv 2412.19437, section 2.1.2): s_i = sigmoid(u . e_i), top-k on s_i + b_i, g_i = s_i over the
     * sum of the chosen s_j. sigmoid(0.8) = 1 / (1 + e^-0.8) = 1 / 1.449329 = 0.689974; sigmoid(-0.3) = 0.425557;
     * sigmoid(-0.8) = 0.310026; sigmoid(0.25) = 1 / (1 + 0.778801) = 0.562177. Top-2: E1 and E4. Gates:
     * 0.689974 / (0.689974 + 0.562177) = 0.689974 / 1.252151 = 0.5510 and 0.562177 / 1.252151 = 0.4490 (issue 14:
     * "0.5510 / 0.4490 under V3, not 0.6341 / 0.3659").
     */
    @Test
    void v3NormalisesTheChosenSigmoidAffinities() {
        MoeRouter.Routing r = MoeRouter.routeV3(U, E, 2, NO_BIAS);
        assertArrayEquals(new double[] {0.689974, 0.425557, 0.310026, 0.562177}, r.affinity(), 1e-6);
        assertEquals(List.of(0, 3), r.chosenExperts());
        assertArrayEquals(new double[] {0.5510, 0, 0, 0.4490}, r.gate(), 5e-5);
        assertEquals(1, r.gateSum(), 1e-12, "normalised gates add up to 1");
    }

    /**
     * The old "V3" option renormalised softmax scores: e^0.8 / (e^0.8 + e^0.25) = 1 / (1 + e^-0.55) = 0.6341. The
     * router must not give that.
     */
    @Test
    void v3IsNotRenormalisedSoftmax() {
        double gate = MoeRouter.routeV3(U, E, 2, NO_BIAS).gate()[0];
        assertTrue(Math.abs(gate - 0.6341) > 0.05, "V3 gate " + gate + " looks like renormalised softmax");
    }

    /**
     * The released code multiplies the normalised gates by route_scale = 2.5 (deepseek-ai/DeepSeek-V3,
     * inference/configs/config_671B.json; inference/model.py, class Gate, {@code weights *= self.route_scale}):
     * 2.5 x 0.551031 = 1.3776 and 2.5 x 0.448969 = 1.1224, adding up to 2.5.
     */
    @Test
    void v3ScaledGatesAreTheNormalisedOnesTimesTheRoutedScalingFactor() {
        MoeRouter.Routing r = MoeRouter.routeV3(U, E, 2, NO_BIAS);
        assertArrayEquals(new double[] {1.3776, 0, 0, 1.1224}, r.scaledGates(2.5), 5e-5);
        LlmProblem p = assertThrows(LlmProblem.class, () -> r.scaledGates(0));
        assertEquals("routedScalingFactor", p.field());
    }

    /**
     * The bias only steers the choice (DeepSeek-V3 section 2.1.2: "the bias term is only used for routing"; the
     * gate still comes from s_i). With b = (0, 0.2, 0, 0) the selection scores are 0.689974, 0.625557, 0.310026,
     * 0.562177: E2 (0.6256) now beats E4 (0.5622), so the top-2 is E1 and E2. Gates from the unbiased affinities:
     * 0.689974 / (0.689974 + 0.425557) = 0.689974 / 1.115531 = 0.6185 and 0.425557 / 1.115531 = 0.3815. (Had the
     * bias entered the gate, E2's would be 0.625557 / 1.315531 = 0.4755.)
     */
    @Test
    void aBiasChangesWhichExpertsAreChosenButNotHowTheGateIsComputed() {
        MoeRouter.Routing r = MoeRouter.routeV3(U, E, 2, new double[] {0, 0.2, 0, 0});
        assertEquals(List.of(0, 1), r.chosenExperts());
        assertArrayEquals(new double[] {0.689974, 0.625557, 0.310026, 0.562177}, r.selection(), 1e-6);
        assertArrayEquals(new double[] {0.6185, 0.3815, 0, 0}, r.gate(), 5e-5);
        // The same bias on every expert changes nothing: the choice of v3NormalisesTheChosenSigmoidAffinities.
        assertEquals(List.of(0, 3), MoeRouter.routeV3(U, E, 2, new double[] {0.3, 0.3, 0.3, 0.3}).chosenExperts());
    }

    /**
     * DeepSeek-V2 (arXiv 2405.04434, section 2.2.1): s_i = softmax over all routed experts, g_i = s_i for the top-k,
     * no normalisation. e^0.8 = 2.225541, e^-0.3 = 0.740818, e^-0.8 = 0.449329, e^0.25 = 1.284025; sum 4.699714.
     * s = 0.473548, 0.157631, 0.095608, 0.273214. Top-2: E1 and E4 with gates 0.4735 and 0.2732, adding up to 0.7468.
     */
    @Test
    void v2GatesAreTheSoftmaxAffinitiesThemselves() {
        MoeRouter.Routing r = MoeRouter.routeV2(U, E, 2);
        assertArrayEquals(new double[] {0.473548, 0.157631, 0.095608, 0.273214}, r.affinity(), 1e-6);
        assertEquals(List.of(0, 3), r.chosenExperts());
        assertArrayEquals(new double[] {0.4735, 0, 0, 0.2732}, r.gate(), 5e-5);
        assertEquals(0.7468, r.gateSum(), 5e-5);
        assertArrayEquals(r.affinity(), r.selection(), "V2 selects on s_i");
    }

    /**
     * Chosen experts whose sigmoids underflow to 0 in doubles (logits -1000 and -2000) must still get gates by the
     * definition: sigmoid(-1000) / (sigmoid(-1000) + sigmoid(-2000)) = 1 / (1 + e^-1000), which is 1 to double
     * precision, and the other e^-1000 / (1 + e^-1000), which is 0: never 0 / 0.
     */
    @Test
    void v3GatesStayFiniteWhenEverySigmoidUnderflows() {
        MoeRouter.Routing r = MoeRouter.routeV3(new double[] {1000}, new double[][] {{-1}, {-2}}, 2, new double[2]);
        assertArrayEquals(new double[] {1, 0}, r.gate(), 1e-300);
    }

    @Test
    void v3NeedsOneBiasPerExpert() {
        LlmProblem p = assertThrows(LlmProblem.class, () -> MoeRouter.routeV3(U, E, 2, new double[] {0, 0}));
        assertEquals("bias", p.field());
        assertEquals(LlmProblemCode.BIAS_COUNT, p.code());
        assertEquals(4, p.limit());
    }
}
