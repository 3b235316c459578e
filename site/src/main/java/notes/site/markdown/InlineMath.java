package notes.site.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * TeX inside a paragraph: {@code $...$}, or {@code $$...$$} (display style) when it shares its line with text. Its
 * characters include the delimiters; {@link #tex()} is what KaTeX gets.
 */
public final class InlineMath extends Node {
    private final String tex;
    private final boolean display;

    InlineMath(BasedSequence chars, String tex, boolean display) {
        super(chars);
        this.tex = tex;
        this.display = display;
    }

    /** The formula, trimmed. */
    public String tex() {
        return tex;
    }

    /** Whether it was written with {@code $$} (KaTeX's display mode). */
    public boolean display() {
        return display;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
