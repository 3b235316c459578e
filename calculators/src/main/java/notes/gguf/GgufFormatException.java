package notes.gguf;

import notes.base.FileFormatException;

/**
 * A file that is not a valid GGUF file: a {@link GgufProblem}, its arguments and the byte offset where it was found;
 * the message is worded in English by {@link GgufEnglish} (zh-Hant for the page: {@code notes.page.GgufMessages}).
 */
public final class GgufFormatException extends FileFormatException {
    /** @see FileFormatException#FileFormatException */
    public GgufFormatException(GgufProblem problem, long offset, Object... args) {
        super(problem, offset, args);
    }

    @Override
    public GgufProblem problem() {
        return (GgufProblem) super.problem();
    }

    @Override
    public String reason() {
        return GgufEnglish.reason(problem(), args());
    }
}
