package notes.gguf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * GGUF files for tests: a small valid file, the fuzz seed and its mutations, one crafted file per
 * {@link GgufProblem}, and the byte patching the corruptions use. Public so that the page's tests (notes.page) run the
 * same files through the reader as this package's tests do.
 */
public final class GgufTestFiles {
    private GgufTestFiles() {
    }

    /** Two metadata keys (a string, a string array) and two tensors, 'w' (Q4_0) and 'v' (F32). */
    public static byte[] valid() {
        return new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama")
                .array("tokens", ValueType.STRING, List.of("a", "b"))
                .tensor("w", GgmlType.Q4_0, 64, 2).tensor("v", GgmlType.F32, 8).toBytes();
    }

    /** The file the fuzz campaign mutates: every part of a real model's header, small. */
    public static byte[] seedFile() {
        return new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama")
                .scalar("llama.block_count", ValueType.UINT32, 2).scalar("x.f64", ValueType.FLOAT64, 0.5)
                .array("tokenizer.ggml.tokens", ValueType.STRING, List.of("<s>", "你", "好", "the"))
                .array("tokenizer.ggml.scores", ValueType.FLOAT32, List.of(0f, -1f, -2f, -3f))
                .tensor("token_embd.weight", GgmlType.Q8_0, 64, 4).tensor("norm", GgmlType.F32, 64)
                .tensor("out", GgmlType.Q4_K, 256, 2).toBytes();
    }

