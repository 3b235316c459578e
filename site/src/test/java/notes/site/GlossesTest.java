package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Glosses as the notes write them (the sentences are the notes' own, content/notes/*.md). */
class GlossesTest {
    private static String glosses(String html) {
        return Glosses.in(Jsoup.parseBodyFragment(html).body()).stream().map(g -> g[0] + "=" + g[1])
                .collect(Collectors.joining("; "));
    }

    @Test
    void boldQuotedAndPlainTerms() {
        // bond-yield.md
        assertEquals("乾淨價格=clean price; 應計利息=accrued interest", glosses("<p>債券的報價通常是<strong>乾淨價格</strong>"
                + "（clean price），……乾淨價格加上<strong>應計利息</strong>（accrued interest，俗稱前手息）。</p>"));
        // deepseek-r1.md
        assertEquals("思維鏈=chain of thought", glosses("<p>「思維鏈」（chain of thought）最早是一種提示技巧</p>"));
        // gguf.md; mla.md
        assertEquals("小端序=little-endian", glosses("<p>所有整數都是小端序（little-endian），依序是：</p>"));
        assertEquals("快取=cache", glosses("<p>把每一層的 key 與 value 留在快取（cache）裡</p>"));
    }

    @Test
    void versionsAndTypesAreNotGlosses() {
        // onnx-versions.md, gguf.md, moe.md
        assertEquals(List.of(), Glosses.in("運算子說明（commit 8b8f7749）、張量數（uint64）、36B.json（V2）"));
    }
}
