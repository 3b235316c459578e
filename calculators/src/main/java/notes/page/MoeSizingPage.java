package notes.page;

import notes.form.LegacyCalculator;
import notes.form.Decimals;
import notes.form.LegacyFields;
import notes.form.Result;
import notes.form.Units;
import notes.llm.ModelShape;

/** Total against activated parameters of a (Mixture-of-Experts) model, from a preset or a typed configuration. */
public final class MoeSizingPage implements LegacyCalculator {
    @Override
    public Result compute(LegacyFields in) {
        ModelShape preset = LlmForms.preset(in, "size.model");
        ModelShape model = preset != null || in.hasProblems() ? preset : LlmForms.shape(in, "size.");
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

    static String describe(ModelShape m) {
        return m.layers() + " 層（前 " + (m.isMoe() ? m.denseLayers() : m.layers()) + " 層為密集 FFN）、隱藏維度 "
                + m.hidden() + "、" + (m.isMoe() ? "每層 " + m.routedExperts() + " 個路由專家選 " + m.activeExperts()
                + " 個、" + m.sharedExperts() + " 個共享專家、" : "") + "注意力 " + m.attention().kind()
                + "、詞彙 " + m.vocab();
    }
}
