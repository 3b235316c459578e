package notes.gguf;

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
    private long bufferStart;
    private int bufferLength;
    private long position;

    Cursor(ByteSource source) {
        this.source = source;
        this.size = source.size();
    }

    long position() {
        return position;
    }

    long remaining() {
        return size - position;
    }

    long size() {
        return size;
    }

    /** Rejects reading {@code count} items of at least {@code minBytes} each when fewer bytes remain. */
    void requireRoom(long count, long minBytes, String what) {
        if (count < 0 || (minBytes > 0 && count > remaining() / minBytes)) {
            throw new GgufFormatException(what + " " + Long.toUnsignedString(count) + " cannot fit in the "
                    + remaining() + " bytes left in the file", position);
        }
    }

    int u8() {
        return byteAt() & 0xFF;
    }

    int u16() {
        return u8() | u8() << 8;
    }

    int i32() {
        return u8() | u8() << 8 | u8() << 16 | u8() << 24;
    }

    long u32() {
        return i32() & 0xFFFFFFFFL;
    }

    long i64() {
        return (u32()) | (u32() << 32);
    }

    /** A GGUF string: a 64-bit byte length, then UTF-8 bytes (invalid sequences become U+FFFD). */
    String string(String what) {
        long start = position;
        long length = i64();
        if (length < 0 || length > remaining()) {
            throw new GgufFormatException(what + " claims " + Long.toUnsignedString(length) + " bytes but only "
                    + remaining() + " remain", start);
        }
        byte[] bytes = new byte[(int) Math.min(length, Integer.MAX_VALUE - 8)];
        if (bytes.length != length) {
            throw new GgufFormatException(what + " is longer than 2 GB", start);
        }
        copy(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Moves to {@code target} (not past the end of the file). */
    void seek(long target) {
        position = target;
    }

    private void copy(byte[] target) {
        int done = 0;
        while (done < target.length) {
            fill();
            int n = (int) Math.min(target.length - done, bufferStart + bufferLength - position);
            System.arraycopy(buffer, (int) (position - bufferStart), target, done, n);
            done += n;
            position += n;
        }
    }

    private byte byteAt() {
        fill();
        return buffer[(int) (position++ - bufferStart)];
    }

    /** Makes the byte at {@code position} available, or rejects a read past the end of the file. */
    private void fill() {
        if (position >= bufferStart && position < bufferStart + bufferLength) {
            return;
        }
        if (position >= size) {
            throw new GgufFormatException("file ends early: truncated after " + size + " bytes", position);
        }
        bufferStart = position;
        bufferLength = (int) Math.min(CHUNK, size - position);
        source.read(bufferStart, buffer, 0, bufferLength);
    }
}
