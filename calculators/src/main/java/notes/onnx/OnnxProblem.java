package notes.onnx;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import notes.base.FileProblem;

/**
 * Why the reader rejected a file: one constant per kind of rejection, with the names of the arguments its
 * {@link OnnxFormatException} carries, in order. Wording is not kept here: the command line words a problem in
 * English ({@link OnnxFormatException#reason()}) and the page in zh-Hant ({@code notes.page.OnnxMessages}), each
 * from the constant and its arguments.
 *
 * <p>Field problems name the message type as onnx.proto spells it ({@code ModelProto}, {@code GraphProto}, ...),
 * the field number, and the field's name in onnx.proto ({@code ""} for a field number onnx.proto does not define).
 * The wire-level terms (varint, wire type, length-delimited) are those of the protobuf encoding specification,
 * https://protobuf.dev/programming-guides/encoding/.
 */
public enum OnnxProblem implements FileProblem {
    /** A file of 0 bytes: a valid encoding of an all-default ModelProto, which has no graph. */
    EMPTY_FILE,
    /** The very first byte is no protobuf field tag (wire type 3, 4, 6 or 7, or field number 0). */
    NOT_PROTOBUF("firstByte"),
    /** A varint with the continuation bit set in all of its first 10 bytes (a varint is at most 10 bytes). */
    VARINT_TOO_LONG("message", "fieldNumber", "fieldName"),
    /** The enclosing message (or the file) ends inside a varint. */
    VARINT_PAST_END("message", "fieldNumber", "fieldName", "bytesLeft"),
    /** A 4- or 8-byte value (wire type I32 or I64) runs past the end of its enclosing message. */
    FIXED_PAST_END("message", "fieldNumber", "fieldName", "valueBytes", "bytesLeft"),
    /** A length-delimited field claims more bytes than its enclosing message (or the file) has left. */
    LENGTH_PAST_END("message", "fieldNumber", "fieldName", "claimedBytes", "bytesLeft"),
    /** Wire type 6 or 7, which the encoding does not define. */
    INVALID_WIRE_TYPE("message", "fieldNumber", "wireType"),
    /**
     * An end-group tag (wire type 4) with no group open, or closing a group of another field number. (A group in a
     * field onnx.proto does not define is skipped, as protobuf parsers skip unknown groups.)
     */
    GROUP_END_UNMATCHED("message", "fieldNumber"),
    /** A group (wire type 3) whose end-group tag never comes before its enclosing message ends. */
    GROUP_NOT_CLOSED("message", "fieldNumber"),
    /** Groups nested deeper than {@code maxDepth}, protobuf-java's default recursion limit. */
    GROUP_TOO_DEEP("message", "fieldNumber", "maxDepth"),
    /** A tag with field number 0, which protobuf reserves. */
    FIELD_NUMBER_ZERO("message"),
    /** A tag whose field number is above 2^29 - 1, the largest protobuf allows. */
    FIELD_NUMBER_TOO_LARGE("message", "fieldNumber"),
    /** A field onnx.proto defines, encoded with a wire type that field cannot have. */
    WRONG_WIRE_TYPE("message", "fieldNumber", "fieldName", "expectedWireType", "wireType"),
    /** A packed field of fixed-size values (float, double) whose length is not a multiple of the value size. */
    PACKED_LENGTH_NOT_MULTIPLE("message", "fieldNumber", "fieldName", "length", "valueBytes"),
    /** A name or text the summary keeps is longer than this reader keeps (the file holds it; it is not read). */
    STRING_TOO_LONG("message", "fieldNumber", "fieldName", "length", "maxBytes"),
    /** ModelProto without its graph field (7): nothing to run, and onnxruntime refuses it. */
    NO_GRAPH,
    /** An initializer stored outside the file whose external-data "length" is not a non-negative integer. */
    BAD_EXTERNAL_LENGTH("tensor", "value");

    private final List<String> parameters;

    OnnxProblem(String... parameters) {
        this.parameters = Collections.unmodifiableList(Arrays.asList(parameters));
    }

    /** The names of the arguments a rejection of this kind carries, in order. */
    public List<String> parameters() {
        return parameters;
    }
}
