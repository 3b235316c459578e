package notes.site;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vladsch.flexmark.util.ast.Document;

import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine replaced by a flexmark pipeline of our own ({@link NoteMarkdown}): JBake 2.7 maps
 * {@code markdown.extensions} to old pegdown flags, which cannot enable footnotes, heading anchors, a table of
 * contents or the notes' own syntax (TeX, calculator directives, CJK-friendly emphasis).
 */
public final class FlexmarkEngine extends MarkupEngine {
    /** The front-matter key of a note's one-paragraph summary. */
    static final String SUMMARY = "summary";
    /** The summary as HTML for the note lists (escaped, identifiers in {@code nowrap} spans). */
    static final String SUMMARY_HTML = "summary_html";
    /** The date of the note's last change ({@link NoteDates}), ISO, absent when the history does not say. */
    static final String UPDATED = "updated";
    /** Whole minutes to read the note's prose ({@link ReadingTime}). */
    static final String READING_MINUTES = "reading_minutes";
    private final NoteMarkdown markdown;
    private final MarkupStyles styles;
    private final NoteDates dates;
    /** The content folder, or null when pages need no path (plain images). */
    private final Path content;
    /** Bodies rendered ahead of JBake's crawl, which parses one file at a time, by {@link #key}. */
    private final Map<String, Rendered> prerendered = new ConcurrentHashMap<>();

    /** A body's HTML and its reading time, both worked out on the checking threads. */
    private record Rendered(String html, int readingMinutes) {
        static Rendered of(String html) {
            return new Rendered(html, ReadingTime.minutes(html));
        }
    }

    /** Plain images, for the Markdown test suites that compare with other renderers. */
    FlexmarkEngine(Embeds embeds, MarkupStyles styles) {
        this(embeds, styles, NoteDates.none(), null, null);
    }

    /**
     * @param dates   each note's last change (NoteDates.none(): no dates)
     * @param images  image sizes for figures (null: plain images)
     * @param content the content folder, against which a note's path gives its page's path (for image addresses)
     */
    FlexmarkEngine(Embeds embeds, MarkupStyles styles, NoteDates dates, ImageFiles images, Path content) {
        this.markdown = new NoteMarkdown(embeds::markup, images);
        this.styles = styles;
        this.dates = dates;
        this.content = content;
    }


    /**
     * flexmark renders nested blocks recursively: a list nested a thousand deep overflows a thread's usual 1 MB stack
     * (a hostile-note test found it). Each note is rendered on a thread of its own with this much stack, reserved
     * address space that the operating system only backs with memory as far as it is used.
     */
    private static final long RENDER_STACK_BYTES = 512L << 20;

    /** A note's body and the site path of its page (figures' addresses depend on it). */
    record Body(String page, String text) {
    }

    private static String key(String page, String body) {
        return page + '\0' + body;
    }

    /** The parser and renderer of the notes, for {@link NoteChecker#renderingWith} to parse each note once. */
    NoteMarkdown markdown() {
        return markdown;
    }

    /**
     * Renders a body, already parsed by {@link #markdown()}, before JBake's crawler (which parses one file at a
     * time) asks for it; called from the checking threads, so notes render in parallel. A body that fails here (too
     * deeply nested for a pool thread's stack, a broken directive) is rendered again by {@link #processBody}, which
     * reports it. The pages are the same either way.
     */
    void prerender(Body body, Document parsed) {
        try {
            prerendered.put(key(body.page(), body.text()), Rendered.of(finishHtml(markdown.render(parsed))));
        } catch (RuntimeException | StackOverflowError again) {
            // processBody renders it on a thread of its own and reports the problem
        }
    }

    @Override
    public void processBody(ParserContext context) {
        String page = page(context.getFile().toPath());
        Rendered ready = prerendered.remove(key(page, context.getBody()));
        if (ready != null) {
            finish(context, ready);
            return;
        }
        String[] html = new String[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread render = new Thread(null, () -> {
            try {
                html[0] = render(context.getBody(), page);
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
        finish(context, Rendered.of(html[0]));
    }

    private void finish(ParserContext context, Rendered rendered) {
        context.setBody(rendered.html());
        context.getDocumentModel().put(READING_MINUTES, rendered.readingMinutes());
        String updated = dates.updated(context.getFile().toPath());
        if (updated != null) {
            context.getDocumentModel().put(UPDATED, updated);
        }
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

    /** The page's site path for a content file (content/notes/x.md: notes/x.html). */
    private String page(Path file) {
        if (content == null) {
            return "";
        }
        String path = content.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
        return path.replaceFirst("\\.[^./]*$", ".html");
    }

    /** The note body (below its front matter) as the page's HTML. */
    String render(String body) {
        return render(body, "");
    }

    /** The body of the page at site path {@code page} as the page's HTML. */
    String render(String body, String page) {
        return finishHtml(markdown.render(markdown.parse(body, page)));
    }

    /** flexmark's HTML as the page holds it: tables scroll, identifiers stay whole, code highlighted, styles out. */
    private String finishHtml(String html) {
        return styles.extract(CodeHighlighter.apply(Identifiers.keepWhole(scrollableTables(html))));
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
}
