package notes.gguf;

/** A file that is not a valid GGUF file, with the reason and the byte offset where it was found. */
public final class GgufFormatException extends RuntimeException {
    private final long offset;

    public GgufFormatException(String reason, long offset) {
        super(reason + " (at byte " + offset + ")");
        this.offset = offset;
    }

    public long offset() {
        return offset;
    }
}
