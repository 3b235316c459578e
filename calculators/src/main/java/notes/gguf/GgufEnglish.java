package notes.gguf;

import java.util.List;

/**
 * The English reason for each {@link GgufProblem} and the English note for each {@link KvCacheNote}: the only place
 * the command line's wording is kept.
 */
final class GgufEnglish {
    private GgufEnglish() {
    }

    /** With no default branch, a new problem does not compile until it is worded here. */
    static String reason(GgufProblem problem, List<String> a) {
        return switch (problem) {
            case BAD_MAGIC -> "not a GGUF file: the first four bytes are not \"GGUF\"";
            case UNSUPPORTED_VERSION -> "unsupported GGUF version " + a.get(0) + " (this reader reads 2 and 3)";
            case TRUNCATED_VALUE -> "file is truncated: a " + a.get(0) + "-byte value starts here but the file ends at"
                    + " byte " + a.get(1);
            case FILE_ENDS_EARLY -> "file ends early: truncated after " + a.get(0) + " bytes";
            case METADATA_COUNT_TOO_LARGE -> cannotFit("metadata count", a.get(0), a.get(1));
            case TENSOR_COUNT_TOO_LARGE -> cannotFit("tensor count", a.get(0), a.get(1));
            case ARRAY_LENGTH_TOO_LARGE -> cannotFit("array length of '" + a.get(0) + "'", a.get(1), a.get(2));
            case KEY_LENGTH_TOO_LARGE -> claims("metadata key", a.get(0), a.get(1));
            case TENSOR_NAME_LENGTH_TOO_LARGE -> claims("tensor name", a.get(0), a.get(1));
            case STRING_LENGTH_TOO_LARGE -> claims("string value of '" + a.get(0) + "'", a.get(1), a.get(2));
            case DUPLICATE_KEY -> "duplicate metadata key '" + a.get(0) + "'";
            case UNKNOWN_VALUE_TYPE -> "unknown metadata value type " + a.get(1) + " for '" + a.get(0) + "'";
            case ARRAYS_TOO_DEEP -> "arrays nested deeper than " + a.get(1) + " in '" + a.get(0) + "'";
            case BAD_BOOLEAN -> "boolean '" + a.get(0) + "' holds " + a.get(1) + ", not 0 or 1";
            case DUPLICATE_TENSOR -> "duplicate tensor name '" + a.get(0) + "'";
            case TOO_MANY_DIMENSIONS -> tensor(a) + " has " + a.get(1) + " dimensions; at most " + a.get(2);
            case DIMENSION_TOO_LARGE -> tensor(a) + " dimension " + a.get(1) + " is " + a.get(2) + ", beyond 2^63";
            case ELEMENT_COUNT_OVERFLOW -> tensor(a) + " element count overflows 64 bits";
            case REMOVED_TENSOR_TYPE -> tensor(a) + " has type " + a.get(1) + ", which was removed from the format";
            case UNKNOWN_TENSOR_TYPE -> tensor(a) + " has unknown type " + a.get(1);
            case ROW_NOT_BLOCK_MULTIPLE -> tensor(a) + " has " + a.get(1) + " elements per row, not a multiple of "
                    + a.get(2) + "'s block size " + a.get(3);
            case TENSOR_SIZE_OVERFLOW -> tensor(a) + " size overflows 64 bits";
            case TENSOR_OFFSET_TOO_LARGE -> tensor(a) + " has offset " + a.get(1) + ", 2^53 bytes or more: no file is"
                    + " that large";
            case BAD_ALIGNMENT -> "general.alignment must be a UINT32 power of two, not " + a.get(0) + " " + a.get(1);
            case DATA_SECTION_PAST_END -> "file ends before its tensor data section starts at " + a.get(0);
            case MISALIGNED_TENSOR -> tensor(a) + " has offset " + a.get(1) + ", not a multiple of the alignment "
                    + a.get(2);
            case OVERLAPPING_TENSORS -> tensor(a) + " at offset " + a.get(1) + " overlaps the tensor before it, which"
                    + " ends at " + a.get(2);
            case TENSOR_DATA_PAST_END -> tensor(a) + " data (" + a.get(1) + " bytes at offset " + a.get(2) + ") runs"
                    + " past the end of the file: the data section holds " + a.get(3) + " bytes";
        };
    }

    /** The note for {@code note}; {@code window} is the file's sliding window (used by the layout note only). */
    static String kvCache(KvCacheNote note, long window) {
        return switch (note) {
            case NO_BLOCK_COUNT -> "no KV-cache estimate: the architecture's block_count (layers) is missing or not"
                    + " a positive integer";
            case NO_HEAD_DIMENSION -> "no KV-cache estimate: without attention.key_length, or embedding_length and"
                    + " head_count, the head size is unknown";
            case UNKNOWN_SLIDING_LAYOUT -> "the file sets a sliding window of " + window + " tokens, but which layers"
                    + " use it is not known for this architecture; every layer is counted at the whole context";
        };
    }

    private static String tensor(List<String> a) {
        return "tensor '" + a.get(0) + "'";
    }

    private static String cannotFit(String what, String count, String bytesLeft) {
        return what + " " + count + " cannot fit in the " + bytesLeft + " bytes left in the file";
    }

    private static String claims(String what, String claimed, String bytesLeft) {
        return what + " claims " + claimed + " bytes but only " + bytesLeft + " remain";
    }
}
