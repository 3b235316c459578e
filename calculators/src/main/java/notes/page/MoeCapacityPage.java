package notes.page;

import java.util.List;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.form.Table;
import notes.llm.ExpertCapacity;
import notes.llm.SeededRandom;

/**
 * Token dropping under an expert capacity ({@link ExpertCapacity}): seeded random tokens and experts, a capacity
 * factor, the rule that decides which assignments an expert over capacity drops (the lowest affinity first, after
 * V-MoE and DeepSeek-V2; or arrival order, as GShard), and what each expert keeps and drops.
 */
@AutoService(Calculator.class)
public final class MoeCapacityPage implements Calculator {
    /** Dimension of the random tokens and centroids; small, since only their affinities matter here. */
    private static final int DIM = 4;
    private static final Declaration DECLARATION = Declaration.of("moe-capacity", "試算：專家容量與 token 丟棄")
            .fields(
                    Field.integer("cap.tokens", "token 數").range(1, 512).initial("32").hint("例如 64"),
                    Field.integer("cap.experts", "專家數").range(1, 64).initial("8").hint("例如 16"),
                    Field.integer("cap.topK", "top-k").range(1, 64).initial("2").hint("例如 2"),
                    Field.number("cap.factor", "容量係數").above(0, 100).initial("1.0").hint("例如 1.25"),
                    Field.select("cap.rule", "超過容量時丟哪些")
                            .option("affinity", "親和度最低的先丟（V-MoE、DeepSeek-V2）")
                            .option("arrival", "依到達順序，後到的溢出（GShard）"),
                    Field.integer("cap.seed", "亂數種子").range(0, Integer.MAX_VALUE).initial("7").hint("例如 2024"))
            .outputs(
                    Output.value("cap.capacity", "每個專家的容量"),
                    Output.value("cap.dropped", "被丟棄的指派"),
                    Output.value("cap.rate", "丟棄比例", "%"),
                    Output.table("cap.table", "各專家收到、保留與丟棄的 token 數", "專家", "被選中", "保留", "丟棄"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        int tokens = in.integer("cap.tokens");
        int experts = in.integer("cap.experts");
        int topK = in.integer("cap.topK");
        double factor = in.number("cap.factor");
        ExpertCapacity.DropRule rule = in.text("cap.rule").equals("arrival") ? ExpertCapacity.DropRule.ARRIVAL_ORDER
                : ExpertCapacity.DropRule.LOWEST_AFFINITY;
        SeededRandom random = new SeededRandom(in.integer("cap.seed"));
        double[][] x = random(random, tokens);
        double[][] e = random(random, experts);
        // The router rejects a top-k above the experts; the problem lands on cap.topK.
        List<ExpertCapacity.Assignment> assignments = LlmForms.build(in, "cap",
                () -> ExpertCapacity.assign(x, e, topK, factor, rule));
        if (assignments == null) {
            return in.invalid();
        }
        int capacity = ExpertCapacity.capacity(factor, tokens, topK, experts);
        int[] kept = new int[experts];
        int[] dropped = new int[experts];
        for (ExpertCapacity.Assignment a : assignments) {
            (a.dropped() ? dropped : kept)[a.expert()]++;
        }
        Table rows = new Table();
        int totalDropped = 0;
        for (int i = 0; i < experts; i++) {
            totalDropped += dropped[i];
            rows.row("E" + (i + 1)).number(Integer.toString(kept[i] + dropped[i]), kept[i] + dropped[i])
                    .number(Integer.toString(kept[i]), kept[i]).number(Integer.toString(dropped[i]), dropped[i]);
        }
        double rate = (double) totalDropped / assignments.size();
        return Result.ok()
                .text("cap.capacity", capacity + " 個 token")
                .text("cap.dropped", totalDropped + " / " + assignments.size())
                .number("cap.rate", Decimals.percent(rate, 1), rate)
                .table("cap.table", rows);
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
