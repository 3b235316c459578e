package notes.site.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Turns each block quote that starts with a known {@code [!KIND]} line into a {@link Callout} holding the quote's
 * content without that line. Quotes nested in lists or other quotes are callouts too, as on GitHub.
 */
final class CalloutPostProcessor extends DocumentPostProcessor {
    @Override
    public Document processDocument(Document document) {
        List<BlockQuote> quotes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof BlockQuote quote) {
                quotes.add(quote);
            }
        }
        for (BlockQuote quote : quotes) {
            String word = Callout.marker(quote);
            if (word != null && Callout.known(word)) {
                replace(quote, word.toLowerCase(Locale.ROOT));
            }
        }
        return document;
    }

    private static void replace(BlockQuote quote, String kind) {
        Callout callout = new Callout(quote.getChars(), kind);
        Paragraph first = (Paragraph) quote.getFirstChild();
        dropMarkerLine(first, first.getStartOffset() + Callout.markerLength(first));
        callout.takeChildren(quote);
        quote.insertBefore(callout);
        quote.unlink();
    }

    /** Removes the inline nodes of the marker line (up to {@code end}); the paragraph goes when nothing is left. */
    private static void dropMarkerLine(Paragraph first, int end) {
        Node child = first.getFirstChild();
        while (child != null && child.getStartOffset() < end) {
            Node next = child.getNext();
            child.unlink();
            child = next;
        }
        if (first.getFirstChild() == null) {
            first.unlink();
        }
    }

    /** The factory flexmark asks for the post-processor. */
    static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new CalloutPostProcessor();
        }
    }
}
