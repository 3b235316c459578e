package notes.site.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A formula that is a block of its own: the lines from one that starts with {@code $$} to the first {@code $$} after
 * it (the same line when it ends there). {@link #problem()} says why a block is not well formed; the note check
 * reports it with its line.
 */
public final class DisplayMath extends Block {
    private String tex = "";
    private String problem;

    DisplayMath() {
    }

    /** The formula as written between the delimiters, trimmed. */
    public String tex() {
        return tex;
    }

    /** Why the block is broken (never closed, text after the closing {@code $$}), or null. */
    public String problem() {
        return problem;
    }

    void finish(String tex, String problem) {
        this.tex = tex;
        this.problem = problem;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
