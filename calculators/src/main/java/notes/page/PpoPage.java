package notes.page;

import notes.form.LegacyCalculator;
import notes.form.Decimals;
import notes.form.LegacyFields;
import notes.form.LineChart;
import notes.form.Result;
import notes.llm.Ppo;

/** PPO's clipped objective for a small batch the reader types, and its curve against the ratio r. */
public final class PpoPage implements LegacyCalculator {
    private static final int CURVE_POINTS = 201;

    @Override
    public Result compute(LegacyFields in) {
        double epsilon = in.number("ppo.epsilon", 0, 1, "");
        double beta = in.number("ppo.beta", 0, 100, "");
        if (!in.hasProblems() && !(epsilon > 0 && epsilon < 1)) {
            in.problem("ppo.epsilon", "ε 必須大於 0 且小於 1（常用 0.1 或 0.2）。");
        }
        int n = in.rows("sample");
        double[][] samples = new double[n][];
        for (int i = 0; i < n; i++) {
            String p = "sample." + i + ".";
            double ratio = in.positive(p + "ratio", 0, 1000, "");
            double advantage = in.number(p + "advantage", -1e6, 1e6, "");
            double reward = in.number(p + "reward", -1e6, 1e6, "");
            double kl = in.number(p + "kl", -1e6, 1e6, "");
            samples[i] = new double[] {ratio, advantage, reward, kl};
        }
        if (n == 0) {
            in.problem("sample.0.ratio", "至少需要一筆樣本。");
        }
        if (in.hasProblems()) {
            return in.invalid();
        }
        StringBuilder rows = new StringBuilder();
        double objectiveSum = 0;
        double rewardSum = 0;
        for (int i = 0; i < n; i++) {
            double[] s = samples[i];
            double objective = Ppo.clippedObjective(s[0], s[1], epsilon);
            double penalised = Ppo.penalisedReward(s[2], beta, s[3]);
            objectiveSum += objective;
            rewardSum += penalised;
            rows.append("<tr><th scope=\"row\">").append(i + 1).append("</th><td>")
                    .append(Decimals.fixed(s[0] * s[1], 4)).append("</td><td>")
                    .append(Decimals.fixed(Ppo.clip(s[0], epsilon), 4)).append("</td><td>")
                    .append(Decimals.fixed(Ppo.clip(s[0], epsilon) * s[1], 4)).append("</td><td>")
                    .append(Decimals.fixed(objective, 4)).append("</td><td>")
                    .append(Ppo.isClipped(s[0], s[1], epsilon) ? "是（梯度為 0）" : "否").append("</td><td>")
                    .append(Decimals.fixed(penalised, 4)).append("</td></tr>");
        }
        return Result.ok()
                .html("ppo.table", rows.toString())
                .number("ppo.mean", Decimals.fixed(objectiveSum / n, 4), objectiveSum / n)
                .number("ppo.meanReward", Decimals.fixed(rewardSum / n, 4), rewardSum / n)
                .html("ppo.chart", curve(epsilon));
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
