package notes.gguf;

import notes.base.ByteSource;

import java.nio.charset.StandardCharsets;

/**
 * Reads little-endian values from a {@link ByteSource} through a small buffer, checking before every read that the
 * file still holds the bytes: a count or length the rest of the file cannot hold is rejected before anything is
 * allocated for it.
 */
final class Cursor {
    private static final int CHUNK = 64 * 1024;

    private final ByteSource source;
    private final long size;
    private final byte[] buffer = new byte[CHUNK];
    /** File offset of buffer[0]; the hot path below works on int indexes only (TeaVM's long is slow). */
    private long bufferStart;
    private int index;
    private int limit;

    Cursor(ByteSource source) {
        this.source = source;
        this.size = source.size();
    }

    long position() {
        return bufferStart + index;
    }

    long remaining() {
        return size - position();
    }

    long size() {
        return size;
    }

    /**
     * Rejects reading {@code count} items of at least {@code minBytes} each when fewer bytes remain.
     *
     * @param at the offset of the count field itself, which the error names
     * @param tooLarge the problem to report: its arguments are {@code key} when not null, the count, the bytes left
     */
    void requireRoom(long count, long minBytes, long at, GgufProblem tooLarge, String key) {
        if (count < 0 || (minBytes > 0 && count > remaining() / minBytes)) {
            throw new GgufFormatException(tooLarge, at, sizeArgs(key, Long.toUnsignedString(count), remaining()));
        }
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
        need(4);
        return u8() | u8() << 8 | u8() << 16 | u8() << 24;
    }

    long u32() {
        return i32() & 0xFFFFFFFFL;
    }

    long i64() {
        need(8);
        return (u32()) | (u32() << 32);
    }

    /**
     * Rejects a value of {@code bytes} bytes that would run past the end of the file, naming the value's own offset
     * (where the truncated field starts), not the end of the file. The remaining count is only computed when the
     * buffer runs short, so the hot path stays one int comparison.
     */
    private void need(int bytes) {
        if (limit - index < bytes && remaining() < bytes) {
            throw new GgufFormatException(GgufProblem.TRUNCATED_VALUE, position(), bytes, size);
        }
    }

    /**
     * A GGUF string: a 64-bit byte length, then UTF-8 bytes (invalid sequences become U+FFFD).
     *
     * @param tooLong the problem to report when the length runs past the file: its arguments are {@code key} when
     *                not null, the length claimed, the bytes left (a key rather than varargs: no array per string read)
     */
    String string(GgufProblem tooLong, String key) {
        long start = position();
        int low = i32();
        int high = i32();
        // Lengths are small: test the two halves as ints and build no long on this path (a BigInt under TeaVM).
        if (high != 0 || low < 0 || low > remaining()) {
            long claimed = (low & 0xFFFFFFFFL) | ((long) high << 32);
            throw new GgufFormatException(tooLong, start, sizeArgs(key, Long.toUnsignedString(claimed),
                    remaining()));
        }
        byte[] bytes = new byte[low];
        copy(bytes);
        return decode(bytes);
    }

    /** UTF-8 with a fast path for ASCII, which most keys and many tokens are. */
    private static String decode(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            chars[i] = (char) bytes[i];
        }
        return new String(chars);
    }

    private void copy(byte[] target) {
        int done = 0;
        while (done < target.length) {
            if (index >= limit) {
                refill();
            }
            int n = Math.min(target.length - done, limit - index);
            System.arraycopy(buffer, index, target, done, n);
            done += n;
            index += n;
        }
    }

    /** Loads the next chunk at the current position, or rejects a read past the end of the file. */
    private void refill() {
        long position = position();
        if (position >= size) {
            throw new GgufFormatException(GgufProblem.FILE_ENDS_EARLY, position, size);
        }
        int length = (int) Math.min(CHUNK, size - position);
        source.read(position, buffer, 0, length);
        bufferStart = position;
        index = 0;
        limit = length;
    }
}
