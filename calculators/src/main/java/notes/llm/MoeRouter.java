package notes.llm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Routing of one token in a DeepSeekMoE layer, as DeepSeek-V2 and DeepSeek-V3 define it. The layer's output is
 * h' = u + sum of shared experts FFN(u) + sum of g_i FFN_i(u) in both.
 *
 * <ul>
 * <li>{@link #routeV2} (DeepSeek-V2, arXiv 2405.04434, section 2.2.1): affinities s_i = softmax_i(u . e_i) over all
 * routed experts' centroids e_i; the top-k on s_i are chosen and their gate is g_i = s_i itself, with no
 * normalisation, so the chosen gates add up to less than 1.</li>
 * <li>{@link #routeV3} (DeepSeek-V3, arXiv 2412.19437, section 2.1.2): affinities s_i = sigmoid(u . e_i); the top-k
 * are chosen on s_i + b_i, where b_i is the expert's bias of auxiliary-loss-free load balancing; the bias steers
 * only the choice, and the gate is g_i = s_i / (sum of s_j over the chosen), so the chosen gates add up to 1.</li>
 * </ul>
 *
 * <p>The released inference code (deepseek-ai/DeepSeek-V3, inference/model.py, class {@code Gate}) follows the same
 * order: scores, then the bias added for selection only, gates gathered from the unbiased scores, normalised when the
 * scores are sigmoid, and finally multiplied by {@code route_scale} (see {@link Routing#scaledGates}). Its
 * group-limited selection (n_expert_groups, n_limited_groups, the device- or node-limited routing of the papers) is
 * left out: it only matters once experts sit on different devices.
 */
public final class MoeRouter {
    private MoeRouter() {
    }

    /**
     * Scores and gates of every routed expert, in expert order.
     *
     * @param logits    u . e_i
     * @param affinity  s_i (softmax for V2, sigmoid for V3), a decimal in [0, 1]
     * @param selection the score the top-k is taken on: s_i for V2, s_i + b_i for V3
     * @param chosen    whether the expert is among the top-k
     * @param gate      g_i as the paper defines it (0 for experts not chosen)
     */
    public record Routing(double[] logits, double[] affinity, double[] selection, boolean[] chosen, double[] gate) {
        public List<Integer> chosenExperts() {
            List<Integer> experts = new ArrayList<>();
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i]) {
                    experts.add(i);
                }
            }
            return experts;
        }

        /** The sum of the chosen experts' gates: below 1 for V2, 1 for V3. */
        public double gateSum() {
            double sum = 0;
            for (double g : gate) {
                sum += g;
            }
            return sum;
        }

        /**
         * The gates the released inference code feeds the experts with: g_i times {@code routedScalingFactor}
         * ({@code route_scale} in deepseek-ai/DeepSeek-V3's inference/configs, 2.5 for V3; {@code
         * routed_scaling_factor} in the models' config.json). The papers' formulas have no such factor.
         *
         * @throws LlmProblem NOT_POSITIVE on {@code routedScalingFactor} when it is not a finite number above 0
         */
        public double[] scaledGates(double routedScalingFactor) {
            LlmProblem.positive("routedScalingFactor", routedScalingFactor);
            double[] scaled = new double[gate.length];
            for (int i = 0; i < gate.length; i++) {
                scaled[i] = gate[i] * routedScalingFactor;
            }
            return scaled;
        }
    }

    /**
     * DeepSeek-V2's routing: softmax affinities, top-k on them, gates equal to the affinities.
     *
     * @throws LlmProblem on {@code topK} (NOT_POSITIVE, EXCEEDS_ROUTED), on {@code experts} when there are no
     *                    centroids, on {@code centroids} (LENGTH_MISMATCH) when a centroid's length is not the token's
     */
    public static Routing routeV2(double[] token, double[][] centroids, int topK) {
        double[] logits = logits(token, centroids, topK);
        double[] affinity = softmax(logits);
        boolean[] chosen = topK(affinity, topK);
        double[] gate = new double[affinity.length];
        for (int i = 0; i < gate.length; i++) {
            gate[i] = chosen[i] ? affinity[i] : 0;
        }
        return new Routing(logits, affinity, affinity.clone(), chosen, gate);
    }

    /**
     * DeepSeek-V3's routing: sigmoid affinities, top-k on affinity + bias, gates the chosen affinities normalised to
     * add up to 1 (the bias is not part of the gate).
     *
     * @param bias b_i, one per routed expert (the load-balancing bias; all 0 reproduces a plain top-k on s_i)
     * @throws LlmProblem as {@link #routeV2}, and BIAS_COUNT on {@code bias} when it does not hold one number per
     *                    expert
     */
    public static Routing routeV3(double[] token, double[][] centroids, int topK, double[] bias) {
        double[] logits = logits(token, centroids, topK);
        if (bias.length != centroids.length) {
            throw new LlmProblem("bias", LlmProblemCode.BIAS_COUNT, centroids.length);
        }
        double[] affinity = new double[logits.length];
        double[] selection = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            affinity[i] = 1 / (1 + Math.exp(-logits[i]));
            selection[i] = affinity[i] + bias[i];
        }
        boolean[] chosen = topK(selection, topK);
        return new Routing(logits, affinity, selection, chosen, normalisedSigmoids(logits, chosen));
    }

    /** u . e_i for each centroid, after checking the inputs both variants share. */
    private static double[] logits(double[] token, double[][] centroids, int topK) {
        LlmProblem.positive("experts", centroids.length);
        LlmProblem.positive("topK", topK);
        if (topK > centroids.length) {
            throw new LlmProblem("topK", LlmProblemCode.EXCEEDS_ROUTED, centroids.length);
        }
        double[] logits = new double[centroids.length];
        for (int i = 0; i < centroids.length; i++) {
            if (centroids[i].length != token.length) {
                throw new LlmProblem("centroids", LlmProblemCode.LENGTH_MISMATCH, token.length);
            }
            for (int j = 0; j < token.length; j++) {
                logits[i] += token[j] * centroids[i][j];
            }
        }
        return logits;
    }

    /**
     * sigmoid(x_i) / sum of sigmoid(x_j) over the chosen, computed as a softmax of log sigmoid(x) so that chosen
     * experts whose sigmoids all underflow to 0 (logits below about -745) still get gates that add up to 1, not 0/0.
     */
    private static double[] normalisedSigmoids(double[] logits, boolean[] chosen) {
        double[] logSigmoid = new double[logits.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logits.length; i++) {
            double x = logits[i];
            logSigmoid[i] = x < 0 ? x - Math.log1p(Math.exp(x)) : -Math.log1p(Math.exp(-x));
            max = chosen[i] ? Math.max(max, logSigmoid[i]) : max;
        }
        double[] gate = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < gate.length; i++) {
            gate[i] = chosen[i] ? Math.exp(logSigmoid[i] - max) : 0;
            sum += gate[i];
        }
        for (int i = 0; i < gate.length; i++) {
            gate[i] /= sum;
        }
        return gate;
    }

    /** Softmax shifted by the maximum logit, so large logits do not overflow. */
    static double[] softmax(double[] logits) {
        double max = Arrays.stream(logits).max().orElse(0);
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The k largest; ties go to the lower expert index, as a stable sort would. */
    static boolean[] topK(double[] scores, int k) {
        boolean[] chosen = new boolean[scores.length];
        for (int pick = 0; pick < k; pick++) {
            int best = -1;
            for (int i = 0; i < scores.length; i++) {
                if (!chosen[i] && (best < 0 || scores[i] > scores[best])) {
                    best = i;
                }
            }
            chosen[best] = true;
        }
        return chosen;
    }
}
