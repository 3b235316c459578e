package notes.gguf;

import java.util.AbstractList;

/**
 * The items of a metadata array of scalars, kept in primitive arrays and boxed only when an item is read: a tokenizer's
 * 150,000 tokens, scores and types would otherwise be 450,000 objects, which is most of the time the page spends
 * reading a header (TeaVM allocates each box and each string's byte and char arrays as typed arrays). Strings are kept
 * as their UTF-8 bytes in one pool and decoded on {@link #get}; the page shows only the first items. Items read as
 * {@link MetadataValue} describes a scalar of the array's type.
 */
final class ArrayItems extends AbstractList<Object> {
    private final ValueType type;
    private final int size;
    /** Integers up to 32 bits, FLOAT32 bits, booleans as 0/1. */
    private final int[] ints;
    /** 64-bit integers and FLOAT64 bits. */
    private final long[] longs;
    /** Strings: the UTF-8 bytes of all of them, item i from starts[i] to starts[i + 1]. */
    private final byte[] pool;
    private final int[] starts;

    private ArrayItems(ValueType type, int size, int[] ints, long[] longs, byte[] pool, int[] starts) {
        this.type = type;
        this.size = size;
        this.ints = ints;
        this.longs = longs;
        this.pool = pool;
        this.starts = starts;
    }

    /**
     * Reads {@code count} items of {@code type} (any type but ARRAY), already checked against the bytes left.
     * Storage grows as items arrive rather than being sized by the count, which a corrupt file could inflate.
     */
    static ArrayItems read(Cursor in, ValueType type, double count, String key) {
        if (type == ValueType.STRING) {
            return strings(in, count, key);
        }
        boolean wide = type == ValueType.UINT64 || type == ValueType.INT64 || type == ValueType.FLOAT64;
        int[] ints = wide ? null : new int[initialCapacity(count)];
        long[] longs = wide ? new long[initialCapacity(count)] : null;
        int n = 0;
        for (double i = 0; i < count; i++, n++) {
            if (wide) {
                longs = n < longs.length ? longs : grow(longs, grown(n, count));
                longs[n] = in.i64();
            } else {
                ints = n < ints.length ? ints : grow(ints, grown(n, count));
                ints[n] = narrow(in, type, key);
            }
        }
        return new ArrayItems(type, n, ints, longs, null, null);
    }

    private static int narrow(Cursor in, ValueType type, String key) {
        switch (type) {
            case UINT8: return in.u8();
            case INT8: return (byte) in.u8();
            case UINT16: return in.u16();
            case INT16: return (short) in.u16();
            case BOOL:
                int b = in.u8();
                if (b > 1) {
                    throw new GgufFormatException(GgufProblem.BAD_BOOLEAN, (long) in.position() - 1, key, b);
                }
                return b;
            default: return in.i32(); // UINT32, INT32, FLOAT32 bits
        }
    }

    private static ArrayItems strings(Cursor in, double count, String key) {
        int[] starts = new int[initialCapacity(count) + 1];
        byte[] pool = new byte[(int) Math.min(16.0 * starts.length, in.remaining())];
        int n = 0;
        for (double i = 0; i < count; i++, n++) {
            int length = in.stringLength(GgufProblem.STRING_LENGTH_TOO_LARGE, key);
            int start = starts[n];
            if (n + 1 == starts.length) {
                starts = grow(starts, grown(n, count) + 1);
            }
            if (pool.length - start < length) {
                pool = grow(pool, Math.max(2 * pool.length, start + length));
            }
            in.copy(pool, start, length);
            starts[n + 1] = start + length;
        }
        return new ArrayItems(ValueType.STRING, n, null, null, pool, starts);
    }

    /**
     * Room for the whole array when it is of a usual size (the largest vocabularies are a few 100,000 tokens); a
     * larger count, which a corrupt file can claim, gets room as items arrive.
     */
    private static int initialCapacity(double count) {
        return (int) Math.min(count, 1 << 20);
    }

    // System.arraycopy rather than Arrays.copyOf, which TeaVM compiles to an element-by-element loop.
    private static int[] grow(int[] items, int capacity) {
        int[] grown = new int[capacity];
        System.arraycopy(items, 0, grown, 0, items.length);
        return grown;
    }

    private static long[] grow(long[] items, int capacity) {
        long[] grown = new long[capacity];
        System.arraycopy(items, 0, grown, 0, items.length);
        return grown;
    }

    private static byte[] grow(byte[] items, int capacity) {
        byte[] grown = new byte[capacity];
        System.arraycopy(items, 0, grown, 0, items.length);
        return grown;
    }

    private static int grown(int capacity, double count) {
        return (int) Math.min(count, Math.max(2.0 * capacity, 16));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("item " + i + " of " + size);
        }
        switch (type) {
            case STRING: return Cursor.decode(pool, starts[i], starts[i + 1] - starts[i]);
            case UINT32: return ints[i] & 0xFFFFFFFFL;
            case FLOAT32: return (double) Float.intBitsToFloat(ints[i]);
            case BOOL: return ints[i] == 1;
            case UINT64:
            case INT64: return longs[i];
            case FLOAT64: return Double.longBitsToDouble(longs[i]);
            default: return ints[i];
        }
    }
}
