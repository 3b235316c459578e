package notes.onnx;

import notes.base.FileFormatException;

/**
 * A file that is not a valid ONNX model: an {@link OnnxProblem}, its arguments and the byte offset where it was found
 * (for a field, where its tag starts); the message is worded in English by {@link OnnxEnglish} (zh-Hant for the
 * page: {@code notes.page.OnnxMessages}).
 */
public final class OnnxFormatException extends FileFormatException {
    /** @see FileFormatException#FileFormatException */
    public OnnxFormatException(OnnxProblem problem, long offset, Object... args) {
        super(problem, offset, args);
    }

    @Override
    public OnnxProblem problem() {
        return (OnnxProblem) super.problem();
    }

    @Override
    public String reason() {
        return OnnxEnglish.reason(problem(), args());
    }
}
