package notes.site.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Display math as a block: a line that starts with {@code $$} (indented less than four spaces, at the top level or
 * inside a list or quote) opens it, and the first {@code $$} after the opening closes it, on the same line or a
 * later one. As in Pandoc's {@code tex_math_dollars}, a blank line cannot be inside a formula: it ends the block
 * unclosed. A line with text after its closing {@code $$} ({@code $$a$$ and $$b$$}) is not a block: it is a
 * paragraph with inline display math ({@link MathInlineParser}).
 */
final class MathBlockParser extends AbstractBlockParser {
    private static final String DELIMITER = "$$";

    private final DisplayMath block = new DisplayMath();
    private final List<BasedSequence> lines = new ArrayList<>();
    private final StringBuilder tex = new StringBuilder();
    private boolean closed;
    private String problem;

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed || state.isBlank()) {
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /** The opening line (after its {@code $$}) and each later line until the closing {@code $$}. */
    @Override
    public void addLine(ParserState state, BasedSequence line) {
        lines.add(line);
        String text = line.toString().replaceFirst("\\R$", "");
        int end = text.indexOf(DELIMITER);
        if (end < 0) {
            tex.append(text).append('\n');
            return;
        }
        tex.append(text, 0, end);
        closed = true;
        if (!text.substring(end + DELIMITER.length()).isBlank()) {
            problem = "text after the closing $$ on the same line; start it on a line of its own";
        }
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(lines);
        block.finish(tex.toString().trim(), closed ? problem
                : "$$ is never closed (a formula has no blank line; write \\$ for a dollar sign)");
    }

    /** Registers the parser; it may interrupt a paragraph, like a fenced code block. */
    static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            if (state.getIndent() >= 4 || !line.subSequence(start).startsWith(DELIMITER)) {
                return BlockStart.none();
            }
            String rest = line.subSequence(start + DELIMITER.length()).toString();
            int close = rest.indexOf(DELIMITER);
            boolean alone = close < 0 || rest.substring(close + DELIMITER.length()).isBlank()
                    && !rest.substring(0, close).isBlank();
            return alone ? BlockStart.of(new MathBlockParser()).atIndex(start + DELIMITER.length())
                    : BlockStart.none();
        }
    }
}
