package notes.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Token dropping under an expert capacity. Each expert takes at most capacity = ceil(capacityFactor x tokens x k /
 * experts) token assignments (GShard, arXiv 2006.16668, section 2.2 and Algorithm 1: 2N / E per group for top-2;
 * the capacity factor as Switch Transformer, arXiv 2101.03961, section 2.1, names it). A dropped assignment skips
 * that expert; the token keeps the residual path and any shared experts. Which assignments an expert keeps is the
 * {@link DropRule}. Tokens are routed as DeepSeek-V2 does ({@link MoeRouter#routeV2}, softmax affinities).
 */
public final class ExpertCapacity {
    private ExpertCapacity() {
    }

    /** Which assignments an expert over its capacity drops. */
    public enum DropRule {
        /**
         * The lowest affinity to the expert first. Scoring who to keep comes from V-MoE's Batch Prioritized Routing
         * (Riquelme et al. 2021, arXiv 2106.05974), which DeepSeek-V2 cites for its device-level dropping (section
         * 2.2.4: the tokens with the lowest affinity scores on each device); here it is applied within each expert.
         */
        LOWEST_AFFINITY,
        /**
         * Arrival order: every token's first choice is placed before any second choice, and within one choice rank
         * the earlier token wins; what arrives after the expert is full overflows (GShard, Algorithm 1, where the
         * second expert's positions start after all the first choices).
         */
        ARRIVAL_ORDER
    }

    /**
     * What happened to each token-expert assignment.
     *
     * @param rank     the expert's place in the token's top-k, 0 for its highest affinity
     * @param affinity the token's softmax affinity to the expert, a decimal in [0, 1]
     */
    public record Assignment(int token, int expert, int rank, double affinity, boolean dropped) {
    }

    /**
     * The capacity of each expert in token assignments.
     *
     * @throws LlmProblem NOT_POSITIVE on {@code capacityFactor} when it is not a finite number above 0
     */
    public static int capacity(double capacityFactor, int tokens, int topK, int experts) {
        LlmProblem.positive("capacityFactor", capacityFactor);
        return (int) Math.ceil(capacityFactor * tokens * topK / experts);
    }

    /**
     * Routes every token, then drops each expert's assignments beyond its capacity by {@code rule}; the result is in
     * token order, then expert order.
     *
     * @throws LlmProblem as {@link MoeRouter#routeV2} and {@link #capacity}
     */
    public static List<Assignment> assign(double[][] tokens, double[][] centroids, int topK, double capacityFactor,
            DropRule rule) {
        int capacity = capacity(capacityFactor, tokens.length, topK, centroids.length);
        List<List<Assignment>> perExpert = new ArrayList<>();
        for (int e = 0; e < centroids.length; e++) {
            perExpert.add(new ArrayList<>());
        }
        for (int t = 0; t < tokens.length; t++) {
            MoeRouter.Routing r = MoeRouter.routeV2(tokens[t], centroids, topK);
            for (int e : r.chosenExperts()) {
                perExpert.get(e).add(new Assignment(t, e, rank(r.affinity(), e), r.affinity()[e], false));
            }
        }
        List<Assignment> result = new ArrayList<>();
        for (List<Assignment> queue : perExpert) {
            queue.sort(priority(rule));
            for (int i = 0; i < queue.size(); i++) {
                Assignment a = queue.get(i);
                result.add(i < capacity ? a : new Assignment(a.token(), a.expert(), a.rank(), a.affinity(), true));
            }
        }
        result.sort(Comparator.comparingInt(Assignment::token).thenComparingInt(Assignment::expert));
        return result;
    }

    /** Kept first: the order an expert fills its capacity in. Ties go to the earlier token. */
    private static Comparator<Assignment> priority(DropRule rule) {
        Comparator<Assignment> byToken = Comparator.comparingInt(Assignment::token);
        return switch (rule) {
            case LOWEST_AFFINITY -> Comparator.comparingDouble((Assignment a) -> -a.affinity()).thenComparing(byToken);
            case ARRIVAL_ORDER -> Comparator.comparingInt(Assignment::rank).thenComparing(byToken);
        };
    }

    /** How many experts the token prefers to {@code expert} (ties go to the lower index, as the top-k does). */
    private static int rank(double[] affinity, int expert) {
        int rank = 0;
        for (int i = 0; i < affinity.length; i++) {
            if (affinity[i] > affinity[expert] || affinity[i] == affinity[expert] && i < expert) {
                rank++;
            }
        }
        return rank;
    }
}
