package notes.site.markdown;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * flexmark's inline parser with the CJK-friendly amendment to CommonMark's emphasis rules
 * (https://github.com/tats-u/markdown-cjk-friendly/blob/main/specification.md): whether a run of {@code *} or
 * {@code _} can open or close emphasis is decided by {@link CjkFlanking}, so {@code **注意：**這} is bold. flexmark
 * offers no hook for the flanking test but its delimiter scan, so this subclass replaces that one method; everything
 * else (the delimiter stack, links, code spans) is flexmark's.
 */
final class CjkInlineParser extends InlineParserImpl {
    private CjkInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                            Map<Character, DelimiterProcessor> delimiterProcessors,
                            LinkRefProcessorData linkRefProcessors, List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    /** The factory for {@code Parser.Builder.customInlineParserFactory}. */
    static InlineParserFactory factory() {
        return (options, special, delimiters, processors, linkRefs, extensions) -> new CjkInlineParser(options, special,
                delimiters, processors, linkRefs, extensions);
    }

    /** As flexmark's own, for {@code *} and {@code _} with the amended flanking rules. */
    @Override
    protected boolean parseDelimiters(DelimiterProcessor processor, char delimiter) {
        if (delimiter != '*' && delimiter != '_') {
            return super.parseDelimiters(processor, delimiter);
        }
        int start = index;
        int end = start;
        while (end < input.length() && input.charAt(end) == delimiter) {
            end++;
        }
        CjkFlanking run = CjkFlanking.of(input, start, end, delimiter == '*');
        index = end;
        Text node = appendSeparateText(input.subSequence(start, end));
        lastDelimiter = new EmphasisRun(input, node, delimiter, run.canOpen(), run.canClose(), lastDelimiter, start,
                end - start);
        lastDelimiter.setNumDelims(end - start);
        if (lastDelimiter.getPrevious() != null) {
            lastDelimiter.getPrevious().setNext(lastDelimiter);
        }
        return true;
    }
}
