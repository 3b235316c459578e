package notes.site.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A directive line {@code {{< calculator NAME >}}} (Hugo's shortcode form): a block that becomes the calculator's
 * form. A line of the form {@code {{< ... >}}} that is not a calculator directive is kept with a null name, so the
 * note check can report it instead of printing it as text.
 */
public final class Embed extends Block {
    private final String name;

    Embed(BasedSequence chars, String name) {
        super(chars);
        this.name = name;
    }

    /** The calculator's name, or null when the directive is malformed. */
    public String name() {
        return name;
    }

    /** The directive as written, trimmed. */
    public String directive() {
        return getChars().trim().toString();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
