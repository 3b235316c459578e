package notes.base;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A file that is not valid in its format: the kind of problem, its arguments (names and numbers as text, in the
 * order {@link FileProblem#parameters()} lists) and the byte offset where it was found. The message is the English
 * reason and the offset, for the command line; each page words the same problem in zh-Hant from its code.
 * (Java does not allow a generic exception class: each format's subclass narrows {@link #problem()} to its codes.)
 */
public abstract class FileFormatException extends RuntimeException {
    private final FileProblem problem;
    private final List<String> args;
    private final long offset;

    /**
     * @param args one per parameter of {@code problem}; numbers the file holds unsigned are passed already written
     *             out with {@link Long#toUnsignedString}
     * @throws IllegalArgumentException when the argument count does not match the problem (a bug in the reader)
     */
    protected FileFormatException(FileProblem problem, long offset, Object... args) {
        // No stack trace: fuzzing throws many of these, and the offset says where the problem is.
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

    /** The kind of problem; each format's subclass returns its own code type. */
    public FileProblem problem() {
        return problem;
    }

    /** The arguments, in the order {@link FileProblem#parameters()} names them. */
    public List<String> args() {
        return args;
    }

    /** Argument {@code i}, as {@link #args()} orders them. */
    public String arg(int i) {
        return args.get(i);
    }

    /** The byte offset in the file where the problem was found. */
    public long offset() {
        return offset;
    }

    /** The English reason without the offset (the wording the command line and the tests rely on). */
    public abstract String reason();

    /** Worded on demand: fuzzing throws many of these and reads few messages. */
    @Override
    public String getMessage() {
        return reason() + " (at byte " + offset + ")";
    }
}
