package notes.onnx;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a large, valid ModelProto cheaply, for the ONNX benchmark: {@code layers} blocks of MatMul, Add and Relu on
 * a FLOAT [batch, width] activation, each MatMul with a [width, width] weight and each Add with a [width] bias as
 * initializers. The structure is written with {@link Proto}; each initializer's raw_data is a hole in a sparse file
 * (zeros, no disk space, no time). Fields are in field-number order, as ONNX's serializer writes them: the graph's
 * nodes, then its initializers, then its inputs and outputs.
 */
public final class LargeOnnxModel {
    private static final int FLOAT = 1;
    private static final int MODEL_GRAPH = 7;

    private LargeOnnxModel() {
    }

    /** Writes the model to {@code file}; returns the bytes that are not raw_data (what a summary needs to read). */
    public static long write(Path file, int layers, int width) throws IOException {
        Proto nodes = Proto.of();
        String x = "x";
        for (int i = 0; i < layers; i++) {
            String p = "/layers." + i + "/";
            nodes.message(1, node(p + "MatMul", "MatMul", p + "MatMul_output_0", x, "layers." + i + ".weight"));
            nodes.message(1, node(p + "Add", "Add", p + "Add_output_0", p + "MatMul_output_0", "layers." + i + ".bias"));
            x = i == layers - 1 ? "y" : p + "Relu_output_0";
            nodes.message(1, node(p + "Relu", "Relu", x, p + "Add_output_0"));
        }
        nodes.string(2, "main_graph");
        // Each initializer is its header (up to and including raw_data's tag and length), then the hole.
        List<byte[]> headers = new ArrayList<>();
        List<Long> holes = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            addInitializer(headers, holes, "layers." + i + ".weight", width, width);
            addInitializer(headers, holes, "layers." + i + ".bias", width);
        }
        Proto tail = Proto.of().message(11, Proto.tensorValue("x", FLOAT, "batch", width))
                .message(12, Proto.tensorValue("y", FLOAT, "batch", width));
        long graphLength = nodes.size() + tail.size();
        for (int i = 0; i < headers.size(); i++) {
            graphLength += headers.get(i).length + holes.get(i);
        }
        Proto head = Proto.of().varint(1, 8).string(2, "notes-bench").string(3, "1")
                .message(8, Proto.of().string(1, "").varint(2, 17)).tag(MODEL_GRAPH, 2).rawVarint(graphLength);
        long structure = head.size() + nodes.size() + tail.size();
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(0);
            out.write(head.toBytes());
            out.write(nodes.toBytes());
            for (int i = 0; i < headers.size(); i++) {
                out.write(headers.get(i));
                out.seek(out.getFilePointer() + holes.get(i)); // sparse: raw_data stays zeros on no disk space
                structure += headers.get(i).length;
            }
            out.write(tail.toBytes());
        }
        return structure;
    }

    private static Proto node(String name, String opType, String output, String... inputs) {
        Proto node = Proto.of();
        for (String input : inputs) {
            node.string(1, input);
        }
        return node.string(2, output).string(3, name).string(4, opType);
    }

    /** TensorProto: dims 1, data_type 2, name 8, raw_data 9 (its bytes left to the caller). */
    private static void addInitializer(List<byte[]> headers, List<Long> holes, String name, long... dims) {
        long bytes = 4;
        Proto tensor = Proto.of();
        for (long d : dims) {
            tensor.varint(1, d);
            bytes *= d;
        }
        tensor.varint(2, FLOAT).string(8, name).tag(9, 2).rawVarint(bytes);
        Proto header = Proto.of().tag(5, 2).rawVarint(tensor.size() + bytes).raw(tensor.toBytes());
        headers.add(header.toBytes());
        holes.add(bytes);
    }
}
