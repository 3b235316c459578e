package notes.site.markdown;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Reads a line that is a directive, {@code {{< ... >}}} alone on it (indented less than four spaces, at the top level,
 * in a list item or in a block quote), as an {@link Embed}. Code blocks and code spans never reach this parser.
 */
final class EmbedBlockParser extends AbstractBlockParser {
    private static final Pattern DIRECTIVE = Pattern.compile("\\{\\{<.*>}}\\s*");
    private static final Pattern CALCULATOR = Pattern.compile("\\{\\{<\\s*calculator\\s+([A-Za-z0-9-]+)\\s*>}}\\s*");

    private final Embed block;

    private EmbedBlockParser(Embed block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {
    }

    /** Registers the parser; a directive line may interrupt a paragraph. */
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
            BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex());
            String text = line.toString();
            if (state.getIndent() >= 4 || !DIRECTIVE.matcher(text).matches()) {
                return BlockStart.none();
            }
            Matcher calculator = CALCULATOR.matcher(text);
            Embed embed = new Embed(line.trimEOL(), calculator.matches() ? calculator.group(1) : null);
            return BlockStart.of(new EmbedBlockParser(embed)).atIndex(state.getLine().length());
        }
    }
}
