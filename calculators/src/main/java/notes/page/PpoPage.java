package notes.page;

import java.util.List;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.LineChart;
import notes.form.Output;
import notes.form.Result;
import notes.form.RowGroup;
import notes.llm.Ppo;

/**
 * PPO's clipped objective (Schulman et al., arXiv 1707.06347, eq. 7) for a small batch the reader types, the
 * KL-penalised reward of RLHF (Ouyang et al., arXiv 2203.02155, eq. 2) per sample, and the objective's curve against
 * the ratio r.
 */
@AutoService(Calculator.class)
public final class PpoPage implements Calculator {
    private static final int CURVE_POINTS = 201;
    private static final Declaration DECLARATION = Declaration.of("ppo", "試算：PPO 截斷目標")
            .fields(
                    // 0 and 1 pass the range so that the domain's own rule (strictly between) words the problem.
                    Field.number("ppo.epsilon", "截斷範圍 ε").range(0, 1).initial("0.2").hint("例如 0.2"),
                    Field.number("ppo.beta", "KL 懲罰係數 β").range(0, 100).initial("0.1").hint("例如 0.02"))
            .rows(new RowGroup("sample", "樣本 {n}", List.of(
                    Field.number("ratio", "機率比 r = π/π_old").above(0, 1000).initial("1.{n}").hint("例如 1.15"),
                    Field.number("advantage", "優勢 A").range(-1_000_000, 1_000_000).initial("1").hint("例如 0.8"),
                    Field.number("reward", "獎勵模型分數 r(x,y)").range(-1_000_000, 1_000_000).initial("1").hint("例如 2.3"),
                    Field.number("kl", "KL（log π/π_ref）").range(-1_000_000, 1_000_000).initial("0.{n}")
                            .hint("例如 0.05")),
                    4, 20, "新增一筆樣本", "刪除這筆"))
            .outputs(
                    Output.table("ppo.table", "每筆樣本的兩項與取小者", "#", "r·A", "clip(r)", "clip(r)·A", "L = min",
                            "被截斷", "r(x,y) − β·KL"),
                    Output.value("ppo.mean", "平均目標 L"),
                    Output.value("ppo.meanReward", "平均懲罰後獎勵"),
                    Output.chart("ppo.chart", "A 為正時，r 超過 1 + ε 就不再增加；A 為負時，r 低於 1 − ε 就不再減少。"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        double epsilon = in.number("ppo.epsilon");
        double beta = in.number("ppo.beta");
        if (!LlmForms.check(in, "ppo", () -> Ppo.requireEpsilon(epsilon))) {
            return in.invalid();
        }
        int n = in.rows("sample");
        StringBuilder rows = new StringBuilder();
        double objectiveSum = 0;
        double rewardSum = 0;
        for (int i = 0; i < n; i++) {
            String p = "sample." + i + ".";
            double ratio = in.number(p + "ratio");
            double advantage = in.number(p + "advantage");
            double objective = Ppo.clippedObjective(ratio, advantage, epsilon);
            double penalised = Ppo.penalisedReward(in.number(p + "reward"), beta, in.number(p + "kl"));
            objectiveSum += objective;
            rewardSum += penalised;
            rows.append(row(i + 1, ratio, advantage, epsilon, objective, penalised));
        }
        return Result.ok()
                .html("ppo.table", rows.toString())
                .number("ppo.mean", Decimals.fixed(objectiveSum / n, 4), objectiveSum / n)
                .number("ppo.meanReward", Decimals.fixed(rewardSum / n, 4), rewardSum / n)
                .html("ppo.chart", curve(epsilon));
    }

    private static String row(int number, double ratio, double advantage, double epsilon, double objective,
                              double penalised) {
        double clipped = Ppo.clip(ratio, epsilon);
        return "<tr><th scope=\"row\">" + number + "</th><td>" + Decimals.fixed(ratio * advantage, 4) + "</td><td>"
                + Decimals.fixed(clipped, 4) + "</td><td>" + Decimals.fixed(clipped * advantage, 4) + "</td><td>"
                + Decimals.fixed(objective, 4) + "</td><td>"
                + (Ppo.isClipped(ratio, advantage, epsilon) ? "是（梯度為 0）" : "否") + "</td><td>"
                + Decimals.fixed(penalised, 4) + "</td></tr>";
    }

    /** L(r) for A = +1 and A = -1 on r in [0, 2]: flat beyond 1 + eps for A > 0, below 1 - eps for A < 0. */
    private static String curve(double epsilon) {
        double[] r = new double[CURVE_POINTS];
        double[] positive = new double[CURVE_POINTS];
        double[] negative = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            r[i] = Math.max(1e-9, 2.0 * i / (CURVE_POINTS - 1));
            positive[i] = Ppo.clippedObjective(r[i], 1, epsilon);
            negative[i] = Ppo.clippedObjective(r[i], -1, epsilon);
        }
        return new LineChart("PPO 截斷目標函數隨機率比 r 的變化，優勢為正與為負各一條", "機率比 r = π/π_old", "目標 L")
                .series("A = +1", r, positive)
                .series("A = −1", r, negative)
                .xFormat(v -> Decimals.fixed(v, 1))
                .yFormat(v -> Decimals.fixed(v, 1))
                .svg();
    }
}
