package notes.llm;

/**
 * Group Relative Policy Optimization with outcome supervision (Shao et al., DeepSeekMath, arXiv 2402.03300,
 * section 4.1): the G outputs sampled for one question get rewards r_1 ... r_G, and each output's advantage is its
 * reward's distance from the group mean in group standard deviations (section 4.1.2), the same for every token of
 * that output. No value model is trained. The KL term against the reference model is the per-token estimator of
 * eq. (4), pi_ref/pi_theta - log(pi_ref/pi_theta) - 1, and it goes into the loss, not into the reward.
 *
 * <p>The paper does not say which standard deviation. DeepSeek published no training code; this follows Hugging
 * Face TRL's {@code GRPOTrainer}, which computes {@code rewards.view(-1, G).std(dim=1)} (PyTorch's default, the
 * sample standard deviation with divisor G - 1) and divides by {@code std + 1e-4}, so that a group whose rewards
 * are all equal gets advantages of exactly 0 instead of 0/0.
 */
public final class Grpo {
    /** Added to the group's standard deviation before dividing (TRL: {@code advantages / (std_rewards + 1e-4)}). */
    public static final double STD_EPSILON = 1e-4;

    /** The fewest outputs in a group: a sample standard deviation needs two (TRL refuses fewer generations). */
    public static final int MIN_GROUP = 2;

    /** The largest |log(pi_theta / pi_ref)| the KL estimate takes: e^700 is still a finite double (e^710 is not). */
    public static final double MAX_LOG_RATIO = 700;

    private Grpo() {
    }

    /**
     * One group's statistics and the advantage of each output.
     *
     * @param mean       the mean reward of the group
     * @param std        the sample standard deviation of the rewards (divisor G - 1), before {@link #STD_EPSILON}
     * @param advantages (r_i - mean) / (std + {@link #STD_EPSILON}), in the order of the rewards
     */
    public record Group(double mean, double std, double[] advantages) {
    }

    /**
     * The group-relative advantages of {@code rewards} (one reward per output of the same question, any unit).
     *
     * @throws LlmProblem {@link LlmProblemCode#GROUP_TOO_SMALL} for fewer than {@link #MIN_GROUP} rewards
     */
    public static Group advantages(double[] rewards) {
        if (rewards.length < MIN_GROUP) {
            throw new LlmProblem("rewards", LlmProblemCode.GROUP_TOO_SMALL, MIN_GROUP);
        }
        double sum = 0;
        for (double r : rewards) {
            sum += r;
        }
        double mean = sum / rewards.length;
        // Two passes: the squares of deviations, not of rewards, so rewards near 10^6 lose no digits.
        double squares = 0;
        for (double r : rewards) {
            squares += (r - mean) * (r - mean);
        }
        double std = Math.sqrt(squares / (rewards.length - 1));
        double[] advantages = new double[rewards.length];
        for (int i = 0; i < rewards.length; i++) {
            advantages[i] = (rewards[i] - mean) / (std + STD_EPSILON);
        }
        return new Group(mean, std, advantages);
    }

    /**
     * DeepSeekMath's per-token KL estimate, eq. (4): pi_ref/pi_theta - log(pi_ref/pi_theta) - 1, from
     * x = log(pi_theta / pi_ref) as e^(-x) + x - 1. It is 0 at x = 0 and positive elsewhere (the paper: "guaranteed
     * to be positive"); expm1 keeps its digits for small x, where e^(-x) and 1 - x nearly cancel.
     *
     * @throws LlmProblem {@link LlmProblemCode#LOG_RATIO_OUT_OF_RANGE} when |x| exceeds {@link #MAX_LOG_RATIO}
     */
    public static double klEstimate(double logRatio) {
        if (!(Math.abs(logRatio) <= MAX_LOG_RATIO)) {
            throw new LlmProblem("logRatio", LlmProblemCode.LOG_RATIO_OUT_OF_RANGE, (long) MAX_LOG_RATIO);
        }
        return Math.expm1(-logRatio) + logRatio;
    }
}
