package notes.gguf;

import notes.base.ByteSource;

import java.nio.charset.StandardCharsets;

/**
 * Reads little-endian values from a {@link ByteSource} through a small buffer, checking before every read that the
 * file still holds the bytes: a count or length the rest of the file cannot hold is rejected before anything is
 * allocated for it.
 *
 * <p>Positions, sizes and counts are doubles, exact below 2^53 ({@link #SAFE_LIMIT}): under TeaVM a {@code long} is a
 * BigInt and every operation on it allocates, which made a 150,000-token vocabulary slow to read in the page. A
 * count is checked against the bytes left, which are below 2^53, before it is used.
 */
final class Cursor {
    private static final int CHUNK = 64 * 1024;

    /** 2^53: every integer up to it is exact as a double (JavaScript's Number.MAX_SAFE_INTEGER + 1). */
    static final double SAFE_LIMIT = 9007199254740992.0;
    private static final double TWO_TO_32 = 4294967296.0;

    private final ByteSource source;
    /** The file's size; a size beyond 2^53 bytes (8 PiB) would be rounded, by at most a few bytes. */
    private final double size;
    private final byte[] buffer = new byte[CHUNK];
    /** File offset of buffer[0]; the hot path below works on int indexes only. */
    private double bufferStart;
    private int index;
    private int limit;

    Cursor(ByteSource source) {
        this.source = source;
        this.size = source.size();
    }

    double position() {
        return bufferStart + index;
    }

    double remaining() {
        return size - position();
    }

    double size() {
        return size;
    }

    /**
     * Rejects reading {@code count} items of at least {@code minBytes} each when fewer bytes remain.
     *
     * @param at the offset of the count field itself, which the error names
     * @param tooLarge the problem to report: its arguments are {@code key} when not null, the count, the bytes left
     */
    void requireRoom(long count, int minBytes, long at, GgufProblem tooLarge, String key) {
        if (count < 0 || count > remaining() / minBytes) {
            throw new GgufFormatException(tooLarge, at, sizeArgs(key, Long.toUnsignedString(count),
                    (long) remaining()));
        }
    }

    /**
     * Reads a 64-bit count of items of at least {@code minBytes} each and rejects it, as {@link #requireRoom} does,
     * when fewer bytes remain; the count is returned as a double, exact since it is below the bytes left.
     */
    double count(int minBytes, GgufProblem tooLarge, String key) {
        double at = position();
        need(8);
        int low = i32();
        int high = i32();
        double count = unsigned(high) * TWO_TO_32 + unsigned(low);
        if (high < 0 || count * minBytes > remaining()) {
            long claimed = (low & 0xFFFFFFFFL) | ((long) high << 32);
            throw new GgufFormatException(tooLarge, (long) at, sizeArgs(key, Long.toUnsignedString(claimed),
                    (long) remaining()));
        }
        return count;
    }

    private static double unsigned(int value) {
        return value < 0 ? value + TWO_TO_32 : value;
    }

    /** Every size problem ends with the size claimed and the bytes left, after the key it concerns if any. */
    private static Object[] sizeArgs(String key, String claimed, long bytesLeft) {
        return key == null ? new Object[] {claimed, bytesLeft} : new Object[] {key, claimed, bytesLeft};
    }

    int u8() {
        if (index >= limit) {
            refill();
        }
        return buffer[index++] & 0xFF;
    }

    int u16() {
        need(2);
        return u8() | u8() << 8;
    }

    int i32() {
        int i = index;
        if (limit - i >= 4) { // the usual case, without four calls
            index = i + 4;
            return buffer[i] & 0xFF | (buffer[i + 1] & 0xFF) << 8 | (buffer[i + 2] & 0xFF) << 16 | buffer[i + 3] << 24;
        }
        need(4);
        return u8() | u8() << 8 | u8() << 16 | u8() << 24;
    }

    long u32() {
        return i32() & 0xFFFFFFFFL;
    }

    long i64() {
        need(8);
        int low = i32();
        int high = i32();
        // Most 64-bit fields (dimensions, offsets) are small: one int-to-long conversion instead of four operations.
        return high == 0 && low >= 0 ? low : (low & 0xFFFFFFFFL) | ((long) high << 32);
    }

    /**
     * Rejects a value of {@code bytes} bytes that would run past the end of the file, naming the value's own offset
     * (where the truncated field starts), not the end of the file. The remaining count is only computed when the
     * buffer runs short, so the hot path stays one int comparison.
     */
    private void need(int bytes) {
        if (limit - index < bytes && remaining() < bytes) {
            throw new GgufFormatException(GgufProblem.TRUNCATED_VALUE, (long) position(), bytes, (long) size);
        }
    }

    /**
     * A GGUF string: a 64-bit byte length, then UTF-8 bytes (invalid sequences become U+FFFD).
     *
     * @param tooLong the problem to report when the length runs past the file: its arguments are {@code key} when
     *                not null, the length claimed, the bytes left (a key rather than varargs: no array per string read)
     */
    String string(GgufProblem tooLong, String key) {
        int length = stringLength(tooLong, key);
        byte[] bytes = new byte[length];
        copy(bytes, 0, length);
        return decode(bytes, 0, length);
    }

    /**
     * The 64-bit byte length of a GGUF string, rejected when it runs past the file (see {@link #string}); the bytes
     * follow.
     */
    int stringLength(GgufProblem tooLong, String key) {
        double start = position();
        int low = i32();
        int high = i32();
        // Lengths are small: test the two halves as ints.
        if (high != 0 || low < 0 || low > remaining()) {
            long claimed = (low & 0xFFFFFFFFL) | ((long) high << 32);
            throw new GgufFormatException(tooLong, (long) start, sizeArgs(key, Long.toUnsignedString(claimed),
                    (long) remaining()));
        }
        return low;
    }

    /** UTF-8 (invalid sequences become U+FFFD) with a fast path for ASCII, which most keys and many tokens are. */
    static String decode(byte[] bytes, int offset, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            byte b = bytes[offset + i];
            if (b < 0) {
                return new String(bytes, offset, length, StandardCharsets.UTF_8);
            }
            chars[i] = (char) b;
        }
        return new String(chars);
    }

    /** Copies the next {@code length} bytes of the file into {@code target} from {@code offset}. */
    void copy(byte[] target, int offset, int length) {
        int done = 0;
        while (done < length) {
            if (index >= limit) {
                refill();
            }
            int n = Math.min(length - done, limit - index);
            System.arraycopy(buffer, index, target, offset + done, n);
            done += n;
            index += n;
        }
    }

    /** Loads the next chunk at the current position, or rejects a read past the end of the file. */
    private void refill() {
        double position = position();
        if (position >= size) {
            throw new GgufFormatException(GgufProblem.FILE_ENDS_EARLY, (long) position, (long) size);
        }
        int length = (int) Math.min(CHUNK, size - position);
        source.read((long) position, buffer, 0, length);
        bufferStart = position;
        index = 0;
        limit = length;
    }
}
