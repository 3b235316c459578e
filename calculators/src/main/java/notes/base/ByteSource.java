package notes.base;

/**
 * Random access to a file's bytes. On the JVM it is a file channel; in the browser, slices of the reader's File
 * that the page loads on demand, so that only the header is ever read, whatever the file's size.
 */
public interface ByteSource {
    /** The file's size in bytes. */
    long size();

    /**
     * Copies {@code length} bytes starting at {@code position} (both within the file) into {@code target}.
     *
     * @throws BytesNotLoaded when the bytes exist but are not available yet (the browser source); the caller loads
     *                        more and reads again
     */
    void read(long position, byte[] target, int offset, int length);

    /** Signals that bytes up to {@code needed} must be loaded before reading on. */
    final class BytesNotLoaded extends RuntimeException {
        private final long needed;

        public BytesNotLoaded(long needed) {
            super("bytes up to " + needed + " are not loaded yet", null, false, false);
            this.needed = needed;
        }

        public long needed() {
            return needed;
        }
    }
}
