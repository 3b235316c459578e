package notes.onnx;

import java.util.List;

/** The English reason for each {@link OnnxProblem}: the only place the command line's wording is kept. */
final class OnnxEnglish {
    private OnnxEnglish() {
    }

    /** With no default branch, a new problem does not compile until it is worded here. */
    static String reason(OnnxProblem problem, List<String> a) {
        return switch (problem) {
            case EMPTY_FILE -> "empty file: 0 bytes, so no graph (not an ONNX model)";
            case NOT_PROTOBUF -> "not an ONNX model: the first byte 0x" + a.get(0) + " is not a protobuf field tag";
            case VARINT_TOO_LONG -> "varint longer than 10 bytes in " + field(a) + "; a varint is at most 10 bytes";
            case VARINT_PAST_END -> "truncated: " + within(a.get(0)) + " ends inside the varint of " + field(a)
                    + " (" + a.get(3) + " bytes left)";
            case FIXED_PAST_END -> "truncated: " + field(a) + " is a " + a.get(3) + "-byte value but only " + a.get(4)
                    + " bytes remain in " + within(a.get(0));
            case LENGTH_PAST_END -> "truncated: " + field(a) + " declares " + a.get(3) + " bytes but only " + a.get(4)
                    + " remain in " + within(a.get(0));
            case INVALID_WIRE_TYPE -> "invalid wire type " + a.get(2) + " for " + a.get(0) + " field " + a.get(1)
                    + " (protobuf defines 0 to 5)";
            case GROUP_END_UNMATCHED -> a.get(0) + " field " + a.get(1) + " ends a group (wire type 4) that is not"
                    + " open";
            case GROUP_NOT_CLOSED -> a.get(0) + " field " + a.get(1) + " starts a group (wire type 3) that does not"
                    + " end before its message does";
            case GROUP_TOO_DEEP -> a.get(0) + " field " + a.get(1) + " nests groups deeper than " + a.get(2);
            case FIELD_NUMBER_ZERO -> "field number 0 in " + a.get(0) + " (protobuf field numbers start at 1)";
            case FIELD_NUMBER_TOO_LARGE -> "field number " + a.get(1) + " in " + a.get(0) + " is above 536870911,"
                    + " the largest protobuf allows";
            case WRONG_WIRE_TYPE -> field(a) + " has wire type " + a.get(4) + "; onnx.proto needs wire type "
                    + a.get(3);
            case PACKED_LENGTH_NOT_MULTIPLE -> "packed " + field(a) + " is " + a.get(3) + " bytes long, not a multiple"
                    + " of " + a.get(4);
            case STRING_TOO_LONG -> field(a) + " is " + a.get(3) + " bytes long; this reader keeps names and texts up"
                    + " to " + a.get(4) + " bytes";
            case NO_GRAPH -> "no graph: ModelProto field 7 (graph) is missing, so there is no model to run";
            case BAD_EXTERNAL_LENGTH -> "initializer '" + a.get(0) + "' is stored externally with length '" + a.get(1)
                    + "', not a non-negative integer";
        };
    }

    /** For example "field 7 (graph) of ModelProto". */
    private static String field(List<String> a) {
        if (a.get(1).equals("-")) {
            return "a field tag of " + a.get(0); // the tag itself could not be read
        }
        String name = a.get(2).isEmpty() ? "" : " (" + a.get(2) + ")";
        return "field " + a.get(1) + name + " of " + a.get(0);
    }

    /** ModelProto is the whole file; any other message is a part of it. */
    private static String within(String message) {
        return message.equals("ModelProto") ? "the file" : "the enclosing " + message;
    }
}
