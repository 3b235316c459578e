package notes.llm;

/**
 * Proximal Policy Optimization (Schulman et al., arXiv 1707.06347): the clipped surrogate objective per sample,
 * L = min(r A, clip(r, 1 - eps, 1 + eps) A), with r = pi_theta(a|s) / pi_old(a|s); and the KL-penalised reward
 * used in RLHF (Ouyang et al., arXiv 2203.02155, eq. 2): R = r(x, y) - beta KL.
 */
public final class Ppo {
    private Ppo() {
    }

    public static double clip(double ratio, double epsilon) {
        requireEpsilon(epsilon);
        return Math.max(1 - epsilon, Math.min(1 + epsilon, ratio));
    }

    public static double clippedObjective(double ratio, double advantage, double epsilon) {
        requireRatio(ratio);
        return Math.min(ratio * advantage, clip(ratio, epsilon) * advantage);
    }

    /** Whether the clip is the smaller term, i.e. this sample gives no gradient to push r further. */
    public static boolean isClipped(double ratio, double advantage, double epsilon) {
        return clip(ratio, epsilon) * advantage < ratio * advantage;
    }

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
