package notes.site.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links from a footnote back to the text. flexmark writes one per use of the footnote, each with the same
 * {@link #LINK} content, so a footnote cited twice had two links a screen reader announced alike; {@link #name} names
 * each use of such a footnote ("回到第 2 處引用"), and a footnote used once keeps "回到內文".
 */
public final class FootnoteBackLinks {
    /** A back link's content: the arrow is decoration (U+FE0E: as text, not an emoji), the words are its name. */
    public static final String LINK = "<span aria-hidden=\"true\">↩\uFE0E</span>"
            + "<span class=\"visually-hidden\">回到內文</span>";

    /** flexmark's back link: #fnref-N for a footnote's first use, #fnref-N-K for its use K + 1. */
    private static final Pattern BACK = Pattern.compile("(<a href=\"#fnref-(\\d+)(?:-(\\d+))?\""
            + " class=\"footnote-backref\">" + Pattern.quote(LINK.substring(0, LINK.indexOf("回到內文"))) + ")回到內文");

    private FootnoteBackLinks() {
    }

    /** The rendered {@code html} with each back link of a footnote used more than once named for its use. */
    public static String name(String html) {
        Matcher back = BACK.matcher(html);
        StringBuilder out = new StringBuilder();
        while (back.find()) {
            boolean usedAgain = html.contains("href=\"#fnref-" + back.group(2) + "-1\"");
            int use = back.group(3) == null ? 1 : Integer.parseInt(back.group(3)) + 1;
            back.appendReplacement(out, Matcher.quoteReplacement(back.group(1)
                    + (usedAgain ? "回到第 " + use + " 處引用" : "回到內文")));
        }
        return back.appendTail(out).toString();
    }
}
