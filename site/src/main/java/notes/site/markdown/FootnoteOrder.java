package notes.site.markdown;

import java.util.HashSet;
import java.util.Set;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Numbers footnotes in the order of their first use, as GitHub and Pandoc do. flexmark 0.64.8 records each
 * reference's offset as the footnote's "first" one, so the last use wins and a footnote cited early and again late
 * is numbered after the ones between (the bond note showed [4] before [1]); this sets the first use's offset and
 * has flexmark number the footnotes again.
 */
final class FootnoteOrder extends DocumentPostProcessor {
    @Override
    public Document processDocument(Document document) {
        Set<FootnoteBlock> seen = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Footnote footnote && footnote.getFootnoteBlock() != null
                    && seen.add(footnote.getFootnoteBlock())) {
                footnote.getFootnoteBlock().setFirstReferenceOffset(footnote.getStartOffset());
            }
        }
        FootnoteExtension.FOOTNOTES.get(document).resolveFootnoteOrdinals();
        return document;
    }

    /** The factory flexmark asks for the post-processor. */
    static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new FootnoteOrder();
        }
    }
}
