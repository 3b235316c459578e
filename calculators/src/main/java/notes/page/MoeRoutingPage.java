package notes.page;

import java.util.Arrays;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.form.Table;
import notes.llm.MoeRouter;
import notes.llm.SeededRandom;

/**
 * One token through a DeepSeekMoE router ({@link MoeRouter}): the reader types the token u and the expert centroids
 * e (or takes seeded random ones), picks DeepSeek-V2's routing (arXiv 2405.04434, section 2.2.1: softmax, gates equal
 * to the affinities) or DeepSeek-V3's (arXiv 2412.19437, section 2.1.2: sigmoid, top-k on affinity + bias, chosen
 * gates normalised), and sees affinities, the chosen experts and their gates; for V3 also the gates times the
 * released code's routed scaling factor (route_scale 2.5 in deepseek-ai/DeepSeek-V3's inference/configs/
 * config_671B.json, applied in inference/model.py, class Gate).
 */
@AutoService(Calculator.class)
public final class MoeRoutingPage implements Calculator {
    /** Longest vector a reader types or asks for; the table must stay readable. */
    private static final int MAX_DIM = 16;
    private static final int MAX_EXPERTS = 64;
    private static final String V3 = "v3";
    private static final Declaration DECLARATION = Declaration.of("moe-routing", "試算：一個 token 的路由")
            .fields(
                    Field.radio("route.source", "向量來源").option("manual", "自行輸入").option("seed", "以亂數種子產生"),
                    Field.vector("route.token", "token 的隱藏向量 u（以逗號分隔）", MAX_DIM).initial("0.8, -0.3, 0.5, 0.1")
                            .hint("例如 0.2, -0.6, 0.4, 0.7，長度與中心向量相同").when("route.source", "manual"),
                    Field.matrix("route.centroids", "每個路由專家的中心向量（一行一個專家）", MAX_EXPERTS, MAX_DIM)
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
                    Field.select("route.variant", "路由方式")
                            .option("v2", "DeepSeek-V2：softmax，門控值就是親和度")
                            .option(V3, "DeepSeek-V3：sigmoid，依親和度加偏置選專家，選中的再正規化"),
                    Field.vector("route.bias", "每個路由專家的偏置（依專家順序；只填一個數表示全部相同）", MAX_EXPERTS)
                            .initial("0").hint("例如 0, 0.2, 0, 0, 0, 0").when("route.variant", V3),
                    Field.number("route.routedScalingFactor", "推論程式碼再乘上的縮放係數（routed_scaling_factor）")
                            .above(0, 1000).initial("2.5").hint("例如 2.5").when("route.variant", V3))
            .outputs(
                    Output.table("route.table", "每個路由專家的內積 u·e、親和度（V2 為 softmax，V3 為 sigmoid）、"
                            + "選擇分數（V3 為親和度加偏置）、是否入選與門控值",
                            "專家", "中心向量", "內積", "親和度", "選擇分數", "入選", "門控值", "乘上縮放係數後"),
                    Output.value("route.chosen", "入選的專家"),
                    Output.value("route.gateSum", "入選專家的門控值總和"),
                    Output.value("route.token", "u"),
                    Output.sentence("route.output", "這一層的輸出（E1(u) 表示專家 E1 的 FFN 輸出）"));

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
        boolean v3 = in.text("route.variant").equals(V3);
        if (!seeded && centroids.length > 0 && centroids[0].length != token.length) {
            // Either side may be the one mistyped, so both are marked.
            in.reject("u 有 " + token.length + " 個數，每個中心向量有 " + centroids[0].length
                    + " 個：兩者的維度必須相同。", "route.token", "route.centroids");
            return in.invalid();
        }
        // The router checks top-k against the experts, each centroid's length against the token's and the biases'
        // count against the experts; each problem lands on its field.
        MoeRouter.Routing r = LlmForms.build(in, "route", () -> v3
                ? MoeRouter.routeV3(token, centroids, topK, bias(in, centroids.length))
                : MoeRouter.routeV2(token, centroids, topK));
        if (r == null) {
            return in.invalid();
        }
        // V2's paper gates have no scaling factor; its released config does (the moe note says so), not this page.
        double[] scaled = v3 ? r.scaledGates(in.number("route.routedScalingFactor")) : null;
        double gateSum = r.gateSum();
        return Result.ok()
                .table("route.table", table(r, centroids, scaled))
                .text("route.chosen", chosen(r))
                .number("route.gateSum", Decimals.fixed(gateSum, 4), gateSum)
                .text("route.token", vector(token))
                .text("route.output", output(r, scaled));
    }

    /** One bias per expert; a single number stands for every expert (it then changes no choice). */
    private static double[] bias(Fields in, int experts) {
        double[] typed = in.vector("route.bias");
        if (typed.length != 1) {
            return typed;
        }
        double[] all = new double[experts];
        Arrays.fill(all, typed[0]);
        return all;
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

    private static Table table(MoeRouter.Routing r, double[][] centroids, double[] scaled) {
        Table rows = new Table();
        for (int i = 0; i < r.affinity().length; i++) {
            rows.row("E" + (i + 1), r.chosen()[i] ? "chosen" : "").text(vector(centroids[i]))
                    .number(Decimals.fixed(r.logits()[i], 4), r.logits()[i])
                    .number(Decimals.fixed(r.affinity()[i], 4), r.affinity()[i])
                    .number(Decimals.fixed(r.selection()[i], 4), r.selection()[i])
                    .text(r.chosen()[i] ? "是" : "")
                    .number(Decimals.fixed(r.gate()[i], 4), r.gate()[i]);
            if (scaled == null) {
                rows.text("—");
            } else {
                rows.number(Decimals.fixed(scaled[i], 4), scaled[i]);
            }
        }
        return rows;
    }

    private static String chosen(MoeRouter.Routing r) {
        StringBuilder s = new StringBuilder();
        for (int e : r.chosenExperts()) {
            s.append(s.length() == 0 ? "" : "、").append("E").append(e + 1);
        }
        return s.toString();
    }

    /** The layer's output with the paper's gates; for V3 also with the scaled gates the released code uses. */
    private static String output(MoeRouter.Routing r, double[] scaled) {
        String paper = "h′ = u + Σ 共享專家 FFN(u)" + terms(r, r.gate());
        return scaled == null ? paper : paper + "；釋出的推論程式碼用乘上縮放係數後的門控值：" + terms(r, scaled).substring(3);
    }

    /** " + g · E1(u)" for each chosen expert. */
    private static String terms(MoeRouter.Routing r, double[] gates) {
        StringBuilder s = new StringBuilder();
        for (int e : r.chosenExperts()) {
            s.append(" + ").append(Decimals.fixed(gates[e], 4)).append(" · E").append(e + 1).append("(u)");
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
