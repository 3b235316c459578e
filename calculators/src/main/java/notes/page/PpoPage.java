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
import notes.form.Table;
import notes.llm.Grpo;
import notes.llm.LlmProblem;
import notes.llm.Ppo;

/**
 * PPO's clipped objective (Schulman et al., arXiv 1707.06347, eq. 7) for a small batch the reader types, in two
 * modes. PPO: each sample brings its own advantage, and the KL-penalised reward of RLHF (Ouyang et al., arXiv
 * 2203.02155, eq. 2) is shown per sample. GRPO (Shao et al., arXiv 2402.03300, section 4.1): the rows are one
 * question's group of outputs, their advantages come from the group's rewards ({@link Grpo}), and the KL estimate of
 * eq. (4) is subtracted from each output's objective. Both show the objective's curve against the ratio.
 */
@AutoService(Calculator.class)
public final class PpoPage implements Calculator {
    private static final int CURVE_POINTS = 201;
    private static final String MODE = "ppo.mode";
    private static final Declaration DECLARATION = Declaration.of("ppo", "試算：PPO 與 GRPO 的截斷目標")
            .fields(
                    Field.radio(MODE, "優勢從哪裡來").option("ppo", "PPO：每筆樣本自己帶優勢")
                            .option("grpo", "GRPO：同一個提示的一組輸出，由組內獎勵算優勢"),
                    // 0 and 1 pass the range so that the domain's own rule (strictly between) words the problem.
                    Field.number("ppo.epsilon", "截斷範圍 ε").above(0, 1).initial("0.2").hint("例如 0.2"),
                    Field.number("ppo.beta", "KL 係數 β").range(0, 100).initial("0.1").hint("例如 0.04"))
            .rows(new RowGroup("sample", "樣本 {n}", List.of(
                    Field.number("ratio", "機率比 ρ（新策略 ÷ 舊策略）").above(0, 1000).initial("1.{n}")
                            .hint("例如 1.15"),
                    Field.number("advantage", "優勢 Â").range(-1_000_000, 1_000_000).initial("1").hint("例如 0.8")
                            .when(MODE, "ppo"),
                    Field.number("reward", "獎勵 r（獎勵模型分數或規則給分）").range(-1_000_000, 1_000_000)
                            .initial("{n}").hint("例如 1 或 0"),
                    Field.number("kl", "對參考模型的 log(π ÷ πref)").range(-1_000_000, 1_000_000).initial("0.{n}")
                            .hint("例如 0.05")),
                    4, 20, "新增一筆", "刪除這筆"))
            .outputs(
                    Output.table("ppo.table", "每筆樣本的兩項與取小者，以及扣掉 KL 的獎勵", "#", "ρ·Â", "clip(ρ)",
                            "clip(ρ)·Â", "L = 取小者", "被截斷", "R = r − β·KL").when(MODE, "ppo"),
                    Output.table("grpo.table", "每個輸出的組內優勢、截斷目標與 KL 項", "#", "獎勵 r", "優勢 Â", "ρ·Â",
                            "clip(ρ)·Â", "L = 取小者", "被截斷", "KL 估計", "L − β·KL").when(MODE, "grpo"),
                    Output.sentence("grpo.formula", "優勢怎麼算").when(MODE, "grpo"),
                    Output.value("ppo.mean", "平均截斷目標 L"),
                    Output.value("ppo.meanReward", "平均懲罰後獎勵 R").when(MODE, "ppo"),
                    Output.value("grpo.mean", "組內平均獎勵").when(MODE, "grpo"),
                    Output.value("grpo.std", "組內標準差（樣本，除以 G − 1）").when(MODE, "grpo"),
                    Output.value("grpo.objective", "GRPO 目標：L − β·KL 的平均").when(MODE, "grpo"),
                    Output.chart("ppo.chart", "Â 為正時，ρ 超過 1 + ε 後 L 不再增加；Â 為負時，ρ 低於 1 − ε 後 L 也不再"
                            + "增加。兩邊都只拿掉「往同一方向再推」的好處。"));

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
        Result result = in.text(MODE).equals("grpo") ? grpo(in, epsilon, beta) : ppo(in, epsilon, beta);
        return result.isValid() ? result.html("ppo.chart", curve(epsilon)) : result;
    }

    /** Each sample with its own advantage; the KL penalty goes into the reward (InstructGPT eq. 2). */
    private static Result ppo(Fields in, double epsilon, double beta) {
        int n = in.rows("sample");
        Table rows = new Table();
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
            double clipped = Ppo.clip(ratio, epsilon);
            row(rows, i + 1, ratio * advantage, clipped, clipped * advantage, objective,
                    clippedText(ratio, advantage, epsilon), penalised);
        }
        return Result.ok()
                .table("ppo.table", rows)
                .number("ppo.mean", Decimals.fixed(objectiveSum / n, 4), objectiveSum / n)
                .number("ppo.meanReward", Decimals.fixed(rewardSum / n, 4), rewardSum / n);
    }

    /** One question's group: advantages from the rewards, the KL estimate subtracted from each output's objective. */
    private static Result grpo(Fields in, double epsilon, double beta) {
        int n = in.rows("sample");
        double[] rewards = new double[n];
        for (int i = 0; i < n; i++) {
            rewards[i] = in.number("sample." + i + ".reward");
        }
        // Fewer than two outputs: the message goes under the form (no single field is wrong).
        Grpo.Group group = LlmForms.build(in, "ppo", () -> Grpo.advantages(rewards));
        if (group == null) {
            return in.invalid();
        }
        Table rows = new Table();
        double objectiveSum = 0;
        double penalisedSum = 0;
        for (int i = 0; i < n; i++) {
            String p = "sample." + i + ".";
            double kl = klEstimate(in, p + "kl");
            if (Double.isNaN(kl)) {
                return in.invalid();
            }
            double ratio = in.number(p + "ratio");
            double advantage = group.advantages()[i];
            double objective = Ppo.clippedObjective(ratio, advantage, epsilon);
            double penalised = objective - beta * kl;
            objectiveSum += objective;
            penalisedSum += penalised;
            row(rows, i + 1, rewards[i], advantage, ratio * advantage, Ppo.clip(ratio, epsilon) * advantage,
                    objective, clippedText(ratio, advantage, epsilon), kl, penalised);
        }
        return Result.ok()
                .table("grpo.table", rows)
                .text("grpo.formula", formula(group))
                .number("ppo.mean", Decimals.fixed(objectiveSum / n, 4), objectiveSum / n)
                .number("grpo.mean", Decimals.fixed(group.mean(), 4), group.mean())
                .number("grpo.std", Decimals.fixed(group.std(), 4), group.std())
                .number("grpo.objective", Decimals.fixed(penalisedSum / n, 4), penalisedSum / n);
    }

    /** The row's KL estimate, or NaN with the problem on the row's field. */
    private static double klEstimate(Fields in, String field) {
        try {
            return Grpo.klEstimate(in.number(field));
        } catch (LlmProblem e) {
            in.reject(LlmMessages.zhHant(e), field);
            return Double.NaN;
        }
    }

    private static String formula(Grpo.Group g) {
        String s = "優勢 = (獎勵 − " + Decimals.fixed(g.mean(), 4) + ") ÷ (" + Decimals.fixed(g.std(), 4) + " + "
                + Decimals.plain(Grpo.STD_EPSILON) + ")";
        if (g.std() == 0) {
            return s + "：這組的獎勵全部相同，標準差為 0，每個優勢都是 0（分母加上 " + Decimals.plain(Grpo.STD_EPSILON)
                    + "，所以是 0 而不是 0 ÷ 0），這組只剩 KL 項有梯度。";
        }
        return s + "，同一個輸出的每個 token 都用這個優勢。";
    }

    private static String clippedText(double ratio, double advantage, double epsilon) {
        return Ppo.isClipped(ratio, advantage, epsilon) ? "是（梯度為 0）" : "否";
    }

    /** A table row: the number, then the cells (numbers to 4 places, text as it is). */
    private static void row(Table rows, int number, Object... cells) {
        rows.row(Integer.toString(number));
        for (Object cell : cells) {
            if (cell instanceof Double d) {
                rows.number(Decimals.fixed(d, 4), d);
            } else {
                rows.text(String.valueOf(cell));
            }
        }
    }

    /** L(rho) for A = +1 and A = -1 on rho in [0, 2]: flat beyond 1 + eps for A > 0, below 1 - eps for A < 0. */
    private static String curve(double epsilon) {
        double[] r = new double[CURVE_POINTS];
        double[] positive = new double[CURVE_POINTS];
        double[] negative = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            r[i] = Math.max(1e-9, 2.0 * i / (CURVE_POINTS - 1));
            positive[i] = Ppo.clippedObjective(r[i], 1, epsilon);
            negative[i] = Ppo.clippedObjective(r[i], -1, epsilon);
        }
        return new LineChart("截斷目標 L 隨機率比 ρ 的變化，優勢為正與為負各一條", "機率比 ρ = 新策略 ÷ 舊策略", "目標 L")
                .series("Â = +1", r, positive)
                .series("Â = −1", r, negative)
                .xFormat(v -> Decimals.fixed(v, 1))
                .yFormat(v -> Decimals.fixed(v, 1))
                .svg();
    }
}
