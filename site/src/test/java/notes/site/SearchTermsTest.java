package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The search terms and the files they are in, in Java (the index) and in assets/js/search.js (the query, run in Node),
 * on the same texts: they must agree, or a query would look for terms the index does not have, or in another file.
 */
class SearchTermsTest {
    /**
     * Text → terms. Full-width ＫＶ folds to kv by Unicode NFKC (UAX #15; U+FF2B has the compatibility decomposition
     * &lt;wide&gt; U+004B); Chinese runs give overlapping bigrams, a lone character itself.
     */
    private static final Map<String, List<String>> TERMS = new LinkedHashMap<>();

    static {
        TERMS.put("KV 快取", List.of("kv", "快取"));
        TERMS.put("kv快取", List.of("kv", "快取"));
        TERMS.put("ＫＶ", List.of("kv"));
        TERMS.put("Kv Cache", List.of("kv", "cache"));
        TERMS.put("應計利息（accrued interest）", List.of("應計", "計利", "利息", "accrued", "interest"));
        TERMS.put("債", List.of("債"));
        TERMS.put("Mixture-of-Experts，x86", List.of("mixture", "of", "experts", "x86"));
    }

    @Test
    void javaTerms() {
        TERMS.forEach((text, terms) -> assertEquals(terms, SearchTerms.terms(text), text));
    }

    @Test
    void pageTermsShardsAndBucketsAgreeWithTheIndex() {
        String texts = TERMS.keySet().stream().map(t -> "'" + t + "'").collect(Collectors.joining(",", "[", "]"));
        String out = SearchScript.run("console.log(page(`JSON.stringify(" + texts + ".map((t) => terms(t)"
                + ".map((w) => w + ' ' + shard(w) + ' ' + bucket(w))))`));");
        String expected = TERMS.values().stream().map(terms -> terms.stream()
                .map(w -> "\"" + w + " " + SearchTerms.shard(w) + " " + SearchTerms.bucket(w) + "\"")
                .collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",", "[", "]"));
        assertEquals(expected, out);
    }

    @Test
    void shardKeys() {
        // Code points: k U+006B, v U+0076, 快 U+5FEB (Unicode Han database).
        assertEquals("6b-76", SearchTerms.shard("kv"));
        assertEquals("6b", SearchTerms.shard("k"));
        assertEquals("5feb", SearchTerms.shard("快取"));
    }
}
