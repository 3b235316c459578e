package notes.page;

import java.util.Arrays;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Html;
import notes.form.Output;
import notes.form.Result;
import notes.llm.MoeRouter;
import notes.llm.SeededRandom;

/**
 * One token through a DeepSeekMoE router (DeepSeek-V2, arXiv 2405.04434, section 2.2): the reader types the token u
 * and the expert centroids e (or takes seeded random ones), and sees affinities, the chosen experts and their gates.
 */
@AutoService(Calculator.class)
public final class MoeRoutingPage implements Calculator {
    /** Longest vector a reader types or asks for; the table must stay readable. */
    private static final int MAX_DIM = 16;
    private static final int MAX_EXPERTS = 64;
    private static final Declaration DECLARATION = Declaration.of("moe-routing", "試算：一個 token 的路由")
            .fields(
                    Field.radio("route.source", "向量來源").option("manual", "自行輸入").option("seed", "以亂數種子產生"),
                    Field.vector("route.token", "token 的隱藏向量 u（以逗號分隔）", MAX_DIM).initial("0.8, -0.3, 0.5, 0.1")
                            .hint("例如 0.2, -0.6, 0.4, 0.7，長度與中心向量相同").when("route.source", "manual"),
                    Field.matrix("route.centroids", "每個路由專家的中心向量 e_i（一行一個）", MAX_EXPERTS, MAX_DIM)
                            .initial("0.9, 0.1, 0.2, 0.0\n-0.4, 0.8, 0.1, 0.3\n0.3, -0.5, 0.9, -0.2\n"
                                    + "0.0, 0.2, -0.3, 0.9\n0.6, 0.6, 0.6, 0.6\n-0.7, -0.1, 0.4, 0.2")
                            .hint("例如 0.9, 0.1, 0.2, 0.0，一行一個專家、長度與 u 相同").when("route.source", "manual"),
                    Field.integer("route.seed", "亂數種子").range(0, Integer.MAX_VALUE).initial("42").hint("例如 2024")
                            .when("route.source", "seed"),
                    Field.integer("route.dim", "向量維度").range(1, MAX_DIM).initial("4")
                            .hint("例如 8").when("route.source", "seed"),
                    Field.integer("route.experts", "路由專家數").range(1, MAX_EXPERTS).initial("8").hint("例如 16")
                            .when("route.source", "seed"),
                    Field.integer("route.topK", "top-k（每個 token 選幾個專家）").range(1, MAX_EXPERTS).initial("2")
                            .hint("例如 2"),
                    Field.select("route.normalize", "門控值").option("no", "直接用親和度 s_i（DeepSeek-V2）")
                            .option("yes", "在選中的 k 個之間正規化（DeepSeek-V3）"))
            .outputs(
                    Output.table("route.table", "每個路由專家的分數：u·e_i、softmax 後的親和度 s_i、是否入選與門控值 g_i",
                            "專家", "e_i", "u·e_i", "s_i", "入選", "g_i"),
                    Output.value("route.chosen", "入選的專家"),
                    Output.value("route.token", "u"),
                    Output.sentence("route.output", "這一層的輸出"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        boolean seeded = in.text("route.source").equals("seed");
        double[][] vectors = seeded ? seeded(in) : typed(in);
        double[] token = vectors[0];
        double[][] centroids = Arrays.copyOfRange(vectors, 1, vectors.length);
        int topK = in.integer("route.topK");
        boolean normalize = in.text("route.normalize").equals("yes");
        if (!seeded && centroids.length > 0 && centroids[0].length != token.length) {
            // Either side may be the one mistyped, so both are marked.
            in.reject("u 有 " + token.length + " 個數，中心向量 e_i 每個有 " + centroids[0].length
                    + " 個：兩者的維度必須相同。", "route.token", "route.centroids");
            return in.invalid();
        }
        // The router checks top-k against the experts and each centroid's length against the token's.
        MoeRouter.Routing r = LlmForms.build(in, "route", () -> MoeRouter.route(token, centroids, topK, normalize));
        if (r == null) {
            return in.invalid();
        }
        return Result.ok()
                .html("route.table", table(r, centroids))
                .text("route.chosen", chosen(r))
                .text("route.token", vector(token))
                .text("route.output", output(r));
    }

    /** The token, then the centroids, from the seed: the same numbers on the JVM and in the page. */
    private static double[][] seeded(Fields in) {
        SeededRandom random = new SeededRandom(in.integer("route.seed"));
        int dim = in.integer("route.dim");
        double[][] v = new double[1 + in.integer("route.experts")][];
        for (int i = 0; i < v.length; i++) {
            v[i] = randomVector(random, dim);
        }
        return v;
    }

    /** The typed token, then the typed centroids. */
    private static double[][] typed(Fields in) {
        double[][] centroids = in.matrix("route.centroids");
        double[][] v = new double[1 + centroids.length][];
        v[0] = in.vector("route.token");
        System.arraycopy(centroids, 0, v, 1, centroids.length);
        return v;
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
