package notes.site;

import java.util.List;
import java.util.function.Function;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

import notes.site.markdown.FootnoteBackLinks;
import notes.site.markdown.NotesExtension;
import notes.site.markdown.TableColumns;

/**
 * The notes' Markdown: flexmark with tables (number columns marked: {@link TableColumns}), footnotes, heading
 * anchors, {@code [TOC]}, strikethrough and the notes'
 * own syntax ({@link NotesExtension}: TeX rendered by KaTeX, calculator directives, CJK-friendly emphasis). The note
 * check and the bake parse with the same options, so what the check reports is what the page shows.
 */
final class NoteMarkdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    /**
     * @param forms  a calculator's form markup by name (null when it has none)
     * @param images image sizes for figures, or null for flexmark's plain images (the Markdown test suites)
     */
    NoteMarkdown(Function<String, String> forms, NotesExtension.ImageSizes images) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AnchorLinkExtension.create(), TocExtension.create(), StrikethroughExtension.create(),
                NotesExtension.create(), TableColumns.create()));
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
        options.set(NotesExtension.TEX, (tex, display) -> MathRenderer.get().render(tex, display));
        options.set(NotesExtension.FORMS, forms);
        options.set(NotesExtension.IMAGES, images);
        // The way back from a footnote is named for screen readers (FootnoteBackLinks). The note's number is
        // announced as a footnote, not as a bare number.
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, FootnoteBackLinks.LINK);
        options.set(FootnoteExtension.FOOTNOTE_REF_PREFIX, "<span class=\"visually-hidden\">註腳</span>");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The note body (below its front matter) as flexmark's tree. */
    Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** The body of the page at {@code page} (its site path, notes/x.html), against which image paths resolve. */
    Document parse(String markdown, String page) {
        Document document = parser.parse(markdown);
        document.set(NotesExtension.PAGE, page);
        return document;
    }

    /** The tree as HTML; formulas are rendered by KaTeX here (from the cache when seen before). */
    String render(Document document) {
        return FootnoteBackLinks.name(renderer.render(document));
    }
}
