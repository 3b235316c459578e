package notes.llm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Routing of one token in a DeepSeekMoE layer (DeepSeekMoE, arXiv 2401.06066; DeepSeek-V2, arXiv 2405.04434,
 * section 2.2): affinities s_i = softmax_i(u . e_i) over the routed experts' centroids e_i; the top-k experts get
 * gate g_i = s_i (DeepSeek-V2), or s_i divided by the sum over the chosen k when {@code normalize} is set
 * (DeepSeek-V3 normalises its sigmoid affinities this way); the others get 0. The layer's output is
 * h' = u + sum of shared experts FFN(u) + sum of g_i FFN_i(u).
 */
public final class MoeRouter {
    private MoeRouter() {
    }

    /** Affinity, chosen flag and gate of each routed expert, in expert order. */
    public record Routing(double[] logits, double[] affinity, boolean[] chosen, double[] gate) {
        public List<Integer> chosenExperts() {
            List<Integer> experts = new ArrayList<>();
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i]) {
                    experts.add(i);
                }
            }
            return experts;
        }
    }

    public static Routing route(double[] token, double[][] centroids, int topK, boolean normalize) {
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
        double[] affinity = softmax(logits);
        boolean[] chosen = topK(affinity, topK);
        double chosenSum = 0;
        for (int i = 0; i < affinity.length; i++) {
            chosenSum += chosen[i] ? affinity[i] : 0;
        }
        double[] gate = new double[affinity.length];
        for (int i = 0; i < affinity.length; i++) {
            gate[i] = chosen[i] ? (normalize ? affinity[i] / chosenSum : affinity[i]) : 0;
        }
        return new Routing(logits, affinity, chosen, gate);
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
