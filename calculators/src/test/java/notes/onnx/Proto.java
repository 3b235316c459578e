package notes.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes protobuf wire format for tests (https://protobuf.dev/programming-guides/encoding/): tags, varints,
 * fixed values, length-delimited fields, and raw bytes for malformed ones.
 */
final class Proto {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static Proto of() {
        return new Proto();
    }

    Proto tag(int field, int wire) {
        return rawVarint((long) field << 3 | wire);
    }

    Proto rawVarint(long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
        return this;
    }

    Proto varint(int field, long value) {
        return tag(field, 0).rawVarint(value);
    }

    Proto fixed32(int field, int value) {
        tag(field, 5);
        for (int i = 0; i < 4; i++) {
            out.write(value >>> (8 * i));
        }
        return this;
    }

    Proto fixed64(int field, long value) {
        tag(field, 1);
        for (int i = 0; i < 8; i++) {
            out.write((int) (value >>> (8 * i)));
        }
        return this;
    }

    Proto bytes(int field, byte[] value) {
        tag(field, 2).rawVarint(value.length);
        out.writeBytes(value);
        return this;
    }

    Proto string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    Proto message(int field, Proto value) {
        return bytes(field, value.toBytes());
    }

    Proto packedVarints(int field, long... values) {
        Proto packed = of();
        for (long v : values) {
            packed.rawVarint(v);
        }
        return bytes(field, packed.toBytes());
    }

    Proto raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    Proto raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    int size() {
        return out.size();
    }

    // onnx.proto messages -----------------------------------------------------------------------------------------

    /** A ValueInfoProto of a FLOAT tensor with dims written unpacked (ints are dim_value, strings dim_param). */
    static Proto tensorValue(String name, int elemType, Object... dims) {
        Proto shape = of();
        for (Object d : dims) {
            shape.message(1, d instanceof String s ? of().string(2, s) : of().varint(1, ((Number) d).longValue()));
        }
        return of().string(1, name).message(2, of().message(1, of().varint(1, elemType).message(2, shape)));
    }

    static Proto node(String opType, String domain) {
        Proto node = of().string(1, "in").string(2, "out").string(4, opType);
        return domain == null ? node : node.string(7, domain);
    }

    /** A model with IR 8, opset "" 13, and {@code graph}. */
    static Proto model(Proto graph) {
        return of().varint(1, 8).message(8, of().string(1, "").varint(2, 13)).message(7, graph);
    }

    /** A small valid model: Relu on x FLOAT [n, 4] to y. */
    static Proto simpleModel() {
        return model(of().message(1, node("Relu", null)).string(2, "g").message(11, tensorValue("x", 1, "n", 4))
                .message(12, tensorValue("y", 1, "n", 4)));
    }
}
