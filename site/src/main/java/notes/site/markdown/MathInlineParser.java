package notes.site.markdown;

import java.util.Set;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Inline TeX by Pandoc's {@code tex_math_dollars} rule (https://pandoc.org/MANUAL.html#extension-tex_math_dollars):
 * "The opening $ must have a non-space character immediately to its right, while the closing $ must have a non-space
 * character immediately to its left, and must not be followed immediately by a digit. Thus, $20,000 and $30,000
 * won't parse as math." Inside a formula a backslash escapes the next character (so {@code \$} does not close it)
 * and {@code \text{...}} may hold dollars, as in Pandoc's parser. {@code $$...$$} is display math, separated from
 * its delimiters by any space. A {@code $} that opens nothing stays text.
 *
 * <p>The parser only sees paragraph text: code spans, code blocks, raw HTML, autolinks and link destinations are
 * consumed by flexmark before a {@code $} in them could be read, so none of them can hold math. A backslash-escaped
 * {@code \$} is consumed by flexmark's escape handling first, so it is a literal dollar.
 */
final class MathInlineParser implements InlineParserExtension {
    MathInlineParser(LightInlineParser parser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int open = parser.getIndex();
        boolean display = open + 1 < input.length() && input.charAt(open + 1) == '$';
        int close = display ? displayEnd(input, open + 2) : inlineEnd(input, open + 1);
        if (close < 0) {
            return false;
        }
        int delimiter = display ? 2 : 1;
        String tex = input.subSequence(open + delimiter, close).toString().trim();
        parser.flushTextNode();
        parser.getBlock().appendChild(new InlineMath(input.subSequence(open, close + delimiter), tex, display));
        parser.setIndex(close + delimiter);
        return true;
    }

    /** Where the first {@code $$} after {@code from} starts, when the formula between is not blank; else -1. */
    private static int displayEnd(BasedSequence input, int from) {
        int close = input.indexOf("$$", from);
        return close < 0 || input.subSequence(from, close).isBlank() ? -1 : close;
    }

    /** Where the closing {@code $} is, or -1 when the rule above finds none. */
    private static int inlineEnd(BasedSequence input, int from) {
        if (from >= input.length() || Character.isWhitespace(input.charAt(from))) {
            return -1;
        }
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i = input.subSequence(i).startsWith("\\text{") ? balancedEnd(input, i + 5) : i + 1;
            } else if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(input.charAt(i - 1));
                boolean digitAfter = i + 1 < input.length() && input.charAt(i + 1) >= '0' && input.charAt(i + 1) <= '9';
                return spaceBefore || digitAfter ? -1 : i;
            }
        }
        return -1;
    }

    /** The index of the brace that closes the one at {@code open} (or the end of the input). */
    private static int balancedEnd(BasedSequence input, int open) {
        int depth = 0;
        for (int i = open; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return input.length();
    }

    @Override
    public void finalizeDocument(InlineParser parser) {
    }

    @Override
    public void finalizeBlock(InlineParser parser) {
    }

    /** Registers the parser for {@code $}. */
    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new MathInlineParser(parser);
        }

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
    }
}
