package notes.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import notes.form.Decimals;
import notes.form.Html;
import notes.form.Result;
import notes.form.Table;
import notes.form.Units;
import notes.onnx.OnnxModel;
import notes.onnx.OperatorSince;

/** The ONNX inspector's outputs, built from a parsed model; the page and the command line share them. */
public final class OnnxReport {
    private OnnxReport() {
    }

    /** Every output of {@link OnnxInspectorPage}; {@code bytesRead} is what the reader loaded of the file. */
    public static Result result(OnnxModel m, String fileName, long bytesRead) {
        List<OperatorSince.Flag> flags = OperatorSince.flags(m);
        List<String> flagged = new ArrayList<>();
        for (OperatorSince.Flag f : flags) {
            flagged.add(OnnxMessages.zhHant(f));
        }
        return Result.ok().html("onnx.summary", summary(m, fileName, bytesRead, flags.size()))
                .list("onnx.flags", flagged)
                .table("onnx.operators", operatorRows(m, flags))
                .table("onnx.values", valueRows(m))
                .table("onnx.metadata", metadataRows(m))
                .table("onnx.functions", functionRows(m));
    }

    static String summary(OnnxModel m, String fileName, long bytesRead, int flagCount) {
        StringBuilder dl = new StringBuilder("<dl class=\"results-grid\">");
        item(dl, "檔案", fileName + "（" + Units.bytes(m.fileSize()) + "）");
        item(dl, "IR 版本", Long.toString(m.irVersion()));
        StringBuilder opsets = new StringBuilder();
        for (Map.Entry<String, Long> e : m.opsetImports().entrySet()) {
            opsets.append(opsets.length() == 0 ? "" : "、").append(domain(e.getKey())).append(" ").append(e.getValue());
        }
        item(dl, "opset 宣告", opsets.length() == 0 ? "（沒有宣告）" : opsets.toString());
        item(dl, "產生工具", m.producerName().isEmpty() ? "（未填）"
                : m.producerName() + (m.producerVersion().isEmpty() ? "" : " " + m.producerVersion()));
        item(dl, "模型網域", m.domain().isEmpty() ? "（未填）" : m.domain());
        item(dl, "模型版本", Long.toString(m.modelVersion()));
        item(dl, "計算圖", m.graphName().isEmpty() ? "（未命名）" : m.graphName());
        item(dl, "節點數", Decimals.fixed(m.nodeCount(), 0) + "（" + Decimals.fixed(m.operators().size(), 0)
                + " 種運算子）");
        item(dl, "標記的運算子", flagCount == 0 ? "沒有" : Decimals.fixed(flagCount, 0) + " 種");
        item(dl, "初始值", Decimals.fixed(m.initializerCount(), 0) + " 個，" + Units.bytes(m.initializerBytes()));
        item(dl, "外部資料", m.externalData() ? "有：部分初始值存放在 .onnx 以外的檔案" : "沒有");
        item(dl, "模型內的函式", Decimals.fixed(m.functions().size(), 0) + " 個");
        item(dl, "中繼資料", Decimals.fixed(m.metadata().size(), 0) + " 筆");
        item(dl, "讀取的位元組", Units.bytes(bytesRead) + "（初始值的資料不讀，依長度跳過）");
        return dl.append("</dl>").toString();
    }

    private static void item(StringBuilder dl, String label, String text) {
        dl.append("<div><dt>").append(label).append("</dt><dd data-item=\"").append(Html.escape(label)).append("\">")
                .append(Html.escape(text)).append("</dd></div>");
    }

    /** The default domain is {@code ""} in the file; the page names it as ONNX does, ai.onnx. */
    static String domain(String domain) {
        return domain.isEmpty() ? "ai.onnx" : domain;
    }

    static Table operatorRows(OnnxModel m, List<OperatorSince.Flag> flags) {
        Table rows = new Table();
        for (OnnxModel.OperatorCount op : m.operators()) {
            OperatorSince.Flag flag = null;
            for (OperatorSince.Flag f : flags) {
                if (f.operator().equals(op)) {
                    flag = f;
                }
            }
            String note = flag == null ? note(m, op) : flagText(flag);
            rows.row(domain(op.domain()), flag == null ? "" : "flagged").text(op.opType())
                    .number(Decimals.fixed(op.count(), 0), op.count()).text(note);
        }
        return rows;
    }

    private static String flagText(OperatorSince.Flag f) {
        return switch (f.problem()) {
            case NOT_ONNX_STANDARD -> "⚠ 不是 ONNX 標準運算子（ONNX Runtime 內部）";
            case NEWER_THAN_OPSET -> "⚠ opset " + f.since() + " 才有，模型宣告 " + f.declared();
            case DOMAIN_NOT_IMPORTED -> "⚠ 沒有匯入這個網域的 opset";
        };
    }

    private static String note(OnnxModel m, OnnxModel.OperatorCount op) {
        if (m.functions().contains(new OnnxModel.Function(op.domain(), op.opType()))) {
            return "模型內的函式";
        }
        OperatorSince.Entry e = OperatorSince.lookup(op.domain(), op.opType());
        if (e == null) {
            return "";
        }
        return switch (e.kind()) {
            case STANDARD -> "opset " + e.since() + " 起";
            case ONNXRUNTIME_CONTRIB -> "ONNX Runtime 擴充運算子";
            case ONNXRUNTIME_DEFAULT_DOMAIN -> "ONNX Runtime 內部運算子";
        };
    }

    static Table valueRows(OnnxModel m) {
        Table rows = new Table();
        for (OnnxModel.ValueInfo v : m.inputs()) {
            value(rows, v, "輸入");
        }
        for (OnnxModel.ValueInfo v : m.outputs()) {
            value(rows, v, "輸出");
        }
        return rows;
    }

    private static void value(Table rows, OnnxModel.ValueInfo v, String direction) {
        String type = v.elemTypeName();
        if (type == null) {
            type = v.kind() == OnnxModel.TypeKind.NONE ? "（未標型別）" : v.kind().name().toLowerCase();
        } else if (v.kind() == OnnxModel.TypeKind.SPARSE_TENSOR) {
            type = type + "（稀疏）";
        }
        rows.row(v.name()).text(direction).text(type).text(shape(v.shape()));
    }

    /** Dimensions joined with ×: numbers, symbolic names as they are, ? for an unknown one. */
    static String shape(List<OnnxModel.Dim> shape) {
        if (shape == null) {
            return "（未知）";
        }
        if (shape.isEmpty()) {
            return "純量（0 維）";
        }
        StringBuilder sb = new StringBuilder("[");
        for (OnnxModel.Dim d : shape) {
            sb.append(sb.length() == 1 ? "" : ", ")
                    .append(d.value() != null ? d.value().toString() : d.param() != null ? d.param() : "?");
        }
        return sb.append("]").toString();
    }

    static Table metadataRows(OnnxModel m) {
        Table rows = new Table();
        for (Map.Entry<String, String> e : m.metadata().entrySet()) {
            rows.row(e.getKey()).text(e.getValue());
        }
        return rows;
    }

    static Table functionRows(OnnxModel m) {
        Table rows = new Table();
        for (OnnxModel.Function f : m.functions()) {
            rows.row(domain(f.domain())).text(f.name());
        }
        return rows;
    }
}
