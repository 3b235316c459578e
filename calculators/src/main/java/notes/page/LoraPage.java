package notes.page;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Fields;
import notes.form.Result;
import notes.form.Units;
import notes.llm.Lora;
import notes.llm.ModelShape;

/** LoRA's trainable parameters for one matrix and for a whole model preset. */
public final class LoraPage implements Calculator {
    @Override
    public Result compute(Fields in) {
        int d = in.integer("lora.d", 1, 1_000_000);
        int k = in.integer("lora.k", 1, 1_000_000);
        int rank = in.integer("lora.rank", 1, 100_000);
        ModelShape model = LlmForms.preset(in, "lora.model");
        if (!in.hasProblems() && model == null) {
            in.problem("lora.model", "請選擇一個模型。");
        }
        Lora.Targets targets = new Lora.Targets(yes(in, "lora.q"), yes(in, "lora.k_proj"), yes(in, "lora.v"),
                yes(in, "lora.o"), yes(in, "lora.mlp"));
        if (!in.hasProblems() && rank > Math.min(d, k)) {
            in.problem("lora.rank", "秩 r 不可超過 min(d, k) = " + Math.min(d, k) + "，否則不再是低秩。");
        }
        if (in.hasProblems()) {
            return in.invalid();
        }
        long full = Lora.fullParameters(d, k);
        long lora = Lora.loraParameters(d, k, rank);
        Long modelLora = LlmForms.build(in, "lora.rank", () -> Lora.modelParameters(model, targets, rank));
        if (modelLora == null) {
            return in.invalid();
        }
        double total = model.totalParameters();
        return Result.ok()
                .number("lora.full", Decimals.fixed(full, 0), full)
                .number("lora.lora", Decimals.fixed(lora, 0), lora)
                .number("lora.fraction", Decimals.percent((double) lora / full, 2), (double) lora / full)
                .number("lora.saving", Decimals.fixed((double) full / lora, 1) + " 倍", (double) full / lora)
                .number("lora.modelLora", Decimals.fixed(modelLora, 0) + "（" + Units.count(modelLora) + "）", modelLora)
                .number("lora.modelTotal", Units.count(total), total)
                .number("lora.modelFraction", Decimals.percent(modelLora / total, 3), modelLora / total);
    }

    private static boolean yes(Fields in, String name) {
        return in.text(name).equals("yes");
    }
}
