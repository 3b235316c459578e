package notes.site;

import java.util.regex.Pattern;

/**
 * Markdown through the notes' full pipeline ({@link FlexmarkEngine#render}: flexmark with the notes' extensions,
 * identifiers kept whole, tables in scroll boxes, code highlighted), with the project's intended additions taken
 * out again so the result compares with a plain CommonMark renderer's: heading ids and anchor links, the nowrap spans
 * around identifiers, the table box and class, the copy button's box around code blocks, highlight.js's class and
 * spans. Images stay flexmark's plain {@code <img>} here (figures need files of the site). Used by the Markdown suites.
 */
final class NotePipeline {
    private static final FlexmarkEngine ENGINE =
            new FlexmarkEngine(new Embeds(Repo.root().resolve("templates")), MarkupStyles.keepingInline());
    private static final Pattern HEADING_ID = Pattern.compile("(<h[1-6]) id=\"[^\"]*\"");
    private static final Pattern HEADING_ANCHOR =
            Pattern.compile("<a href=\"#[^\"]*\" class=\"heading-anchor\" aria-label=\"[^\"]*\">#</a>");
    /** The copy button's box around a code block ({@code BlockRenderer}): its start and its end after the block. */
    private static final Pattern CODE_BOX = Pattern.compile("<div class=\"code-block\">.*?</span>\n?(<pre>.*?</pre>)\n?</div>",
            Pattern.DOTALL);
    private static final Pattern NOWRAP = Pattern.compile("<span class=\"nowrap\">([^<]*)</span>");
    private static final Pattern TABLE_BOX = Pattern.compile("<div class=\"table-scroll\"[^>]*>(<table)"
            + " class=\"table\">(.*?</table>)</div>", Pattern.DOTALL);

    private NotePipeline() {
    }

    /** The page's HTML for {@code markdown}, without the intended additions. */
    static String render(String markdown) {
        String html = ENGINE.render(markdown);
        html = HEADING_ID.matcher(html).replaceAll("$1");
        html = HEADING_ANCHOR.matcher(html).replaceAll("");
        html = NOWRAP.matcher(html).replaceAll("$1");
        html = TABLE_BOX.matcher(html).replaceAll("$1>$2");
        html = withoutCodeBox(html);
        return unhighlight(html);
    }

    /** The HTML with each code block's copy-button box taken away, leaving flexmark's {@code <pre>}. */
    static String withoutCodeBox(String html) {
        return CODE_BOX.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
    }

    private static final Pattern HIGHLIGHTED = Pattern.compile("<code class=\"hljs (language-[^\"]*)\">(.*?)</code>",
            Pattern.DOTALL);

    /** A highlighted block as flexmark wrote it: highlight.js only adds its class and spans. */
    private static String unhighlight(String html) {
        return HIGHLIGHTED.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                "<code class=\"" + m.group(1) + "\">" + m.group(2).replaceAll("</?span[^>]*>", "") + "</code>"));
    }
}
