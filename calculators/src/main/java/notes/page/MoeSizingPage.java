package notes.page;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.form.Units;
import notes.llm.GroupedQueryAttention;
import notes.llm.ModelShape;
import notes.llm.Presets;

/**
 * Total against activated parameters of a (Mixture-of-Experts) model, from a preset or a typed configuration
 * (DeepSeekMoE, arXiv 2401.06066: shared experts always on, top-k of the routed experts per token). Counts are
 * parameters (weights), not bytes.
 */
@AutoService(Calculator.class)
public final class MoeSizingPage implements Calculator {
    private static final String P = "size";
    private static final Declaration DECLARATION = Declaration.of("moe-sizing", "試算：總參數與每個 token 啟用的參數")
            .fields(LlmForms.models(P, "DeepSeek-V3", Presets.DEEPSEEK_V3, Presets.DEEPSEEK_V2, Presets.LLAMA_3_8B,
                    Presets.LLAMA_3_70B, Presets.LLAMA_7B))
            // Custom defaults: DeepSeek-V3's own numbers; the GQA fields start at Llama-3's 8 KV heads of 128.
            .fields(LlmForms.customShape(P, Presets.DEEPSEEK_V3, new GroupedQueryAttention(128, 8, 128)))
            .outputs(
                    Output.value("size.total", "總參數"),
                    Output.value("size.active", "每個 token 啟用的參數"),
                    Output.value("size.share", "啟用比例", "%"),
                    Output.value("size.totalExact", "總參數（精確值）"),
                    Output.value("size.activeExact", "啟用參數（精確值）"),
                    Output.sentence("size.shape", "模型形狀"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        ModelShape preset = LlmForms.preset(in, P);
        ModelShape model = preset != null ? preset : LlmForms.shape(in, P);
        if (in.hasProblems()) {
            return in.invalid();
        }
        double total = model.totalParameters();
        double active = model.activatedParameters();
        return Result.ok()
                .number("size.total", Units.count(total), total)
                .number("size.active", Units.count(active), active)
                .number("size.share", Decimals.percent(active / total, 2), active / total)
                .text("size.totalExact", Decimals.fixed(total, 0))
                .text("size.activeExact", Decimals.fixed(active, 0))
                .text("size.shape", describe(model));
    }

    /** One sentence with the shape's numbers, so a reader sees what a preset stands for. */
    static String describe(ModelShape m) {
        return m.layers() + " 層（前 " + (m.isMoe() ? m.denseLayers() : m.layers()) + " 層為密集 FFN）、隱藏維度 "
                + m.hidden() + "、" + (m.isMoe() ? "每層 " + m.routedExperts() + " 個路由專家選 " + m.activeExperts()
                + " 個、" + m.sharedExperts() + " 個共享專家、" : "") + "注意力 " + m.attention().kind()
                + "、詞彙 " + m.vocab();
    }
}
