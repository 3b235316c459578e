package notes.onnx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A file that is not a valid ONNX model: the kind of problem, its arguments (as text, in the order
 * {@link OnnxProblem#parameters()} lists) and the byte offset where it was found (for a field, where its tag
 * starts). The message is the English reason and the offset, for the command line.
 */
public final class OnnxFormatException extends RuntimeException {
    private final OnnxProblem problem;
    private final List<String> args;
    private final long offset;

    /** @throws IllegalArgumentException when the argument count does not match the problem (a bug in the reader) */
    public OnnxFormatException(OnnxProblem problem, long offset, Object... args) {
        super(null, null, false, false);
        if (args.length != problem.parameters().size()) {
            throw new IllegalArgumentException(problem + " takes " + problem.parameters() + ", got " + args.length);
        }
        List<String> text = new ArrayList<>(args.length);
        for (Object arg : args) {
            text.add(String.valueOf(arg));
        }
        this.problem = problem;
        this.args = Collections.unmodifiableList(text);
        this.offset = offset;
    }

    public OnnxProblem problem() {
        return problem;
    }

    /** The arguments, in the order {@link OnnxProblem#parameters()} names them. */
    public List<String> args() {
        return args;
    }

    public long offset() {
        return offset;
    }

    /** The English reason without the offset. */
    public String reason() {
        return OnnxEnglish.reason(problem, args);
    }

    /** Worded on demand: fuzzing throws many of these and reads few messages. */
    @Override
    public String getMessage() {
        return reason() + " (at byte " + offset + ")";
    }
}
