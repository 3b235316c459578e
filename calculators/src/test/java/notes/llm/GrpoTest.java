package notes.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * GRPO's group-relative advantages and KL estimate against their definitions: DeepSeekMath (arXiv 2402.03300)
 * section 4.1.2 and eq. (4), with the standard deviation as Hugging Face TRL's GRPOTrainer computes it.
 */
class GrpoTest {
    @Test
    void oneRightAnswerInFourUsesTheSampleStandardDeviationPlusTrlsEpsilon() {
        // TRL trl/trainer/grpo_trainer.py: std_rewards = rewards.view(-1, num_generations).std(dim=1), whose default
        // is the sample standard deviation (torch.std, correction=1: https://pytorch.org/docs/stable/generated/
        // torch.std.html), then advantages = (rewards - mean) / (std_rewards + 1e-4).
        // Rewards (1, 0, 0, 0): mean 0.25; sample std sqrt((0.75^2 + 3 x 0.25^2) / 3) = 0.5;
        // advantage of the right answer 0.75 / 0.5001 = 1.49970006, of the others -0.25 / 0.5001 = -0.49990002.
        // The population std (0.4330) would give 1.7317, and no 1e-4 would give 1.5000: both fail this.
        Grpo.Group g = Grpo.advantages(new double[] {1, 0, 0, 0});
        assertEquals(0.25, g.mean(), 1e-15);
        assertEquals(0.5, g.std(), 1e-15);
        assertArrayEquals(new double[] {1.49970006, -0.49990002, -0.49990002, -0.49990002}, g.advantages(), 1e-8);
    }

    @Test
    void twoRightAnswersInFourMatchAPublishedWorkedExample() {
        // S. Raschka, "Build a Reasoning Model (From Scratch)", Manning, sections 6.7 and 7.3.1 (liveBook concept
        // page "Advantage function"): rewards [1, 1, 0, 0] give advantages [0.8659, 0.8659, -0.8659, -0.8659].
        // Without the 1e-4 it would print 0.8660; with the population std (0.5), 0.9998.
        Grpo.Group g = Grpo.advantages(new double[] {1, 1, 0, 0});
        assertArrayEquals(new double[] {0.8659, 0.8659, -0.8659, -0.8659}, g.advantages(), 0.00005);
    }

    @Test
    void equalRewardsGiveZeroAdvantagesNotNaN() {
        // All right (or all wrong): std 0, and TRL's (r - mean) / (0 + 1e-4) is exactly 0 for every output.
        Grpo.Group g = Grpo.advantages(new double[] {1, 1, 1, 1});
        assertEquals(0, g.std());
        assertArrayEquals(new double[] {0, 0, 0, 0}, g.advantages());
        // Rewards near the field's limit keep their digits (two passes, deviations squared, not rewards).
        Grpo.Group big = Grpo.advantages(new double[] {999_999, 1_000_000});
        assertArrayEquals(new double[] {-0.5 / (Math.sqrt(0.5) + 1e-4), 0.5 / (Math.sqrt(0.5) + 1e-4)},
                big.advantages(), 1e-9);
    }

    @Test
    void aGroupNeedsTwoOutputs() {
        // A sample standard deviation of one value is 0 / 0; TRL refuses num_generations < 2 for the same reason.
        LlmProblem p = assertThrows(LlmProblem.class, () -> Grpo.advantages(new double[] {1}));
        assertEquals(LlmProblemCode.GROUP_TOO_SMALL, p.code());
        assertEquals(2, p.limit());
    }

    @Test
    void klEstimateIsEquationFour() {
        // DeepSeekMath eq. (4): pi_ref/pi_theta - log(pi_ref/pi_theta) - 1, from x = log(pi_theta/pi_ref).
        // pi_theta twice pi_ref: 0.5 - ln 0.5 - 1 = 0.19314718; half of it: 2 - ln 2 - 1 = 0.30685282.
        assertEquals(0.19314718, Grpo.klEstimate(Math.log(2)), 1e-8);
        assertEquals(0.30685282, Grpo.klEstimate(-Math.log(2)), 1e-8);
        // Zero where the two models agree and positive elsewhere ("guaranteed to be positive"): x^2/2 for small x.
        assertEquals(0, Grpo.klEstimate(0));
        assertEquals(5e-19, Grpo.klEstimate(1e-9), 1e-24);
        assertTrue(Grpo.klEstimate(-1e-9) > 0);
        LlmProblem p = assertThrows(LlmProblem.class, () -> Grpo.klEstimate(-701));
        assertEquals(LlmProblemCode.LOG_RATIO_OUT_OF_RANGE, p.code());
        assertTrue(Double.isFinite(Grpo.klEstimate(-700)));
    }
}