    /** Flips bytes, overwrites 8-byte fields with extreme values, truncates or duplicates a span. */
    public static byte[] mutate(byte[] seed, Random random) {
        byte[] f = seed.clone();
        switch (random.nextInt(4)) {
            case 0:
                for (int k = 1 + random.nextInt(4); k > 0; k--) {
                    f[random.nextInt(f.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return f;
            case 1:
                long[] extremes = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32, 0xFFFFFFFFL, 1L << 62};
                int at = random.nextInt(f.length - 8);
                long v = extremes[random.nextInt(extremes.length)];
                for (int b = 0; b < 8; b++) {
                    f[at + b] = (byte) (v >>> (8 * b));
                }
                return f;
            case 2:
                return Arrays.copyOf(f, random.nextInt(f.length));
            default:
                int from = random.nextInt(f.length);
                int len = random.nextInt(Math.min(64, f.length - from));
                byte[] g = Arrays.copyOf(f, f.length + len);
                System.arraycopy(f, from, g, from + len, f.length - from);
                return g;
        }
    }

    /**
     * A file the reader rejects with {@code problem}. With no default branch, a new problem does not compile until
     * it has a file here, so every problem stays reachable and worded.
     */
    public static byte[] crafted(GgufProblem problem) {
        return switch (problem) {
            case BAD_MAGIC -> patched32(0, 0x46554758); // "XGUF"
            case UNSUPPORTED_VERSION -> patched32(4, 1);
            case TRUNCATED_VALUE -> Arrays.copyOf(valid(), 6); // the version field is cut after 2 of its 4 bytes
            case FILE_ENDS_EARLY -> endsBeforeLastByte();
            case METADATA_COUNT_TOO_LARGE -> patched64(16, 1L << 62);
            case TENSOR_COUNT_TOO_LARGE -> patched64(8, -1L);
            case ARRAY_LENGTH_TOO_LARGE -> patched64(indexOf(valid(), "tokens".getBytes()) + 6 + 4 + 4, 1L << 50);
            case KEY_LENGTH_TOO_LARGE -> patched64(24, 1L << 40);
            case TENSOR_NAME_LENGTH_TOO_LARGE -> patched64(stringAt("w") - 8, 1L << 40);
            case STRING_LENGTH_TOO_LARGE -> patched64(stringAt("llama") - 8, 1L << 40);
            case DUPLICATE_KEY -> new GgufWriter().scalar("k", ValueType.UINT8, 1).scalar("k", ValueType.UINT8, 2)
                    .toBytes();
            case UNKNOWN_VALUE_TYPE -> patched32(stringAt("llama") - 8 - 4, 99);
            case ARRAYS_TOO_DEEP -> nestedArrays(9);
            case BAD_BOOLEAN -> new GgufWriter().scalar("b", ValueType.BOOL, 2).toBytes();
            case DUPLICATE_TENSOR -> new GgufWriter().tensor("t", GgmlType.F32, 4).tensor("t", GgmlType.F32, 4)
                    .toBytes();
            case TOO_MANY_DIMENSIONS -> patched32(stringAt("w") + 1, 5);
            case DIMENSION_TOO_LARGE -> patched64(stringAt("w") + 1 + 4, -1L);
            case ELEMENT_COUNT_OVERFLOW -> new GgufWriter().tensor("big", GgmlType.F32, 1L << 40, 1L << 40)
                    .headerOnly().toBytes();
            // 2^62 elements fit in 64 bits; their 4 bytes each do not.
            case TENSOR_SIZE_OVERFLOW -> new GgufWriter().tensor("big", GgmlType.F32, 1L << 31, 1L << 31)
                    .headerOnly().toBytes();
            case TENSOR_OFFSET_TOO_LARGE -> patched64(offsetFieldOf(valid(), "v"), 1L << 53);
            case REMOVED_TENSOR_TYPE -> withTensorType(31);
            case UNKNOWN_TENSOR_TYPE -> withTensorType(77);
            case ROW_NOT_BLOCK_MULTIPLE -> new GgufWriter().tensor("x", GgmlType.Q4_K, 100, 2).toBytes();
            case BAD_ALIGNMENT -> new GgufWriter().scalar("general.alignment", ValueType.UINT32, 48).toBytes();
            case DATA_SECTION_PAST_END -> endsInHeaderPadding();
            case MISALIGNED_TENSOR -> patched64(offsetFieldOf(valid(), "v"), 8);
            case OVERLAPPING_TENSORS -> patched64(offsetFieldOf(valid(), "v"), 0); // 'w' starts at 0 too
            case TENSOR_DATA_PAST_END -> patched64(offsetFieldOf(valid(), "v"), 1 << 20);
        };
    }

    /** {@link #valid()} with tensor 'v' of type id {@code id}. */
    public static byte[] withTensorType(int id) {
        byte[] f = valid();
        putU32(f, offsetFieldOf(f, "v") - 4, id);
        return f;
    }

    /** Position of the offset field of tensor {@code name}'s info (after name, n_dims, dims and type). */
    public static int offsetFieldOf(byte[] f, String name) {
        int at = indexOf(f, name.getBytes());
        int dims = ByteBuffer.wrap(f, at + name.length(), 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        return at + name.length() + 4 + 8 * dims + 4;
    }

    /** Position of the bytes of the GGUF string {@code needle} (checked against its length field) after the header. */
    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 24; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            // a string's bytes follow its 8-byte length
            if (ByteBuffer.wrap(haystack, i - 8, 8).order(ByteOrder.LITTLE_ENDIAN).getLong() == needle.length) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    public static void putU32(byte[] f, int at, int v) {
        ByteBuffer.wrap(f, at, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(v);
    }

    public static void putU64(byte[] f, int at, long v) {
        ByteBuffer.wrap(f, at, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(v);
    }

    private static int stringAt(String s) {
        return indexOf(valid(), s.getBytes());
    }

    private static byte[] patched32(int at, int v) {
        byte[] f = valid();
        putU32(f, at, v);
        return f;
    }

    private static byte[] patched64(int at, long v) {
        byte[] f = valid();
        putU64(f, at, v);
        return f;
    }

    /** A one-byte value is the last thing read, and the file stops just before it. */
    private static byte[] endsBeforeLastByte() {
        byte[] f = new GgufWriter().scalar("k", ValueType.UINT8, 7).headerOnly().toBytes();
        return Arrays.copyOf(f, 24 + 8 + 1 + 4);
    }

    /** The tensor infos are complete but the padding up to the data section is cut short. */
    private static byte[] endsInHeaderPadding() {
        byte[] f = valid();
        GgufFile parsed = GgufReader.read(new ByteArraySource(f));
        return Arrays.copyOf(f, (int) parsed.dataOffset() - 1);
    }

    /**
     * Key 'k' holding arrays of arrays {@code depth} deep, each claiming one item: the writer writes no nested
     * arrays, so the bytes are laid out here. Twelve spare bytes let the innermost count pass the room check.
     */
    private static byte[] nestedArrays(int depth) {
        ByteBuffer b = ByteBuffer.allocate(24 + 9 + 4 + 12 * depth + 12).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(GgufReader.MAGIC).putInt(3).putLong(0).putLong(1);
        b.putLong(1).put((byte) 'k').putInt(ValueType.ARRAY.id());
        for (int level = 0; level < depth; level++) {
            b.putInt(ValueType.ARRAY.id()).putLong(1);
        }
        return b.array();
    }
}
