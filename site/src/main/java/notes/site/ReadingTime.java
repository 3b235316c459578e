package notes.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * How long a note takes to read, in whole minutes, from the text of its rendered body: Han characters (and kana and
 * hangul) at {@link #CJK_PER_MINUTE}, Latin words and numbers at {@link #WORDS_PER_MINUTE}. Formulas, calculator
 * forms, code blocks and the table of contents are left out: a reader works through a formula or a form, or skips
 * it, at no rate a reading study measures.
 */
final class ReadingTime {
    /**
     * Chinese characters read per minute: 255 (SD 29), the IReST study's Chinese texts (Trauzettel-Klosinski &amp;
     * Dietz, "Standardized Assessment of Reading Performance: The New International Reading Speed Texts IReST",
     * IOVS 53(9):5452–5461, 2012, table 2, syllables per minute; a Chinese character is one syllable). IReST times
     * reading aloud, so silent reading is faster and the estimate errs long.
     */
    static final double CJK_PER_MINUTE = 255;
    /**
     * English words read per minute: 238, silent reading of non-fiction by adults (Brysbaert, "How many words do we
     * read per minute? A review and meta-analysis of reading rate", Journal of Memory and Language 109, 2019).
     */
    static final double WORDS_PER_MINUTE = 238;
    /** What is not read as prose: KaTeX's formulas, calculators' forms, code blocks, the table of contents. */
    private static final String SKIPPED = ".katex, .katex-display, .math-scroll, [data-calculator], pre, .toc";

    private ReadingTime() {
    }

    /** Minutes to read the body's prose, rounded up, at least 1. */
    static int minutes(String bodyHtml) {
        Document body = Jsoup.parseBodyFragment(bodyHtml);
        body.select(SKIPPED).remove();
        return ofText(body.body().text());
    }

    /** Minutes to read plain text: CJK characters and Latin words, each at its own rate, rounded up, at least 1. */
    static int ofText(String text) {
        int cjk = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isCjk(c)) {
                cjk++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else if (!(inWord && (c == '\'' || c == '’' || c == '-' || c == '.' || c == ','))) {
                // An apostrophe, hyphen, decimal point or thousands comma inside a word does not end it.
                inWord = false;
            }
        }
        return Math.max(1, (int) Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
    }

    /** Han ideographs, kana and hangul: the characters a CJK reading rate counts (not punctuation). */
    static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
