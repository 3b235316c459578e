package notes.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import notes.Oracles;
import notes.gguf.ByteArraySource;

/** The operator table and the flags it raises, on the oracle models and on models written here. */
class OperatorSinceTest {
    private static OnnxModel oracle(String name) throws IOException {
        Path file = Oracles.dir().resolve("onnx/" + name + ".onnx");
        return OnnxReader.read(new ByteArraySource(Files.readAllBytes(file)));
    }

    private static List<OperatorSince.Flag> flags(Proto model) {
        return OperatorSince.flags(OnnxReader.read(new ByteArraySource(model.toBytes())));
    }

    /** A model importing {@code domain} at {@code version} with one node {@code opType} in {@code nodeDomain}. */
    private static Proto model(String domain, long version, String opType, String nodeDomain) {
        return Proto.of().varint(1, 10).message(8, Proto.of().string(1, domain).varint(2, version))
                .message(7, Proto.of().message(1, Proto.node(opType, nodeDomain)));
    }

    @Test
    void thePostsCaseIsFlaggedAndMatMulNBitsIsNot() throws IOException {
        List<OperatorSince.Flag> flags = OperatorSince.flags(oracle("ms_contrib_ops"));
        assertEquals(1, flags.size(), flags.toString());
        assertEquals("SimplifiedLayerNormalization", flags.get(0).operator().opType());
        assertEquals(OperatorSince.Problem.NOT_ONNX_STANDARD, flags.get(0).problem());
        assertEquals(14, flags.get(0).declared());
    }

    @Test
    void theOtherOraclesRaiseNoFlag() throws IOException {
        for (String name : List.of("matmul_add_op13_ir7", "fp16_int64_op21_ir10", "metadata_functions",
                "if_subgraph")) {
            assertEquals(List.of(), OperatorSince.flags(oracle(name)), name);
        }
    }

    @Test
    void anOperatorNewerThanTheOpsetGivesTheVersionItAppeared() {
        List<OperatorSince.Flag> layerNorm = flags(model("", 14, "LayerNormalization", null));
        assertEquals(OperatorSince.Problem.NEWER_THAN_OPSET, layerNorm.get(0).problem());
        assertEquals(17, layerNorm.get(0).since());
        assertEquals(14, layerNorm.get(0).declared());
        assertEquals(23, flags(model("ai.onnx", 22, "RMSNormalization", "ai.onnx")).get(0).since());
        assertEquals(23, flags(model("", 21, "Attention", null)).get(0).since());
        assertEquals(List.of(), flags(model("", 17, "LayerNormalization", null)));
        assertEquals(List.of(), flags(model("", 23, "RMSNormalization", null)));
    }

    @Test
    void aDomainWithoutAnImportIsFlagged() {
        List<OperatorSince.Flag> gqa = flags(model("", 21, "GroupQueryAttention", OperatorSince.MICROSOFT));
        assertEquals(OperatorSince.Problem.DOMAIN_NOT_IMPORTED, gqa.get(0).problem());
        assertEquals(List.of(), flags(model(OperatorSince.MICROSOFT, 1, "GroupQueryAttention",
                OperatorSince.MICROSOFT)));
    }

    @Test
    void theTableIsSmallAndHonest() {
        assertEquals(OperatorSince.Kind.ONNXRUNTIME_DEFAULT_DOMAIN,
                OperatorSince.lookup("", "SimplifiedLayerNormalization").kind());
        assertEquals(OperatorSince.Kind.ONNXRUNTIME_CONTRIB,
                OperatorSince.lookup(OperatorSince.MICROSOFT, "MatMulNBits").kind());
        assertNull(OperatorSince.lookup("", "MatMulNBits"), "MatMulNBits is not in the default domain");
        assertNull(OperatorSince.lookup(OperatorSince.MICROSOFT, "SimplifiedLayerNormalization"));
        assertEquals(17, OperatorSince.lookup("ai.onnx", "LayerNormalization").since());
        assertTrue(OperatorSince.all().size() < 60);
    }
}
