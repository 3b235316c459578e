package notes.site;

import java.util.List;

import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * JBake's Markdown engine replaced by a flexmark pipeline of our own: JBake 2.7 maps {@code markdown.extensions}
 * to old pegdown flags, which cannot enable footnotes, heading anchors or a table of contents. TeX is taken out
 * before Markdown sees it and put back as KaTeX's HTML ({@link MathSpans}, {@link MathRenderer}); calculator
 * directives are replaced by their form markup ({@link Embeds}).
 */
public final class FlexmarkEngine extends MarkupEngine {
    /** The front-matter key of a note's one-paragraph summary. */
    static final String SUMMARY = "summary";
    /** The summary as HTML for the note lists (escaped, identifiers in {@code nowrap} spans). */
    static final String SUMMARY_HTML = "summary_html";
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Embeds embeds;
    private final MarkupStyles styles;

    FlexmarkEngine(Embeds embeds, MarkupStyles styles) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AnchorLinkExtension.create(), TocExtension.create(), StrikethroughExtension.create()));
        // Header ids come from the renderer; the anchor extension only adds the link, or ids would repeat.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-anchor");
        options.set(AnchorLinkExtension.ANCHORLINKS_TEXT_SUFFIX, "#");
        options.set(TocExtension.LEVELS, 1 << 2 | 1 << 3);
        options.set(TocExtension.TITLE, "目錄");
        options.set(TocExtension.TITLE_LEVEL, 2);
        options.set(TocExtension.DIV_CLASS, "toc");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(TablesExtension.WITH_CAPTION, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.embeds = embeds;
        this.styles = styles;
    }

    /**
     * flexmark renders nested blocks recursively: a list nested a thousand deep overflows a thread's usual 1 MB stack
     * (a hostile-note test found it). Each note is rendered on a thread of its own with this much stack, reserved
     * address space that the operating system only backs with memory as far as it is used.
     */
    private static final long RENDER_STACK_BYTES = 512L << 20;

    @Override
    public void processBody(ParserContext context) {
        String[] html = new String[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread render = new Thread(null, () -> {
            try {
                html[0] = render(context.getBody());
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (StackOverflowError e) {
                failure[0] = new IllegalArgumentException("the note nests lists or quotes too deeply to render");
            }
        }, "markdown", RENDER_STACK_BYTES);
        render.start();
        try {
            render.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + context.getFile(), e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        context.setBody(html[0]);
        Object summary = context.getDocumentModel().get(SUMMARY);
        if (summary != null) {
            // The home page lists summaries: their identifiers stay whole there too (DeepSeek-V3 on one line).
            context.getDocumentModel().put(SUMMARY_HTML, summaryHtml(summary.toString()));
        }
    }

    /** The front matter's summary, escaped, with its hyphenated identifiers kept on one line. */
    static String summaryHtml(String summary) {
        return Identifiers.keepWhole(notes.form.Html.escape(summary));
    }

    /** The note body (below its front matter) as the page's HTML. */
    String render(String markdown) {
        MathSpans math = MathSpans.of(markdown, 1);
        String html = renderer.render(parser.parse(math.markdown()));
        String body = embeds.expand(CodeHighlighter.apply(insertMath(Identifiers.keepWhole(scrollableTables(html)), math.formulas())));
        return styles.extract(body);
    }

    /**
     * Each Markdown table inside a container that scrolls sideways on a narrow screen: focusable, so a keyboard
     * reader can scroll it, and labelled, so a screen reader announces what the region is (WCAG 2.1.1; axe's
     * scrollable-region-focusable rule).
     */
    static String scrollableTables(String html) {
        return TABLE.matcher(html).replaceAll(
                "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"表格（可左右捲動）\">$0</div>");
    }

    private static final java.util.regex.Pattern TABLE =
            java.util.regex.Pattern.compile("<table class=\"table\">.*?</table>", java.util.regex.Pattern.DOTALL);

    /** A display formula wider than a phone scrolls in its own box, focusable and labelled like a wide table. */
    private static final String SCROLLING_FORMULA_START =
            "<span class=\"math-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"公式（可左右捲動）\">";

    /** Puts KaTeX's HTML where the tokens stand; a display formula alone in a paragraph replaces the paragraph. */
    private static String insertMath(String html, List<MathSpans.Formula> formulas) {
        for (int i = formulas.size() - 1; i >= 0; i--) {
            MathSpans.Formula f = formulas.get(i);
            String rendered = f.display() ? SCROLLING_FORMULA_START + MathRenderer.get().render(f.tex(), true) + "</span>"
                    : MathRenderer.get().render(f.tex(), false);
            String token = MathSpans.token(i);
            html = html.replace("<p>" + token + "</p>", rendered).replace(token, rendered);
        }
        return html;
    }
}
