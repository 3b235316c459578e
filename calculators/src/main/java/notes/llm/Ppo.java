package notes.llm;

/**
 * Proximal Policy Optimization (Schulman et al., arXiv 1707.06347): the clipped surrogate objective per sample,
 * eq. (7), L = min(rho A, clip(rho, 1 - eps, 1 + eps) A), with the probability ratio rho = pi_theta(a|s) /
 * pi_old(a|s) (the paper's r_t(theta); here rho, so that r stays the reward); and the KL-penalised reward of RLHF
 * (Ouyang et al., arXiv 2203.02155, eq. 2): R = r_phi(x, y) - beta log(pi_theta(y|x) / pi_ref(y|x)). Ratios are
 * plain numbers (1.2, not 120 %); rewards and advantages are in the reward model's own unit.
 */
public final class Ppo {
    private Ppo() {
    }

    /** The ratio held to [1 - eps, 1 + eps]. */
    public static double clip(double ratio, double epsilon) {
        requireEpsilon(epsilon);
        return Math.max(1 - epsilon, Math.min(1 + epsilon, ratio));
    }

    /**
     * One sample's term of L^CLIP (eq. 7). Past 1 + eps with A > 0, and below 1 - eps with A < 0, it is flat in the
     * ratio: moving the ratio further that way no longer increases it (the paper's Figure 1).
     *
     * @throws LlmProblem when the ratio is not above 0 or epsilon is not strictly between 0 and 1
     */
    public static double clippedObjective(double ratio, double advantage, double epsilon) {
        requireRatio(ratio);
        return Math.min(ratio * advantage, clip(ratio, epsilon) * advantage);
    }

    /** Whether the clip is the smaller term, i.e. this sample gives no gradient to push the ratio further. */
    public static boolean isClipped(double ratio, double advantage, double epsilon) {
        return clip(ratio, epsilon) * advantage < ratio * advantage;
    }

    /**
     * The reward RLHF's PPO maximises (InstructGPT eq. 2 without its pretraining term): the reward model's score
     * less beta times the log-ratio to the reference (SFT) model, which estimates the KL divergence from it.
     *
     * @throws LlmProblem when beta is negative
     */
    public static double penalisedReward(double reward, double beta, double kl) {
        if (!(beta >= 0)) {
            throw new LlmProblem("beta", LlmProblemCode.NEGATIVE);
        }
        return reward - beta * kl;
    }

    /** Checks the clip range: above 0 and below 1 (the PPO paper compares 0.1, 0.2 and 0.3 in Table 1). */
    public static void requireEpsilon(double epsilon) {
        if (!(epsilon > 0) || epsilon >= 1) {
            throw new LlmProblem("epsilon", LlmProblemCode.EPSILON_OUT_OF_RANGE);
        }
    }

    static void requireRatio(double ratio) {
        LlmProblem.positive("ratio", ratio);
    }
}
