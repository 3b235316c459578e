package notes.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * Token dropping under an expert capacity (GShard, arXiv 2006.16668; DeepSeek-V2 section 2.2.4 applies it per
 * device): each expert takes at most capacity = ceil(capacityFactor x tokens x k / experts) tokens; when more
 * tokens choose it, those with the lowest affinity to it are dropped (they skip the expert, keeping only the
 * residual path and any shared experts).
 */
public final class ExpertCapacity {
    private ExpertCapacity() {
    }

    /** What happened to each token-expert assignment. */
    public record Assignment(int token, int expert, double affinity, boolean dropped) {
    }

    public static int capacity(double capacityFactor, int tokens, int topK, int experts) {
        LlmProblem.positive("capacityFactor", capacityFactor);
        return (int) Math.ceil(capacityFactor * tokens * topK / experts);
    }

    /** Routes every token, then drops the lowest-affinity assignments of each expert beyond its capacity. */
    public static List<Assignment> assign(double[][] tokens, double[][] centroids, int topK, double capacityFactor) {
        int capacity = capacity(capacityFactor, tokens.length, topK, centroids.length);
        List<List<Assignment>> perExpert = new ArrayList<>();
        for (int e = 0; e < centroids.length; e++) {
            perExpert.add(new ArrayList<>());
        }
        for (int t = 0; t < tokens.length; t++) {
            MoeRouter.Routing r = MoeRouter.route(tokens[t], centroids, topK, false);
            for (int e : r.chosenExperts()) {
                perExpert.get(e).add(new Assignment(t, e, r.affinity()[e], false));
            }
        }
        List<Assignment> result = new ArrayList<>();
        for (List<Assignment> queue : perExpert) {
            queue.sort((a, b) -> a.affinity() != b.affinity() ? Double.compare(b.affinity(), a.affinity())
                    : Integer.compare(a.token(), b.token()));
            for (int i = 0; i < queue.size(); i++) {
                Assignment a = queue.get(i);
                result.add(i < capacity ? a : new Assignment(a.token(), a.expert(), a.affinity(), true));
            }
        }
        result.sort((a, b) -> a.token() != b.token() ? Integer.compare(a.token(), b.token())
                : Integer.compare(a.expert(), b.expert()));
        return result;
    }
}
