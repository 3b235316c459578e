package notes.page;

import notes.form.LegacyCalculator;
import notes.form.Decimals;
import notes.form.LegacyFields;
import notes.form.Html;
import notes.form.Result;
import notes.llm.MoeRouter;
import notes.llm.SeededRandom;

/**
 * One token through a DeepSeekMoE router: the reader types the token u and the expert centroids e (or takes
 * seeded random ones), and sees affinities, the chosen experts and their gates.
 */
public final class MoeRoutingPage implements LegacyCalculator {
    @Override
    public Result compute(LegacyFields in) {
        boolean seeded = in.choice("route.source", "請選擇自行輸入或以亂數產生。", "manual", "seed").equals("seed");
        double[] token;
        double[][] centroids;
        if (seeded) {
            int seed = in.integer("route.seed", 0, Integer.MAX_VALUE);
            int dim = in.integer("route.dim", 1, 16);
            int experts = in.integer("route.experts", 1, 64);
            if (in.hasProblems()) {
                return in.invalid();
            }
            SeededRandom random = new SeededRandom(seed);
            token = randomVector(random, dim);
            centroids = new double[experts][];
            for (int i = 0; i < experts; i++) {
                centroids[i] = randomVector(random, dim);
            }
        } else {
            double[][] u = in.matrix("route.token", 1, 16);
            centroids = in.matrix("route.centroids", 64, 16);
            token = u.length > 0 ? u[0] : new double[0];
            if (!in.hasProblems() && centroids[0].length != token.length) {
                in.problem("route.centroids", "每個專家中心向量要有 " + token.length + " 個數（和 token 一樣長）。");
            }
        }
        int topK = in.integer("route.topK", 1, 64);
        boolean normalize = in.choice("route.normalize", "請選擇是否正規化。", "no", "yes").equals("yes");
        if (!in.hasProblems() && topK > centroids.length) {
            in.problem("route.topK", "top-k 不可超過路由專家數 " + centroids.length + "。");
        }
        if (in.hasProblems()) {
            return in.invalid();
        }
        MoeRouter.Routing r = MoeRouter.route(token, centroids, topK, normalize);
        return Result.ok()
                .html("route.table", table(r, centroids))
                .text("route.token", vector(token))
                .text("route.chosen", chosen(r))
                .text("route.output", output(r));
    }

    private static double[] randomVector(SeededRandom random, int dim) {
        double[] v = new double[dim];
        for (int i = 0; i < dim; i++) {
            v[i] = random.nextSmall();
        }
        return v;
    }

    private static String table(MoeRouter.Routing r, double[][] centroids) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < r.affinity().length; i++) {
            rows.append(r.chosen()[i] ? "<tr class=\"chosen\">" : "<tr>").append("<th scope=\"row\">E").append(i + 1)
                    .append("</th><td>").append(Html.escape(vector(centroids[i]))).append("</td><td>")
                    .append(Decimals.fixed(r.logits()[i], 4)).append("</td><td>")
                    .append(Decimals.fixed(r.affinity()[i], 4)).append("</td><td>")
                    .append(r.chosen()[i] ? "是" : "").append("</td><td>")
                    .append(Decimals.fixed(r.gate()[i], 4)).append("</td></tr>");
        }
        return rows.toString();
    }

    private static String chosen(MoeRouter.Routing r) {
        StringBuilder s = new StringBuilder();
        for (int e : r.chosenExperts()) {
            s.append(s.length() == 0 ? "" : "、").append("E").append(e + 1);
        }
        return s.toString();
    }

    private static String output(MoeRouter.Routing r) {
        StringBuilder s = new StringBuilder("h′ = u + Σ 共享專家 FFN(u)");
        for (int e : r.chosenExperts()) {
            s.append(" + ").append(Decimals.fixed(r.gate()[e], 4)).append(" · FFN_E").append(e + 1).append("(u)");
        }
        return s.toString();
    }

    static String vector(double[] v) {
        StringBuilder s = new StringBuilder();
        for (double x : v) {
            s.append(s.length() == 0 ? "" : ", ").append(Decimals.plain(x));
        }
        return s.toString();
    }
}
