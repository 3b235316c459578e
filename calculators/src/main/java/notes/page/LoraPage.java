package notes.page;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.form.Units;
import notes.llm.GroupedQueryAttention;
import notes.llm.Lora;
import notes.llm.ModelShape;
import notes.llm.Presets;

/**
 * LoRA's trainable parameters for one d x k matrix (d outputs, k inputs) and for a whole model preset, and the
 * alpha / r factor its update is scaled by (Hu et al., arXiv 2106.09685, section 4.1). The matrix defaults to the
 * source post's lab: FC1 maps a 100-dimensional embedding to 128 units, so its weight is 128 x 100.
 */
@AutoService(Calculator.class)
public final class LoraPage implements Calculator {
    private static final String TARGETS = "加上 LoRA 的矩陣（每一層）";
    private static final Declaration DECLARATION = Declaration.of("lora", "試算：LoRA 參數量")
            .fields(
                    Field.integer("lora.d", "矩陣列數 d（輸出維度）").range(1, 1_000_000).initial("128").hint("例如 4096"),
                    Field.integer("lora.k", "矩陣行數 k（輸入維度）").range(1, 1_000_000).initial("100").hint("例如 4096"),
                    Field.integer("lora.rank", "秩 r").range(1, 100_000).initial("8").hint("例如 16，常用 4 到 64"),
                    Field.number("lora.alpha", "縮放常數 α").above(0, 1_000_000).initial("16").hint("例如 16"),
                    Field.select("lora.model", "整個模型").option("Llama-3-8B", "Llama-3-8B")
                            .option("Llama-3-70B", "Llama-3-70B").option("LLaMA-7B", "LLaMA-7B").initial("LLaMA-7B"),
                    Field.checkbox("lora.q", "查詢投影（Q）", TARGETS).initial("yes"),
                    Field.checkbox("lora.k_proj", "鍵投影（K）", TARGETS),
                    Field.checkbox("lora.v", "值投影（V）", TARGETS).initial("yes"),
                    Field.checkbox("lora.o", "輸出投影（O）", TARGETS),
                    Field.checkbox("lora.mlp", "MLP（gate、up、down）", TARGETS))
            .outputs(
                    Output.value("lora.full", "原矩陣參數 d·k"),
                    Output.value("lora.lora", "LoRA 參數 r(d+k)"),
                    Output.value("lora.fraction", "占原矩陣", "%"),
                    Output.value("lora.saving", "少訓練幾倍"),
                    Output.value("lora.scale", "更新量的縮放 α/r"),
                    Output.value("lora.modelLora", "整個模型的 LoRA 參數"),
                    Output.value("lora.modelTotal", "模型總參數"),
                    Output.value("lora.modelFraction", "可訓練比例", "%"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        int d = in.integer("lora.d");
        int k = in.integer("lora.k");
        int rank = in.integer("lora.rank");
        ModelShape model = Presets.byName(in.text("lora.model"));
        if (rank > Math.min(d, k)) {
            in.reject("秩 r 不可超過 min(d, k) = " + Decimals.fixed(Math.min(d, k), 0) + "，否則不再是低秩。",
                    "lora.rank", "lora.d", "lora.k");
        } else if (rank > smallestDimension(model)) {
            in.reject("秩 r 不可超過 " + model.name() + " 矩陣的最小維度 " + Decimals.fixed(smallestDimension(model), 0)
                    + "，否則整個模型的 LoRA 不再是低秩。", "lora.rank", "lora.model");
        }
        if (in.hasProblems()) {
            return in.invalid();
        }
        Lora.Targets targets = new Lora.Targets(in.checked("lora.q"), in.checked("lora.k_proj"), in.checked("lora.v"),
                in.checked("lora.o"), in.checked("lora.mlp"));
        long full = Lora.fullParameters(d, k);
        long lora = Lora.loraParameters(d, k, rank);
        long modelLora = Lora.modelParameters(model, targets, rank);
        double total = model.totalParameters();
        double scale = Lora.scaling(in.number("lora.alpha"), rank);
        return Result.ok()
                .number("lora.full", Decimals.fixed(full, 0), full)
                .number("lora.lora", Decimals.fixed(lora, 0), lora)
                .number("lora.fraction", Decimals.share((double) lora / full, 2), (double) lora / full)
                .number("lora.saving", Decimals.fixed((double) full / lora, 1) + " 倍", (double) full / lora)
                .number("lora.scale", Decimals.fixed(scale, decimalsFor(scale)), scale)
                .number("lora.modelLora", Decimals.fixed(modelLora, 0) + "（" + Units.count(modelLora) + "）", modelLora)
                .number("lora.modelTotal", Units.count(total), total)
                .number("lora.modelFraction", Decimals.share(modelLora / total, 2), modelLora / total);
    }

    /** Four decimals, and more for a small factor (α = 0.001 at r = 1,000 is 0.000001), so it shows down to 1e-10. */
    private static int decimalsFor(double scale) {
        return scale >= 0.01 ? 4 : Math.min(12, (int) Math.ceil(-Math.log10(scale)) + 2);
    }

    /** The narrowest matrix side LoRA may adapt in this model: the K/V projection's width under GQA. */
    private static long smallestDimension(ModelShape model) {
        GroupedQueryAttention a = (GroupedQueryAttention) model.attention();
        return Math.min(model.hidden(), (long) a.kvHeads() * a.headDim());
    }
}
