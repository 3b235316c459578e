package notes.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The glosses a note writes, such as 快取（cache） or 「思維鏈」（chain of thought）: a Chinese term followed by its
 * English name in parentheses. Search treats the two as synonyms, so either finds the passage that uses the other.
 */
final class Glosses {
    /**
     * A Chinese term (in 「」, as {@link #in(Element)} marks bold, or a run of Han characters) right before full- or
     * half-width parentheses that begin with English words, up to a comma: "commit 6fa5002d", "V2" or "uint64" name
     * a version or a type, not a term, and are left out.
     */
    private static final Pattern GLOSS = Pattern.compile(
            "(?:「([^」]{1,12})」|(\\p{IsHan}+))[（(]([A-Za-z][A-Za-z' -]{0,40}[A-Za-z])(?:[，,；;][^）)]*)?[）)]");
    /** Words that end the phrase before a term (被鑽漏洞 → 鑽漏洞, 一層裡的前饋網路 → 前饋網路). */
    private static final Pattern LEAD = Pattern.compile(".*[的之是在被把將叫為稱或與和及對從用讓於了]");

    private Glosses() {
    }

    /** Each gloss in a block of a note, a bold or emphasised term taken whole (**應計利息**（accrued interest）). */
    static List<String[]> in(Element block) {
        Element marked = block.clone();
        marked.select("strong, em, b").forEach(e -> e.replaceWith(new TextNode("「" + e.text() + "」")));
        return in(marked.text());
    }

    /** Each gloss of {@code text} as {Chinese term, English term}, in order of appearance. */
    static List<String[]> in(String text) {
        List<String[]> glosses = new ArrayList<>();
        Matcher m = GLOSS.matcher(text);
        while (m.find()) {
            String term = m.group(1) != null ? m.group(1) : LEAD.matcher(m.group(2)).replaceFirst("");
            if (term.length() >= 2) {
                glosses.add(new String[] {term, m.group(3)});
            }
        }
        return glosses;
    }
}
