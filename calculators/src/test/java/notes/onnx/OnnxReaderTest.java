package notes.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import notes.gguf.ByteArraySource;
import notes.gguf.FileSource;

/** The wire-format rules and the summary rules, on files written here with {@link Proto}. */
class OnnxReaderTest {
    private static OnnxModel read(Proto file) {
        return OnnxReader.read(new ByteArraySource(file.toBytes()));
    }

    private static OnnxFormatException rejected(byte[] file) {
        return assertThrows(OnnxFormatException.class, () -> OnnxReader.read(new ByteArraySource(file)));
    }

    @ParameterizedTest
    @EnumSource(OnnxProblem.class)
    void eachProblemComesFromItsCraftedFile(OnnxProblem problem) {
        OnnxFormatException e = rejected(OnnxTestFiles.crafted(problem));
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(problem.parameters().size(), e.args().size());
        assertTrue(e.getMessage().endsWith("(at byte " + e.offset() + ")"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void offsetsNameWhereTheProblemStarts() {
        // ModelProto: 08 08 (ir_version 8), then tag 0x1F = field 3, wire type 7 at byte 2.
        OnnxFormatException wire = rejected(OnnxTestFiles.crafted(OnnxProblem.INVALID_WIRE_TYPE));
        assertEquals(2, wire.offset());
        assertEquals(List.of("ModelProto", "3", "7"), wire.args());
        // field 5 (model_version) written as a string: the tag at byte 2, wire type 2 where 0 belongs
        OnnxFormatException wrong = rejected(OnnxTestFiles.crafted(OnnxProblem.WRONG_WIRE_TYPE));
        assertEquals(2, wrong.offset());
        assertEquals(List.of("ModelProto", "5", "model_version", "0", "2"), wrong.args());
        OnnxFormatException tooLong = rejected(OnnxTestFiles.crafted(OnnxProblem.VARINT_TOO_LONG));
        assertEquals(1, tooLong.offset());
        assertEquals("ir_version", tooLong.args().get(2));
    }

    @Test
    void aLengthIsCheckedAgainstItsEnclosingMessageNotTheFile() {
        // The graph holds a node field claiming 50 bytes; the graph has 3 left, the file more (a trailing field).
        Proto graph = Proto.of().tag(1, 2).rawVarint(50).raw(0x22, 1, 'A');
        byte[] file = Proto.of().varint(1, 8).message(7, graph).string(2, "x".repeat(100)).toBytes();
        OnnxFormatException e = rejected(file);
        assertEquals(OnnxProblem.LENGTH_PAST_END, e.problem());
        assertEquals(List.of("GraphProto", "1", "node", "50", "3"), e.args());
        assertEquals(4, e.offset());
        assertTrue(e.getMessage().contains("remain in the enclosing GraphProto"), e.getMessage());
    }

    @Test
    void notProtobufAtAllIsSaidSo() {
        OnnxFormatException e = rejected(OnnxTestFiles.crafted(OnnxProblem.NOT_PROTOBUF));
        assertEquals(List.of("47"), e.args());
        assertTrue(e.getMessage().startsWith("not an ONNX model: the first byte 0x47"), e.getMessage());
    }

    @Test
    void aSmallModelIsSummarised() {
        OnnxModel m = read(Proto.simpleModel());
        assertEquals(8, m.irVersion());
        assertEquals(Map.of("", 13L), m.opsetImports());
        assertEquals(List.of(new OnnxModel.OperatorCount("", "Relu", 1)), m.operators());
        assertEquals(List.of(new OnnxModel.Dim(null, "n"), new OnnxModel.Dim(4L, null)), m.inputs().get(0).shape());
        assertEquals("FLOAT", m.inputs().get(0).elemTypeName());
    }

    /** A FLOAT [2, 3] initializer "w", its data written by {@code data}. */
    private static Proto initializer(Proto data, boolean packedDims) {
        Proto t = Proto.of();
        if (packedDims) {
            t.packedVarints(1, 2, 3);
        } else {
            t.varint(1, 2).varint(1, 3);
        }
        return t.varint(2, 1).string(8, "w").raw(data.toBytes());
    }

    private static long bytesOf(Proto tensor) {
        Proto graph = Proto.of().message(1, Proto.node("Relu", null)).message(5, tensor)
                .message(11, Proto.tensorValue("w", 1, 2, 3));
        OnnxModel m = read(Proto.model(graph));
        assertEquals(1, m.initializerCount());
        assertTrue(m.inputs().isEmpty(), "w is an initializer, not an input");
        return m.initializerBytes();
    }

    @Test
    void packedAndUnpackedRepeatedNumbersCountTheSame() {
        Proto packedFloats = Proto.of().bytes(4, new byte[24]);
        Proto unpackedFloats = Proto.of();
        for (int i = 0; i < 6; i++) {
            unpackedFloats.fixed32(4, Float.floatToIntBits(i));
        }
        assertEquals(24, bytesOf(initializer(packedFloats, true)));
        assertEquals(24, bytesOf(initializer(unpackedFloats, false)));
        assertEquals(24, bytesOf(initializer(Proto.of().packedVarints(5, 1, 2, 3, -1, 5, 6), false)));
        Proto unpackedInts = Proto.of();
        for (long v : new long[] {1, -1, 3, 4, 5, 6}) {
            unpackedInts.varint(5, v);
        }
        assertEquals(24, bytesOf(initializer(unpackedInts, true)));
        // doubles (fixed64), both ways, counted by the FLOAT element size the tensor declares
        assertEquals(8, bytesOf(initializer(Proto.of().fixed64(10, 1).fixed64(10, 2), false)));
        assertEquals(8, bytesOf(initializer(Proto.of().bytes(10, new byte[16]), false)));
        assertEquals(20, bytesOf(initializer(Proto.of().bytes(9, new byte[20]), false)));
    }

    @Test
    void externalDataCountsItsLength() {
        Proto tensor = Proto.of().varint(2, 1).string(8, "w")
                .message(13, Proto.of().string(1, "location").string(2, "w.bin"))
                .message(13, Proto.of().string(1, "length").string(2, "4096")).varint(14, 1);
        OnnxModel m = read(Proto.model(Proto.of().message(5, tensor)));
        assertTrue(m.externalData());
        assertEquals(4096, m.initializerBytes());
    }

    @Test
    void inputsLeaveOutInitializersWrittenAfterThem() {
        Proto graph = Proto.of().message(11, Proto.tensorValue("x", 1, 1)).message(11, Proto.tensorValue("w", 1, 1))
                .message(5, Proto.of().varint(2, 1).string(8, "w").bytes(9, new byte[4]));
        OnnxModel m = read(Proto.model(graph));
        assertEquals(1, m.inputs().size());
        assertEquals("x", m.inputs().get(0).name());
    }

    /**
     * A sparse initializer (GraphProto.sparse_initializer 15) is named by its values tensor (onnx.proto,
     * SparseTensorProto.values: "serves as a name for SparseTensorProto when used in sparse_initializer list"); ONNX's
     * IR.md lists sparse initializers with the initializers, so a graph input of that name has a default value and is
     * no required input. Dense initializer counts and bytes are unchanged.
     */
    @Test
    void inputsLeaveOutSparseInitializers() {
        Proto values = Proto.of().varint(1, 2).varint(2, 1).string(8, "s").bytes(9, new byte[8]);
        Proto indices = Proto.of().varint(1, 2).varint(2, 7).string(8, "s_idx").bytes(9, new byte[16]);
        Proto sparse = Proto.of().message(1, values).message(2, indices).varint(3, 4);
        Proto graph = Proto.of().message(11, Proto.tensorValue("x", 1, 1)).message(11, Proto.tensorValue("s", 1, 4))
                .message(15, sparse);
        OnnxModel m = read(Proto.model(graph));
        assertEquals(List.of("x"), m.inputs().stream().map(OnnxModel.ValueInfo::name).toList());
        assertEquals(0, m.initializerCount());
        assertEquals(0, m.initializerBytes());
    }

    @Test
    void typesAndOneofs() {
        // a dimension given a value, then a param: the last member of the oneof wins
        Proto dims = Proto.of().message(1, Proto.of().varint(1, 7).string(2, "n")).message(1, Proto.of());
        Proto typed = Proto.of().string(1, "a").message(2, Proto.of().message(1, Proto.of().varint(1, 10)
                .message(2, dims)));
        Proto noShape = Proto.of().string(1, "b").message(2, Proto.of().message(1, Proto.of().varint(1, 9)));
        Proto scalar = Proto.of().string(1, "c").message(2, Proto.of().message(1, Proto.of().varint(1, 9)
                .message(2, Proto.of())));
        Proto sequence = Proto.of().string(1, "d").message(2, Proto.of().message(4, Proto.of()));
        Proto unknownCode = Proto.of().string(1, "e").message(2, Proto.of().message(1, Proto.of().varint(1, 99)));
        Proto graph = Proto.of().message(11, typed).message(11, noShape).message(11, scalar).message(11, sequence)
                .message(11, unknownCode);
        List<OnnxModel.ValueInfo> in = read(Proto.model(graph)).inputs();
        assertEquals("FLOAT16", in.get(0).elemTypeName());
        assertEquals(List.of(new OnnxModel.Dim(null, "n"), new OnnxModel.Dim(null, null)), in.get(0).shape());
        assertNull(in.get(1).shape());
        assertEquals(List.of(), in.get(2).shape());
        assertEquals(OnnxModel.TypeKind.SEQUENCE, in.get(3).kind());
        assertNull(in.get(3).elemTypeName());
        assertEquals("99", in.get(4).elemTypeName());
    }

    @Test
    void domainsAreNormalisedAndOperatorsSorted() {
        Proto graph = Proto.of().message(1, Proto.node("Relu", "ai.onnx")).message(1, Proto.node("MatMulNBits",
                "com.microsoft")).message(1, Proto.node("Add", "")).message(1, Proto.node("Relu", null));
        Proto model = Proto.of().message(8, Proto.of().string(1, "ai.onnx").varint(2, 17))
                .message(8, Proto.of().string(1, "com.microsoft").varint(2, 1)).message(7, graph);
        OnnxModel m = read(model);
        assertEquals(Map.of("", 17L, "com.microsoft", 1L), m.opsetImports());
        assertEquals(List.of(new OnnxModel.OperatorCount("", "Add", 1), new OnnxModel.OperatorCount("", "Relu", 2),
                new OnnxModel.OperatorCount("com.microsoft", "MatMulNBits", 1)), m.operators());
        assertEquals(4, m.nodeCount());
    }

    @Test
    void unknownFieldsOfEveryWireTypeAreSkipped() {
        byte[] known = Proto.simpleModel().toBytes();
        Proto withUnknown = Proto.of().varint(99, 1).fixed32(98, 2).fixed64(97, 3).string(96, "later schema")
                .raw(known);
        assertEquals(OnnxJson.write(read(Proto.simpleModel())), OnnxJson.write(read(withUnknown)));
    }

    /**
     * A model of 3 GB (a sparse file: holes cost no disk) whose initializer raw_data is skipped by its length: a few
     * KB are read.
     */
    @Test
    void hugeRawDataIsSkippedUnread(@TempDir Path dir) throws IOException {
        long rawBytes = 3L << 30;
        Proto tensorHead = Proto.of().varint(1, rawBytes / 4).varint(2, 1).string(8, "w").tag(9, 2)
                .rawVarint(rawBytes);
        long tensorLength = tensorHead.size() + rawBytes;
        Proto graphHead = Proto.of().message(1, Proto.node("Relu", null)).tag(5, 2).rawVarint(tensorLength);
        Proto graphTail = Proto.of().message(11, Proto.tensorValue("x", 1, 4)).message(12,
                Proto.tensorValue("y", 1, 4));
        long graphLength = graphHead.size() + tensorHead.size() + rawBytes + graphTail.size();
        Proto modelHead = Proto.of().varint(1, 8).message(8, Proto.of().varint(2, 13)).tag(7, 2)
                .rawVarint(graphLength);
        Path file = dir.resolve("huge.onnx");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(modelHead.toBytes()));
            channel.write(ByteBuffer.wrap(graphHead.toBytes()));
            channel.write(ByteBuffer.wrap(tensorHead.toBytes()));
            channel.write(ByteBuffer.wrap(graphTail.toBytes()), channel.position() + rawBytes);
        }
        try (FileSource source = new FileSource(file)) {
            OnnxModel m = OnnxReader.read(source);
            assertEquals(rawBytes, m.initializerBytes());
            assertEquals(List.of("x"), m.inputs().stream().map(OnnxModel.ValueInfo::name).toList());
            assertEquals("y", m.outputs().get(0).name());
            assertTrue(source.bytesRead() < 16 * 1024, "bytes read: " + source.bytesRead());
            System.out.printf("onnx: a %,d-byte model summarised from %,d bytes read%n", source.size(),
                    source.bytesRead());
        }
        assertFalse(file.toFile().length() < rawBytes);
    }

    @Test
    void theBenchmarksLargeModelIsValidAndItsRawDataIsNeverRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("large.onnx");
        long structure = LargeOnnxModel.write(file, 3, 512);
        try (FileSource source = new FileSource(file)) {
            OnnxModel model = OnnxReader.read(source);
            assertEquals(9, model.nodeCount());
            assertEquals(List.of(new OnnxModel.OperatorCount("", "Add", 3), new OnnxModel.OperatorCount("", "MatMul", 3),
                    new OnnxModel.OperatorCount("", "Relu", 3)), model.operators());
            assertEquals(6, model.initializerCount());
            assertEquals(3 * (512 * 512 + 512) * 4L, model.initializerBytes());
            assertEquals(structure + model.initializerBytes(), model.fileSize());
            assertEquals(List.of("x"), model.inputs().stream().map(OnnxModel.ValueInfo::name).toList());
            // The structure and the reader's read-ahead (chunks of a few KB after each skip), not the 3 MB of raw_data.
            assertTrue(source.bytesRead() < model.initializerBytes() / 10, source.bytesRead() + " bytes read");
        }
    }
}
