package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class MarkupStylesTest {
    /** A strut as KaTeX 0.16 writes it (katex.renderToString("x^2")). */
    private static final String STRUT = "<span class=\"strut\" style=\"height:0.8141em;\"></span>";

    @Test
    void aStyleAttributeBecomesAClassWhoseRuleHoldsTheSameDeclarationsAsImportant() {
        MarkupStyles styles = MarkupStyles.extracting();
        String html = styles.extract(STRUT);
        Matcher m = Pattern.compile("<span class=\"strut (sty-[0-9a-f]{10})\"></span>").matcher(html);
        assertTrue(m.matches(), html);
        assertTrue(styles.stylesheet().contains("." + m.group(1) + "{height:0.8141em!important}"), styles.stylesheet());
    }

    @Test
    void aTagWithoutClassGetsOneAndSeveralDeclarationsKeepTheirOrder() {
        MarkupStyles styles = MarkupStyles.extracting();
        String html = styles.extract("<span style='top:-3em; margin-right:0.05em'>x</span><br style=\"\"/>");
        assertTrue(html.matches("<span class=\"sty-[0-9a-f]{10}\">x</span><br/>"), html);
        assertTrue(styles.stylesheet().contains("{top:-3em!important;margin-right:0.05em!important}"),
                styles.stylesheet());
    }

    @Test
    void theSameDeclarationsGetTheSameClassInEveryBuild() {
        String first = MarkupStyles.extracting().extract(STRUT);
        String again = MarkupStyles.extracting().extract(STRUT.replace("height:0.8141em;", " height: 0.8141em "));
        assertEquals(first, again);
        assertFalse(first.equals(MarkupStyles.extracting().extract(STRUT.replace("0.8141", "0.8142"))));
    }

    @Test
    void textThatMentionsStyleIsLeftAlone() {
        String text = "<p>write style=&quot;color:red&quot; in <code>&lt;b style=\"x\"&gt;</code></p>";
        MarkupStyles styles = MarkupStyles.extracting();
        assertEquals(text, styles.extract(text));
        assertFalse(styles.stylesheet().contains("{"), styles.stylesheet());
    }

    @Test
    void theReferenceBuildKeepsInlineStyles() {
        assertEquals(STRUT, MarkupStyles.keepingInline().extract(STRUT));
    }
}
