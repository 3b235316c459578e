package notes.onnx;

/** Files crafted to be rejected with one {@link OnnxProblem} each. */
public final class OnnxTestFiles {
    private OnnxTestFiles() {
    }

    public static byte[] crafted(OnnxProblem problem) {
        Proto p = Proto.of();
        return switch (problem) {
            case EMPTY_FILE -> new byte[0];
            case NOT_PROTOBUF -> new byte[] {'G', 'G', 'U', 'F', 3, 0, 0, 0};
            case VARINT_TOO_LONG -> p.tag(1, 0).raw(0x87, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0)
                    .toBytes();
            case VARINT_PAST_END -> p.tag(1, 0).raw(0x80, 0x80).toBytes();
            case FIXED_PAST_END -> Proto.model(Proto.of().message(5, Proto.of().raw(0x25, 1, 2))).toBytes();
            case LENGTH_PAST_END -> p.tag(7, 2).rawVarint(100).raw(0x0A, 0).toBytes();
            case INVALID_WIRE_TYPE -> p.varint(1, 8).tag(3, 7).toBytes();
            case GROUP_END_UNMATCHED -> p.varint(1, 8).tag(40, 3).tag(41, 4).toBytes();
            case GROUP_NOT_CLOSED -> p.varint(1, 8).tag(40, 3).varint(1, 2).toBytes();
            case GROUP_TOO_DEEP -> {
                p.varint(1, 8);
                for (int i = 0; i <= OnnxReader.MAX_GROUP_DEPTH; i++) {
                    p.tag(40, 3);
                }
                yield p.toBytes();
            }
            case FIELD_NUMBER_ZERO -> p.varint(1, 8).raw(0x00, 0x00).toBytes();
            case FIELD_NUMBER_TOO_LARGE -> p.varint(1, 8).rawVarint((1L << 29) << 3).raw(0).toBytes();
            case WRONG_WIRE_TYPE -> p.varint(1, 8).string(5, "seven").toBytes();
            case PACKED_LENGTH_NOT_MULTIPLE -> Proto.model(Proto.of().message(5,
                    Proto.of().varint(2, 1).bytes(4, new byte[] {0, 0, 0, 0, 0, 0}))).toBytes();
            case STRING_TOO_LONG -> p.string(2, "x".repeat(OnnxReader.MAX_TEXT_BYTES + 1)).toBytes();
            case NO_GRAPH -> p.varint(1, 8).message(8, Proto.of().varint(2, 13)).toBytes();
            case BAD_EXTERNAL_LENGTH -> Proto.model(Proto.of().message(5, Proto.of().varint(2, 1).string(8, "w")
                    .message(13, Proto.of().string(1, "length").string(2, "12kB")).varint(14, 1))).toBytes();
        };
    }
}
