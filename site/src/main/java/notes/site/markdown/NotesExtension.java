package notes.site.markdown;

import java.util.function.Function;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * The notes' own Markdown syntax as flexmark extensions: TeX ({@code $...$}, {@code $$...$$}: {@link InlineMath},
 * {@link DisplayMath}), calculator directives ({@link Embed}), CJK-friendly emphasis ({@link CjkInlineParser}),
 * GFM's escaped pipes in table cells, and the conventions of documentation sites: GitHub's alerts as callouts
 * ({@link Callout}), a copy button on code blocks, sized and lazy images as figures, labelled heading links. What formulas and forms become is given by {@link #TEX} and {@link #FORMS}, so
 * this package needs neither KaTeX nor the calculators.
 */
public final class NotesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** Renders TeX to HTML; the default shows the source as code (a build sets KaTeX). */
    public static final DataKey<TexRenderer> TEX = new DataKey<>("NOTES_TEX",
            (TexRenderer) (tex, display) -> "<code>" + com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(tex, false)
                    + "</code>");
    /** A calculator's form markup by name, or null for a calculator that has none. */
    public static final DataKey<Function<String, String>> FORMS = new DataKey<>("NOTES_FORMS",
            (Function<String, String>) name -> null);
    /** The size of an image a page shows; null (the default) keeps flexmark's plain {@code <img>}. */
    public static final NullableDataKey<ImageSizes> IMAGES = new NullableDataKey<>("NOTES_IMAGES");
    /** Set on each parsed document: the page's path in the site ({@code notes/bond-yield.html}), for image paths. */
    public static final DataKey<String> PAGE = new DataKey<>("NOTES_PAGE", "");

    /** TeX to HTML, in KaTeX's inline or display mode. */
    @FunctionalInterface
    public interface TexRenderer {
        /** The formula's HTML; may throw IllegalArgumentException for TeX it cannot render. */
        String render(String tex, boolean display);
    }

    /** Reads an image's size when the site is built. */
    @FunctionalInterface
    public interface ImageSizes {
        /**
         * The width and height in CSS pixels of the image {@code url} on page {@code page}, or null when it cannot be
         * read (the note check reports why).
         */
        int[] size(String page, String url);
    }

    private NotesExtension() {
    }

    /** The extension, for {@link Parser#EXTENSIONS}. */
    public static NotesExtension create() {
        return new NotesExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // flexmark's own emphasis processors are replaced by EmphasisRun's, which follow the spec's rule of 3.
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
        options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new MathBlockParser.Factory());
        parser.customBlockParserFactory(new EmbedBlockParser.Factory());
        parser.customInlineParserExtensionFactory(new MathInlineParser.Factory());
        parser.customInlineParserFactory(CjkInlineParser.factory());
        // flexmark adds its link reference definition parser only with its own inline parser: add it back.
        parser.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        parser.customDelimiterProcessor(new EmphasisRun.Asterisks());
        parser.customDelimiterProcessor(new EmphasisRun.Underscores());
        parser.postProcessorFactory(new CalloutPostProcessor.Factory());
        parser.postProcessorFactory(new FootnoteOrder.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        renderer.nodeRendererFactory(NotesRenderer::new);
        renderer.nodeRendererFactory(BlockRenderer::new);
        renderer.nodeRendererFactory(FigureRenderer::new);
        renderer.attributeProviderFactory(HeadingLinks.factory());
    }
}
