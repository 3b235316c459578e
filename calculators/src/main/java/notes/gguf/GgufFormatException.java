package notes.gguf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A file that is not a valid GGUF file: the kind of problem, its arguments (names and numbers as text, in the order
 * {@link GgufProblem#parameters()} lists) and the byte offset where it was found. The message is the English reason
 * and the offset, for the command line.
 */
public final class GgufFormatException extends RuntimeException {
    private final GgufProblem problem;
    private final List<String> args;
    private final long offset;

    /**
     * @param args one per parameter of {@code problem}; numbers the file holds unsigned are passed already written
     *             out with {@link Long#toUnsignedString}
     * @throws IllegalArgumentException when the argument count does not match the problem (a bug in the reader)
     */
    public GgufFormatException(GgufProblem problem, long offset, Object... args) {
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

    public GgufProblem problem() {
        return problem;
    }

    /** The arguments, in the order {@link GgufProblem#parameters()} names them. */
    public List<String> args() {
        return args;
    }

    /** Argument {@code i}, as {@link #args()} orders them. */
    public String arg(int i) {
        return args.get(i);
    }

    public long offset() {
        return offset;
    }

    /** The English reason without the offset (the wording the command line and the tests rely on). */
    public String reason() {
        return GgufEnglish.reason(problem, args);
    }

    /** Worded on demand: fuzzing throws many of these and reads few messages. */
    @Override
    public String getMessage() {
        return reason() + " (at byte " + offset + ")";
    }
}
