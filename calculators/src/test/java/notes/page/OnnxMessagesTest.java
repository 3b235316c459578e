package notes.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import notes.gguf.ByteArraySource;
import notes.onnx.OnnxFormatException;
import notes.onnx.OnnxModel;
import notes.onnx.OnnxProblem;
import notes.onnx.OnnxReader;
import notes.onnx.OnnxTestFiles;
import notes.onnx.OperatorSince;

/** Every rejection and every operator flag reads as zh-Hant, with the offset for rejections. */
class OnnxMessagesTest {
    /** Latin words a zh-Hant sentence may keep: onnx.proto's names, protobuf's terms, product names. */
    private static final Set<String> KEPT = Set.of("ONNX", "Runtime", "protobuf", "varint", "wire", "type", "group",
            "onnx", "proto", "opset", "checker", "x", "ModelProto", "GraphProto", "TensorProto", "NodeProto",
            "TypeProto", "Tensor", "graph", "ir_version", "model_version", "float_data", "producer_name", "node");
    private static final Pattern QUOTED = Pattern.compile("「[^」]*」");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_]+");

    @ParameterizedTest
    @EnumSource(OnnxProblem.class)
    void eachProblemReadsAsZhHant(OnnxProblem problem) {
        OnnxFormatException e = assertThrows(OnnxFormatException.class,
                () -> OnnxReader.read(new ByteArraySource(OnnxTestFiles.crafted(problem))));
        String text = OnnxMessages.zhHant(e);
        assertTrue(text.endsWith("（第 " + e.offset() + " 個位元組）。"), text);
        assertReadsAsZhHant(text);
    }

    @ParameterizedTest
    @EnumSource(OperatorSince.Problem.class)
    void eachFlagReadsAsZhHant(OperatorSince.Problem problem) {
        OnnxModel.OperatorCount op = new OnnxModel.OperatorCount("", "LayerNormalization", 1);
        String text = OnnxMessages.zhHant(new OperatorSince.Flag(op, problem, 14, 17));
        assertTrue(text.contains("「LayerNormalization」"), text);
        assertReadsAsZhHant(text);
    }

    @Test
    void theTruncatedGraphNamesTheFieldAndTheBytes() {
        byte[] file = OnnxTestFiles.crafted(OnnxProblem.LENGTH_PAST_END);
        OnnxFormatException e = assertThrows(OnnxFormatException.class,
                () -> OnnxReader.read(new ByteArraySource(file)));
        assertTrue(OnnxMessages.zhHant(e).startsWith("檔案不完整：ModelProto 的第 7 號欄位（graph）標示長度為 100 個位元組，"
                + "但檔案只剩 2 個位元組"), OnnxMessages.zhHant(e));
    }

    private static void assertReadsAsZhHant(String text) {
        assertFalse(text.isBlank());
        assertTrue(text.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), text);
        Matcher words = WORD.matcher(QUOTED.matcher(text).replaceAll(""));
        while (words.find()) {
            assertTrue(KEPT.contains(words.group()), "English word '" + words.group() + "' in: " + text);
        }
        for (String simplified : List.of("文件", "字节", "数据", "网域", "运算")) {
            assertFalse(text.contains(simplified), simplified + " in: " + text);
        }
    }
}
