package notes.page;

import java.util.List;

import notes.form.LegacyCalculator;
import notes.form.Decimals;
import notes.form.LegacyFields;
import notes.form.Result;
import notes.llm.ExpertCapacity;
import notes.llm.SeededRandom;

/** Token dropping: seeded random tokens and experts, a capacity factor, and what each expert keeps and drops. */
public final class MoeCapacityPage implements LegacyCalculator {
    private static final int DIM = 4;

    @Override
    public Result compute(LegacyFields in) {
        int tokens = in.integer("cap.tokens", 1, 512);
        int experts = in.integer("cap.experts", 1, 64);
        int topK = in.integer("cap.topK", 1, 64);
        double factor = in.positive("cap.factor", 0, 100, "");
        int seed = in.integer("cap.seed", 0, Integer.MAX_VALUE);
        if (!in.hasProblems() && topK > experts) {
            in.problem("cap.topK", "top-k 不可超過專家數 " + experts + "。");
        }
        if (in.hasProblems()) {
            return in.invalid();
        }
        SeededRandom random = new SeededRandom(seed);
        double[][] x = random(random, tokens);
        double[][] e = random(random, experts);
        List<ExpertCapacity.Assignment> assignments = ExpertCapacity.assign(x, e, topK, factor);
        int capacity = ExpertCapacity.capacity(factor, tokens, topK, experts);
        int[] kept = new int[experts];
        int[] dropped = new int[experts];
        for (ExpertCapacity.Assignment a : assignments) {
            if (a.dropped()) {
                dropped[a.expert()]++;
            } else {
                kept[a.expert()]++;
            }
        }
        StringBuilder rows = new StringBuilder();
        int totalDropped = 0;
        for (int i = 0; i < experts; i++) {
            totalDropped += dropped[i];
            rows.append("<tr><th scope=\"row\">E").append(i + 1).append("</th><td>").append(kept[i] + dropped[i])
                    .append("</td><td>").append(kept[i]).append("</td><td>").append(dropped[i]).append("</td></tr>");
        }
        double rate = (double) totalDropped / assignments.size();
        return Result.ok()
                .text("cap.capacity", capacity + " 個 token")
                .text("cap.dropped", totalDropped + " / " + assignments.size())
                .number("cap.rate", Decimals.percent(rate, 1), rate)
                .html("cap.table", rows.toString());
    }

    private static double[][] random(SeededRandom random, int rows) {
        double[][] m = new double[rows][DIM];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < DIM; j++) {
                m[i][j] = random.nextSmall();
            }
        }
        return m;
    }
}
