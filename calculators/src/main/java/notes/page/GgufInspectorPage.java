package notes.page;

import com.google.auto.service.AutoService;

import notes.base.ByteSource;
import notes.form.Calculator;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.gguf.GgufFile;
import notes.gguf.GgufFormatException;
import notes.gguf.GgufReader;

/**
 * The GGUF inspector: a local file's header (GGUF spec, ggml-org/ggml docs/gguf.md) as tables, and the memory to
 * run it (weights plus the KV cache at a context length and cache type). On the page the file never leaves the
 * browser (the page reads slices of it, {@code notes.web.GgufInspector}); on the command line
 * {@code {"gguf.file": "PATH"}} names it.
 */
@AutoService(Calculator.class)
public final class GgufInspectorPage implements Calculator {
    private static final Declaration DECLARATION = Declaration.of("gguf-inspector", "GGUF 檢視器")
            .fields(
                    Field.file("gguf.file", "選一個本機的 .gguf 檔（或拖放到這個框裡）"),
                    Field.integer("gguf.context", "上下文長度（token）").range(1, 100_000_000).initial("4096")
                            .hint("例如 4096"),
                    Field.select("gguf.cacheType", "KV 快取型別").option("F16", "F16（llama.cpp 預設）")
                            .option("Q8_0", "Q8_0").option("Q4_0", "Q4_0"))
            .outputs(
                    Output.block("gguf.summary", "檔案摘要"),
                    Output.value("gguf.weights", "權重", "bytes"),
                    Output.value("gguf.kv", "KV 快取", "bytes"),
                    Output.value("gguf.total", "合計（不含計算用的暫存）", "bytes"),
                    Output.sentence("gguf.kvBasis", "KV 快取的算法"),
                    Output.table("gguf.types", "各量化型別合計", "型別", "區塊元素／位元組", "張量數", "參數", "大小"),
                    Output.table("gguf.metadata", "中繼資料", "鍵", "型別", "值"),
                    Output.table("gguf.tensors", "張量", "名稱", "型別", "形狀（GGUF 順序）", "參數", "位元組", "位移"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        ByteSource source = in.file("gguf.file");
        if (in.hasProblems()) {
            return in.invalid();
        }
        GgufFile file;
        try {
            file = GgufReader.read(source);
        } catch (GgufFormatException invalid) {
            in.reject(GgufMessages.zhHant(invalid), "gguf.file");
            return in.invalid();
        }
        Result memory = GgufReport.memory(file, in);
        if (!memory.isValid()) {
            return memory;
        }
        String name = in.text("gguf.file");
        return memory.html("gguf.summary", GgufReport.summary(file, name.isEmpty() ? "model.gguf" : name,
                        Math.min(file.fileSize(), file.dataOffset())))
                .table("gguf.types", GgufReport.typeRows(file))
                .table("gguf.metadata", GgufReport.metadataRows(file))
                .table("gguf.tensors", GgufReport.tensorRows(file));
    }
}
