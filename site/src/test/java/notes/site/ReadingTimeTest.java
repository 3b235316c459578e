package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Reading time from the two published rates, each used alone and together: 255 Chinese characters a minute (IReST,
 * Trauzettel-Klosinski &amp; Dietz 2012, table 2) and 238 English words a minute (Brysbaert 2019, silent reading of
 * non-fiction). The texts are made of known counts, so each expected minute follows from those rates alone.
 */
class ReadingTimeTest {
    private static String han(int n) {
        return "讀".repeat(n);
    }

    private static String words(int n) {
        return "word ".repeat(n);
    }

    @Test
    void chineseCharactersAt255AMinute() {
        assertEquals(1, ReadingTime.ofText(han(255)));
        assertEquals(2, ReadingTime.ofText(han(256)));
        assertEquals(4, ReadingTime.ofText(han(1020)));
    }

    @Test
    void englishWordsAt238AMinute() {
        assertEquals(1, ReadingTime.ofText(words(238)));
        assertEquals(2, ReadingTime.ofText(words(239)));
    }

    /** 255 characters and 238 words are a minute each: two minutes, not one (the counts are not pooled). */
    @Test
    void theTwoRatesAdd() {
        assertEquals(2, ReadingTime.ofText(han(255) + " " + words(238)));
        // Half a minute of each is one minute.
        assertEquals(1, ReadingTime.ofText(han(127) + words(119)));
    }

    /** Punctuation is not read as characters; a number with a decimal point or thousands commas is one word. */
    @Test
    void punctuationIsNotCountedAndNumbersAreWords() {
        assertEquals(1, ReadingTime.ofText(han(255) + "，。、「」（）".repeat(100)));
        assertEquals(1, ReadingTime.ofText("3.14 1,979 ".repeat(119)));
        assertEquals(2, ReadingTime.ofText("3.14 1,979 ".repeat(120)));
    }

    /** Formulas, calculator forms, code blocks and the table of contents are not prose. */
    @Test
    void formulasFormsAndCodeAreLeftOut() {
        String prose = "<p>" + han(255) + "</p>";
        String skipped = "<span class=\"katex\">" + han(5000) + "</span>"
                + "<section class=\"calculator\" data-calculator=\"bond\"><label>" + han(5000) + "</label></section>"
                + "<pre><code>" + words(5000) + "</code></pre>"
                + "<div class=\"toc\">" + han(5000) + "</div>";
        assertEquals(1, ReadingTime.minutes(prose + skipped));
        assertEquals(2, ReadingTime.minutes(prose + "<p>" + han(1) + "</p>"));
    }

    @Test
    void anEmptyNoteTakesAMinute() {
        assertEquals(1, ReadingTime.minutes(""));
    }
}
