package notes.page;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.form.Table;
import notes.onnx.OnnxReleases;
import notes.onnx.OnnxReleases.Domain;
import notes.onnx.OnnxReleases.Release;

/**
 * Looks up ONNX's release table ({@link OnnxReleases}, from onnx/onnx {@code docs/Versioning.md}, "Released
 * Versions") three ways: a release's IR version and newest opset per domain; the first release that holds an opset
 * of a domain (its newest opset at least that number, since a release keeps every older operator version); the first
 * release that writes an IR version. Versions are whole numbers; no unit.
 */
@AutoService(Calculator.class)
public final class OnnxVersionsPage implements Calculator {
    private static final String MODE = "ov.mode";
    private static final String BY_RELEASE = "release";
    private static final String BY_OPSET = "opset";
    private static final String BY_IR = "ir";
    private static final String NONE_YET = "—（此版本還沒有）";
    private static final Declaration DECLARATION = Declaration.of("onnx-versions", "查表：ONNX 版本、IR 版本與 opset")
            .fields(
                    Field.radio(MODE, "要查什麼").option(BY_RELEASE, "某個 ONNX 版本的 IR 與 opset")
                            .option(BY_OPSET, "某個 opset 最早出現在哪一版")
                            .option(BY_IR, "某個 IR 版本最早出現在哪一版"),
                    releases().when(MODE, BY_RELEASE),
                    Field.select("ov.domain", "運算子網域").option(Domain.AI_ONNX.name(), "ai.onnx（預設網域）")
                            .option(Domain.AI_ONNX_ML.name(), "ai.onnx.ml")
                            .option(Domain.AI_ONNX_TRAINING.name(), "ai.onnx.training").when(MODE, BY_OPSET),
                    Field.integer("ov.opset", "opset 版本").range(1, OnnxReleases.newest().opset())
                            .initial("14").hint("例如 14").when(MODE, BY_OPSET),
                    Field.integer("ov.ir", "IR 版本").range(1, OnnxReleases.newest().irVersion())
                            .initial("9").hint("例如 9").when(MODE, BY_IR))
            .outputs(
                    Output.value("ov.irVersion", "IR 版本").when(MODE, BY_RELEASE),
                    Output.value("ov.opsetDefault", "ai.onnx 最新 opset").when(MODE, BY_RELEASE),
                    Output.value("ov.opsetMl", "ai.onnx.ml 最新 opset").when(MODE, BY_RELEASE),
                    Output.value("ov.opsetTraining", "ai.onnx.training 最新 opset").when(MODE, BY_RELEASE),
                    Output.sentence("ov.sameIr", "同一個 IR 版本").when(MODE, BY_RELEASE),
                    Output.value("ov.opsetFirst", "最早的 ONNX 版本").when(MODE, BY_OPSET),
                    Output.sentence("ov.opsetWhy", "說明").when(MODE, BY_OPSET),
                    Output.value("ov.irFirst", "最早的 ONNX 版本").when(MODE, BY_IR),
                    Output.sentence("ov.irWhy", "說明").when(MODE, BY_IR),
                    Output.table("ov.table", "ONNX 各版本的 IR 版本與各網域最新 opset", "ONNX 版本", "IR 版本",
                            "ai.onnx", "ai.onnx.ml", "ai.onnx.training"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    /** Every release of the table, newest first (the one a reader most likely has), 1.16.0 on a fresh page. */
    private static Field releases() {
        Field f = Field.select("ov.release", "ONNX 版本");
        for (int i = OnnxReleases.all().size() - 1; i >= 0; i--) {
            String version = OnnxReleases.all().get(i).version();
            f.option(version, "ONNX " + version);
        }
        return f.initial("1.16.0");
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        return switch (in.text(MODE)) {
            case BY_OPSET -> byOpset(in);
            case BY_IR -> byIr(in);
            default -> byRelease(in);
        };
    }

    private static Result byRelease(Fields in) {
        Release r = OnnxReleases.byVersion(in.text("ov.release"));
        Release first = OnnxReleases.firstWithIr(r.irVersion());
        Release last = OnnxReleases.lastWithIr(r.irVersion());
        String span = first == last ? "只有 " + first.version() + " 寫出 IR " + r.irVersion() + "。"
                : "IR " + r.irVersion() + " 從 " + first.version() + " 用到 " + last.version()
                        + "；IR 版本只在格式有不相容的變更時才加一。";
        return Result.ok()
                .number("ov.irVersion", Integer.toString(r.irVersion()), r.irVersion())
                .number("ov.opsetDefault", Integer.toString(r.opset()), r.opset())
                .number("ov.opsetMl", Integer.toString(r.mlOpset()), r.mlOpset())
                .text("ov.opsetTraining", r.trainingOpset() == OnnxReleases.NONE ? NONE_YET
                        : Integer.toString(r.trainingOpset()))
                .text("ov.sameIr", span)
                .table("ov.table", table(r));
    }

    private static Result byOpset(Fields in) {
        Domain domain = Domain.valueOf(in.text("ov.domain"));
        int opset = in.integer("ov.opset");
        Release first = OnnxReleases.firstWithOpset(domain, opset);
        if (first == null) {
            Release newest = OnnxReleases.newest();
            in.reject(domain.id() + " 在已發行的版本中最高只到 opset " + newest.opset(domain) + "（版本文件列到 ONNX "
                    + newest.version() + "），查不到 opset " + opset + "。", "ov.opset");
            return in.invalid();
        }
        String why = first.opset(domain) == opset
                ? "ONNX " + first.version() + " 是第一個以 " + domain.id() + " opset " + opset
                        + " 為最新的版本；之後的版本仍保留這一版的運算子定義。"
                : "沒有哪個發行版本以 opset " + opset + " 為最新（它只在兩次發行之間出現過）；最早包含它的是 ONNX "
                        + first.version() + "，其 " + domain.id() + " 最新 opset 是 " + first.opset(domain) + "。";
        return Result.ok()
                .text("ov.opsetFirst", "ONNX " + first.version() + "（IR " + first.irVersion() + "）")
                .text("ov.opsetWhy", why)
                .table("ov.table", table(first));
    }

    private static Result byIr(Fields in) {
        int ir = in.integer("ov.ir");
        Release first = OnnxReleases.firstWithIr(ir);
        String why = first.irVersion() == ir
                ? "ONNX " + first.version() + " 是第一個寫出 IR " + ir + " 的版本，其 ai.onnx 最新 opset 是 "
                        + first.opset() + "。"
                // IR 1 and 2 were published in October 2017, before ONNX 1.0 (onnx.proto, enum Version).
                : "IR " + ir + " 是 ONNX 1.0 之前的格式；1.0 一開始就寫 IR " + first.irVersion() + "。";
        return Result.ok()
                .text("ov.irFirst", "ONNX " + first.version())
                .text("ov.irWhy", why)
                .table("ov.table", table(first));
    }

    /** Every release, oldest first, with {@code marked} highlighted. */
    private static Table table(Release marked) {
        Table rows = new Table();
        for (Release r : OnnxReleases.all()) {
            rows.row(r.version(), r == marked ? "chosen" : "")
                    .number(Integer.toString(r.irVersion()), r.irVersion())
                    .number(Integer.toString(r.opset()), r.opset())
                    .number(Integer.toString(r.mlOpset()), r.mlOpset());
            if (r.trainingOpset() == OnnxReleases.NONE) {
                rows.text("—");
            } else {
                rows.number(Integer.toString(r.trainingOpset()), r.trainingOpset());
            }
        }
        return rows;
    }
}
