package notes.gguf;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import notes.base.FileProblem;

/**
 * Why the reader rejected a file: one constant per kind of rejection, with the names of the arguments its
 * {@link GgufFormatException} carries, in order. Wording is not kept here: the command line words a problem in
 * English ({@link GgufFormatException#reason()}) and the page in zh-Hant, each from the constant and its arguments.
 * Arguments taken from the file itself (keys, tensor names) come first.
 */
public enum GgufProblem implements FileProblem {
    BAD_MAGIC,
    UNSUPPORTED_VERSION("version"),
    /** A fixed-size value (2, 4 or 8 bytes) starts before the end of the file but does not fit. */
    TRUNCATED_VALUE("valueBytes", "fileSize"),
    /** A single byte is read at the end of the file. */
    FILE_ENDS_EARLY("fileSize"),
    METADATA_COUNT_TOO_LARGE("count", "bytesLeft"),
    TENSOR_COUNT_TOO_LARGE("count", "bytesLeft"),
    ARRAY_LENGTH_TOO_LARGE("key", "count", "bytesLeft"),
    KEY_LENGTH_TOO_LARGE("claimedBytes", "bytesLeft"),
    TENSOR_NAME_LENGTH_TOO_LARGE("claimedBytes", "bytesLeft"),
    STRING_LENGTH_TOO_LARGE("key", "claimedBytes", "bytesLeft"),
    DUPLICATE_KEY("key"),
    UNKNOWN_VALUE_TYPE("key", "typeId"),
    ARRAYS_TOO_DEEP("key", "maxDepth"),
    BAD_BOOLEAN("key", "value"),
    DUPLICATE_TENSOR("tensor"),
    TOO_MANY_DIMENSIONS("tensor", "dimensions", "maxDimensions"),
    /** A dimension read as unsigned is 2^63 or more. */
    DIMENSION_TOO_LARGE("tensor", "dimensionIndex", "dimension"),
    ELEMENT_COUNT_OVERFLOW("tensor"),
    REMOVED_TENSOR_TYPE("tensor", "typeId"),
    UNKNOWN_TENSOR_TYPE("tensor", "typeId"),
    ROW_NOT_BLOCK_MULTIPLE("tensor", "rowLength", "type", "blockSize"),
    TENSOR_SIZE_OVERFLOW("tensor"),
    /**
     * A tensor's data offset, read as unsigned, is 2^53 or more: beyond what a double holds exactly, which is how the
     * page keeps offsets, and beyond any file's size.
     */
    TENSOR_OFFSET_TOO_LARGE("tensor", "tensorOffset"),
    /** general.alignment is not a UINT32 power of two; the value is shown as read, of whatever type. */
    BAD_ALIGNMENT("valueType", "value"),
    DATA_SECTION_PAST_END("dataOffset"),
    MISALIGNED_TENSOR("tensor", "tensorOffset", "alignment"),
    OVERLAPPING_TENSORS("tensor", "tensorOffset", "previousEnd"),
    TENSOR_DATA_PAST_END("tensor", "tensorBytes", "tensorOffset", "dataSectionBytes");

    private final List<String> parameters;

    GgufProblem(String... parameters) {
        this.parameters = Collections.unmodifiableList(Arrays.asList(parameters));
    }

    /** The names of the arguments a rejection of this kind carries, in order. */
    public List<String> parameters() {
        return parameters;
    }
}
