package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdentifiersTest {
    @Test
    void datesAndNamesWithDigitsOrDotsStayWhole() {
        assertEquals("<p>交割日 <span class=\"nowrap\">2008-02-15</span>，<span class=\"nowrap\">DeepSeek-V3</span> 與"
                + " <span class=\"nowrap\">ggml-common.h</span></p>",
                Identifiers.keepWhole("<p>交割日 2008-02-15，DeepSeek-V3 與 ggml-common.h</p>"));
    }

    @Test
    void englishCompoundsOfLettersMayStillBreak() {
        String html = "<p>Mixture-of-Experts 與 top-k</p>";
        assertEquals(html, Identifiers.keepWhole(html));
    }

    @Test
    void codeAttributesAndScriptsAreUntouched() {
        String html = "<a href=\"https://x/DeepSeek-V3\" id=\"v-3\">a</a><code>llama-3-8b</code><pre>x-1</pre>"
                + "<script>a-1</script>";
        assertEquals(html, Identifiers.keepWhole(html));
        assertEquals("<code>a-1</code> <span class=\"nowrap\">b-2</span>", Identifiers.keepWhole("<code>a-1</code> b-2"));
    }
}
