package notes.gguf;

import notes.base.ByteSource;

/**
 * The first bytes of a file held in memory. In the browser these are the slices loaded so far: reading past them
 * asks for more ({@link BytesNotLoaded}) unless they already reach the end of the file.
 */
public final class ByteArraySource implements ByteSource {
    private final byte[] prefix;
    private final long size;

    /** A whole file in memory. */
    public ByteArraySource(byte[] file) {
        this(file, file.length);
    }

    /** The first {@code prefix.length} bytes of a file of {@code size} bytes. */
    public ByteArraySource(byte[] prefix, long size) {
        this.prefix = prefix;
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void read(long position, byte[] target, int offset, int length) {
        if (position + length > prefix.length) {
            throw new BytesNotLoaded(position + length);
        }
        System.arraycopy(prefix, (int) position, target, offset, length);
    }
}
