package notes.gguf;

/**
 * Tensor types of the GGUF specification (ggml/docs/gguf.md and ggml.h's {@code ggml_type}) with their block
 * sizes (elements per block) and bytes per block. Ids 4, 5, 31-33 and 36-38 were removed from the format.
 */
public enum GgmlType {
    F32(0, 1, 4), F16(1, 1, 2), Q4_0(2, 32, 18), Q4_1(3, 32, 20), Q5_0(6, 32, 22), Q5_1(7, 32, 24),
    Q8_0(8, 32, 34), Q8_1(9, 32, 36), Q2_K(10, 256, 84), Q3_K(11, 256, 110), Q4_K(12, 256, 144),
    Q5_K(13, 256, 176), Q6_K(14, 256, 210), Q8_K(15, 256, 292), IQ2_XXS(16, 256, 66), IQ2_XS(17, 256, 74),
    IQ3_XXS(18, 256, 98), IQ1_S(19, 256, 50), IQ4_NL(20, 32, 18), IQ3_S(21, 256, 110), IQ2_S(22, 256, 82),
    IQ4_XS(23, 256, 136), I8(24, 1, 1), I16(25, 1, 2), I32(26, 1, 4), I64(27, 1, 8), F64(28, 1, 8),
    IQ1_M(29, 256, 56), BF16(30, 1, 2), TQ1_0(34, 256, 54), TQ2_0(35, 256, 66), MXFP4(39, 32, 17);

    /** values() copies its array on each call. */
    private static final GgmlType[] VALUES = values();

    private static final int[] REMOVED = {4, 5, 31, 32, 33, 36, 37, 38};

    private final int id;
    private final int blockSize;
    private final int typeSize;

    GgmlType(int id, int blockSize, int typeSize) {
        this.id = id;
        this.blockSize = blockSize;
        this.typeSize = typeSize;
    }

    public int id() {
        return id;
    }

    /** Elements per block. */
    public int blockSize() {
        return blockSize;
    }

    /** Bytes per block. */
    public int typeSize() {
        return typeSize;
    }

    /** Storage cost per weight in bits: 8 x bytes per block / elements per block. */
    public double bitsPerWeight() {
        return 8.0 * typeSize / blockSize;
    }

    /**
     * The type with this id (the file's uint32, whose bits an int holds: an id of 2^31 or more is negative here and
     * unknown); null for an unknown id. See {@link #isRemoved}. An int, not a long, because TeaVM makes a long a
     * BigInt, and this runs once per tensor.
     */
    public static GgmlType ofId(int id) {
        for (GgmlType t : VALUES) {
            if (t.id == id) {
                return t;
            }
        }
        return null;
    }

    public static boolean isRemoved(int id) {
        for (int r : REMOVED) {
            if (r == id) {
                return true;
            }
        }
        return false;
    }
}
