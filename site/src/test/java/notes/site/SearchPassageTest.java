package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The passage a result shows (assets/js/search.js's {@code passage}, run in Node): cut out of the section's text
 * around the first match, it never starts or ends inside a Latin word ("…dirty price", never "…ty price").
 */
class SearchPassageTest {
    /** English around a Chinese match, as the bond note writes it, with a decimal and file and model names. */
    private static final String BEFORE = "The dirty price, also called full price: 3.5T tokens, see"
            + " convert_hf_to_gguf.py, is what the buyer pays: ";
    private static final String AFTER = " is added to the clean price quoted on screens; 0.056163 of"
            + " Qwen2.5-Math-7B, 1,513 3,026 tokens and the seller receives it in full.";

    /**
     * The match moves one place per case (padding of full-width commas before it, as many fewer after), so the cuts
     * fall on each character of the last 70 before it and of 40 after it.
     */
    @Test
    void passagesStartAndEndBetweenWords() {
        List<String> texts = new ArrayList<>();
        for (int shift = 0; shift < 40; shift++) {
            texts.add(BEFORE + "，".repeat(shift) + "應計利息" + "，".repeat(40 - shift) + AFTER);
        }
        List<String> passages = passages(texts, "應計利息");
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String shown = passages.get(i).replace("<mark>", "").replace("</mark>", "");
            String inner = shown.replaceAll("^…|…$", "");
            int at = text.indexOf(inner);
            assertTrue(at >= 0, "a piece of the text: " + shown);
            assertTrue(inner.contains("應計利息"), shown);
            assertTrue(at == 0 || !isWordChar(text.charAt(at - 1)) || !isWordChar(text.charAt(at)),
                    "starts between words: " + shown);
            int end = at + inner.length();
            assertTrue(end == text.length() || !isWordChar(text.charAt(end - 1)) || !isWordChar(text.charAt(end)),
                    "ends between words: " + shown);
        }
    }

    /**
     * A term is marked where it is a whole word, never inside another ("s" of "S&P" not in "ProShares", "of" not in
     * "softmax") and never inside an HTML entity (the &amp; of "S&P" stays whole); Chinese terms anywhere.
     */
    @Test
    void termsAreMarkedAsWholeWordsAndTheTextEscaped() {
        assertEquals(List.of("The <mark>S</mark>&amp;<mark>P</mark> 500 and ProShares",
                        "softmax <mark>of</mark> the logits",
                        "<mark>KV快取</mark> and <mark>kv</mark> cache, not stockvote"),
                List.of(passages(List.of("The S&P 500 and ProShares"), "s", "p").get(0),
                        passages(List.of("softmax of the logits"), "of").get(0),
                        passages(List.of("KV快取 and kv cache, not stockvote"), "kv", "快取", "vote").get(0)));
    }

    /** search.js's {@code passage} of each text (one section) for the matched terms, run in Node: its HTML. */
    private static List<String> passages(List<String> texts, String... words) {
        String json = "[" + quoted(texts) + "," + quoted(List.of(words)) + "]";
        String out = SearchScript.run("const [texts, words] = JSON.parse(process.argv[2]);"
                + "console.log(JSON.stringify(texts.map((text) => page('passage')("
                + "{ sections: [{ heading: '', text }] }, words).html)));", json);
        List<String> passages = List.of(out.substring(2, out.length() - 2).split("\",\""));
        assertEquals(texts.size(), passages.size());
        return passages;
    }

    private static String quoted(List<String> strings) {
        return strings.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    /** Letters, digits and what joins them in a number or a name (3.5T, 3,026, convert_hf_to_gguf.py, Qwen2.5). */
    private static boolean isWordChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '_' || c == '-');
    }
}
