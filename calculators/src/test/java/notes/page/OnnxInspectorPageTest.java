package notes.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import notes.form.Result;
import notes.form.Run;
import notes.gguf.ByteArraySource;

/** The ONNX inspector's outputs for the shipped sample and a truncated oracle file. */
class OnnxInspectorPageTest {
    private static final Path ROOT = Path.of(System.getProperty("repo.root", ".."));

    private static Result run(Path file) throws IOException {
        return Run.compute(new OnnxInspectorPage(), Map.of("onnx.file", file.getFileName().toString()),
                Map.of("onnx.file", new ByteArraySource(Files.readAllBytes(file))));
    }

    @Test
    void theSampleFlagsSimplifiedLayerNormalization() throws IOException {
        Result r = run(ROOT.resolve("assets/samples/phi-like-block.onnx"));
        assertTrue(r.isValid(), r.problems().toString());
        String summary = r.html().get("onnx.summary");
        assertTrue(summary.contains("ai.onnx 14、com.microsoft 1"), summary);
        assertTrue(summary.contains("phi_like_block"), summary);
        List<?> flags = r.data().get("onnx.flags");
        assertEquals(1, flags.size());
        assertTrue(flags.get(0).toString().contains("SimplifiedLayerNormalization"), flags.toString());
        assertEquals(List.of(List.of("ai.onnx", "SimplifiedLayerNormalization", 1.0,
                        "⚠ 不是 ONNX 標準運算子（ONNX Runtime 內部）"),
                List.of("com.microsoft", "MatMulNBits", 1.0, "ONNX Runtime 擴充運算子")), r.data().get("onnx.operators"));
        assertEquals(List.of(List.of("x", "輸入", "FLOAT", "[batch, seq, 32]"),
                List.of("y", "輸出", "FLOAT", "[batch, seq, 16]")), r.data().get("onnx.values"));
        assertTrue(summary.contains("3 個，448 B") || summary.contains("3 個，448"), summary);
    }

    @Test
    void aTruncatedFileGetsItsReasonAndOffset() throws IOException {
        Result r = run(notes.Oracles.dir().resolve("onnx/bad_truncated_graph.onnx"));
        String problem = r.problems().get("onnx.file");
        assertTrue(problem.contains("檔案不完整") && problem.contains("個位元組）。"), problem);
    }
}
