package notes.page;

import com.google.auto.service.AutoService;

import notes.base.ByteSource;
import notes.form.Calculator;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.onnx.OnnxFormatException;
import notes.onnx.OnnxModel;
import notes.onnx.OnnxReader;

/**
 * The ONNX inspector: a local model's IR version, opset imports, operators per domain (with the ones its declared
 * opsets do not define, {@link notes.onnx.OperatorSince}), inputs and outputs, initializers, metadata and local
 * functions ({@link OnnxReport}). On the page the file never leaves the browser ({@code notes.web.OnnxInspector}
 * reads ranges of it); on the command line {@code {"onnx.file": "PATH"}} names it.
 */
@AutoService(Calculator.class)
public final class OnnxInspectorPage implements Calculator {
    static final String FILE = "onnx.file";
    private static final Declaration DECLARATION = Declaration.of("onnx-inspector", "ONNX 檢視器")
            .fields(Field.file(FILE, "選一個本機的 .onnx 檔（或拖放到這個框裡）"))
            .outputs(
                    Output.block("onnx.summary", "模型摘要"),
                    Output.list("onnx.flags", "宣告的 opset 沒有定義的運算子"),
                    Output.table("onnx.operators", "主圖用到的運算子", "網域", "運算子", "節點數", "標記"),
                    Output.table("onnx.values", "輸入與輸出", "名稱", "方向", "元素型別", "形狀"),
                    Output.table("onnx.metadata", "中繼資料", "鍵", "值"),
                    Output.table("onnx.functions", "模型內的函式", "網域", "名稱"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        ByteSource source = in.file(FILE);
        if (in.hasProblems()) {
            return in.invalid();
        }
        Counting counting = new Counting(source);
        OnnxModel model;
        try {
            model = OnnxReader.read(counting);
        } catch (OnnxFormatException invalid) {
            in.reject(OnnxMessages.zhHant(invalid), FILE);
            return in.invalid();
        }
        String name = in.text(FILE);
        return OnnxReport.result(model, name.isEmpty() ? "model.onnx" : name, counting.read);
    }

    /** Counts the bytes the reader asked for, for the summary's "bytes read". */
    private static final class Counting implements ByteSource {
        private final ByteSource source;
        private long read;

        Counting(ByteSource source) {
            this.source = source;
        }

        @Override
        public long size() {
            return source.size();
        }

        @Override
        public void read(long position, byte[] target, int offset, int length) {
            source.read(position, target, offset, length);
            read += length;
        }
    }
}
