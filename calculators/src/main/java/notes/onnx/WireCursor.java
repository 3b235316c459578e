package notes.onnx;

import notes.base.ByteSource;

/**
 * Reads protobuf wire-format values (https://protobuf.dev/programming-guides/encoding/) from a {@link ByteSource}
 * through a small buffer. Every read takes the end of the enclosing message and refuses to cross it; a skip moves
 * the position without reading (a skipped tensor's {@code raw_data} is never loaded).
 *
 * <p>The buffer starts small after a jump and doubles while reads stay sequential, so a file of many large
 * initializers costs a few KB of reads per initializer, not a whole chunk each.
 */
final class WireCursor {
    static final int MIN_CHUNK = 4 * 1024;
    static final int MAX_CHUNK = 64 * 1024;

    private final ByteSource source;
    private final long size;
    /** At most MAX_CHUNK, and no larger than the file. */
    private final byte[] buffer;
    private long bufferStart;
    private int index;
    private int limit;
    private final int minChunk;
    private final int maxChunk;
    private int chunk;
    private final Context context;

    /** Where a problem is reported: the current message, field and the offset of its tag. */
    interface Context {
        OnnxFormatException problem(OnnxProblem problem, long offset, Object... extra);
    }

    WireCursor(ByteSource source, Context context) {
        this(source, context, MIN_CHUNK, MAX_CHUNK);
    }

    /** With other chunk sizes: tests read in chunks of a few bytes to stop the reader at every kind of place. */
    WireCursor(ByteSource source, Context context, int minChunk, int maxChunk) {
        this.source = source;
        this.size = source.size();
        this.context = context;
        this.minChunk = minChunk;
        this.maxChunk = maxChunk;
        this.chunk = minChunk;
        this.buffer = new byte[(int) Math.min(maxChunk, size)];
    }

    long size() {
        return size;
    }

    long position() {
        return bufferStart + index;
    }

    /** Moves to {@code target} (at most the end of the file) without reading anything. */
    void seek(long target) {
        long delta = target - bufferStart;
        if (delta >= 0 && delta <= limit) {
            index = (int) delta;
        } else {
            bufferStart = target;
            index = 0;
            limit = 0;
            chunk = minChunk;
        }
    }

    /** A byte; the caller has checked that it lies before the end of its message (and so of the file). */
    private int u8() {
        if (index >= limit) {
            refill();
        }
        return buffer[index++] & 0xFF;
    }

    /**
     * A varint of at most 10 bytes that must end before {@code end}; bits past 64 are dropped, as protobuf's own
     * parsers do.
     */
    long varint(long end) {
        long start = position();
        long result = 0;
        for (int i = 0; i < 10; i++) {
            if (start + i >= end) {
                throw context.problem(OnnxProblem.VARINT_PAST_END, start, end - start);
            }
            int b = u8();
            result |= (long) (b & 0x7F) << (7 * i);
            if (b < 0x80) {
                return result;
            }
        }
        throw context.problem(OnnxProblem.VARINT_TOO_LONG, start);
    }

    /** Little-endian fixed value of 4 or 8 bytes. */
    long fixed(int bytes, long end) {
        if (end - position() < bytes) {
            throw context.problem(OnnxProblem.FIXED_PAST_END, position(), bytes, end - position());
        }
        long result = 0;
        for (int i = 0; i < bytes; i++) {
            result |= (long) u8() << (8 * i);
        }
        return result;
    }

    /** Copies {@code length} bytes (already checked against the end of the message) into a new array. */
    byte[] bytes(int length) {
        byte[] target = new byte[length];
        int done = 0;
        while (done < length) {
            if (index >= limit) {
                refill();
            }
            int n = Math.min(length - done, limit - index);
            System.arraycopy(buffer, index, target, done, n);
            done += n;
            index += n;
        }
        return target;
    }

    /** Loads the next chunk at the current position; callers never read past the end of the file. */
    private void refill() {
        long position = position();
        int length = (int) Math.min(chunk, size - position);
        if (length <= 0) {
            // Unreachable while every read is checked against its message's end, which is within the file.
            throw new IllegalStateException("read past the end of the file at " + position);
        }
        source.read(position, buffer, 0, length);
        bufferStart = position;
        index = 0;
        limit = length;
        chunk = Math.min(maxChunk, chunk * 2);
    }
}
