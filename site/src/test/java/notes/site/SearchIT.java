package notes.site;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The offline search in headless Chromium under the production headers: the queries a reader types, passages,
 * "no match", closing, keyboard use. Every expected title and passage is the notes' own text (content/notes/*.md).
 */
class SearchIT extends BrowserTest {
    /** A query, the title of the note it must find first and words of the passage shown for it. */
    private record Query(String query, String title, String passage) {
    }

    /** The KV cache passage (content/notes/mla.md, "## KV 快取為什麼重要"), however the reader types it. */
    private static final List<Query> KV_CACHE = Stream.of("KV cache", "Kv Cache", "kv快取", "ＫＶ", "KV 快取")
            .map(q -> new Query(q, "Multi-head Latent Attention 與 KV 快取", "KV 快取")).toList();

    /** What a reader of these notes would type, with the note and passage each must find (the notes' text). */
    private static final List<Query> READERS = List.of(
            // English term of a gloss finds the Chinese passage: bond-yield.md "**應計利息**（accrued interest".
            new Query("accrued interest", "債券的到期殖利率", "應計利息"),
            // preferred-stock.md: "**清算優先權**（liquidation preference）".
            new Query("liquidation preference", "特別股", "清算優先權"),
            // deepseek-r1.md: "「思維鏈」（chain of thought）".
            new Query("chain of thought", "DeepSeek-R1", "思維鏈"),
            // gguf.md: "所有整數都是小端序（little-endian）"; the Chinese term finds it too.
            new Query("little-endian", "GGUF 檔案格式", "小端序"),
            new Query("小端序", "GGUF 檔案格式", "小端序"),
            // onnx-versions.md title: "IR 版本、opset 與運算子網域".
            new Query("opset", "ONNX 的版本號", "opset"),
            // lora.md title: "LoRA：用低秩矩陣微調大模型".
            new Query("低秩矩陣", "LoRA", "低秩"),
            // A word's beginning: moe.md title "Mixture-of-Experts".
            new Query("mixtur", "Mixture-of-Experts", "Mixture"),
            // A typo: training-compute.md title "訓練計算量：6ND、Chinchilla 與 MFU".
            new Query("chinchila", "訓練計算量", "Chinchilla"),
            // Two terms, Chinese and English: ppo.md title "策略梯度、截斷目標與 KL 懲罰".
            new Query("截斷目標 KL", "PPO 與 GRPO", "截斷"),
            // securities-lending.md title "借券：把長期持有的股票借出去".
            new Query("借券", "借券", "借券"),
            // English words a reader tries first, through the notes' glosses: bond-yield.md "債券（bond）",
            // "票息（coupon）"; securities-lending.md "**借券**（securities lending，即有價證券借貸）".
            new Query("bond", "債券的到期殖利率", "債券"),
            new Query("coupon", "債券的到期殖利率", "票息"),
            new Query("securities lending", "借券", "借券"),
            // shareholder-voting.md title "股東會怎麼投票：普通決議、特別決議、棄權與 withhold".
            new Query("棄權", "股東會怎麼投票", "棄權"));

    static List<WebElement> results(String query) {
        WebElement input = browser.find("#site-search-input");
        input.clear();
        input.sendKeys(query);
        // Wait for the results of this very query (typing renders after every key).
        browser.waitUntil("return document.querySelector('#site-search-results').dataset.query"
                + " === document.querySelector('#site-search-input').value");
        return browser.driver().findElements(By.cssSelector("#site-search-results li"));
    }

    private static Executable finds(Query q) {
        return () -> {
            List<WebElement> hits = results(q.query());
            assertFalse(hits.isEmpty(), q.query() + " found nothing");
            String first = hits.get(0).getText();
            assertTrue(first.contains(q.title()) && first.contains(q.passage()), q.query() + " → " + first);
            String snippet = hits.get(0).findElement(By.tagName("p")).getText();
            assertTrue(snippet.contains(q.passage()), q.query() + " → snippet " + snippet);
        };
    }

    @Test
    void kvCacheHoweverItIsTyped() {
        open("index.html");
        assertAll(KV_CACHE.stream().map(SearchIT::finds));
    }

    @Test
    void whatReadersType() {
        open("index.html");
        assertAll(READERS.stream().map(SearchIT::finds));
    }

    @Test
    void chineseTermMarkedOnlyInNotesThatMentionIt() {
        open("index.html");
        List<WebElement> hits = results("應計利息");
        assertTrue(hits.get(0).getText().contains("債券的到期殖利率"), hits.get(0).getText());
        assertEquals("應計利息", hits.get(0).findElement(By.tagName("mark")).getText());
        assertTrue(hits.stream().noneMatch(h -> h.getText().contains("LoRA")), "only notes that mention it");
    }

    @Test
    void snippetsAreProseNotFormulaDebris() {
        open("index.html");
        // mla.md writes "$d_c = 4 d_h = 512$、$d_h^R = d_h / 2 = 64$" around "576 個元素"; KaTeX's HTML as text
        // would run the subscripts together ("dc=4dh=512").
        String snippet = results("576").get(0).findElement(By.tagName("p")).getText();
        assertFalse(snippet.matches("(?s).*(dc=|dhR|=256512).*"), snippet);
    }

    /** The notes listed for a query, in order, by file name ("bond-yield.html"), each with its partial marker. */
    private static List<String> listed(String query) {
        return results(query).stream().map(li -> {
            String href = li.findElement(By.tagName("a")).getAttribute("href");
            String file = href.replaceAll("#.*", "").replaceAll(".*/", "");
            boolean partial = !li.findElements(By.cssSelector(".search-partial")).isEmpty();
            return partial ? file + " 部分符合" : file;
        }).toList();
    }

    /**
     * A Chinese compound typed without a space: the note that has it as typed first, then those that write its
     * words apart, marked. Expected notes from their prose (footnotes are not indexed): asset-allocation.md writes
     * "債券殖利率見[債券殖利率筆記]"; bond-yield.md's title is "債券的到期殖利率"; securities-lending.md has 殖利率
     * but never 債券, preferred-stock.md 債券 but never 殖利率.
     */
    @Test
    void compoundTypedWithoutSpaces() {
        open("index.html");
        assertAll(
                () -> assertEquals(List.of("asset-allocation.html", "bond-yield.html 部分符合"), listed("債券殖利率")),
                // preferred-stock.md: title "特別股：清算優先權…"; asset-allocation.md has 特別股 but never 清算.
                () -> assertEquals(List.of("preferred-stock.html 部分符合"), listed("特別股清算")),
                // 注意力 and 快取 (or its gloss, cache) both in the prose of mla.md ("注意力都要和前面所有 token",
                // "## KV 快取為什麼重要") and gguf.md ("一般的注意力層", "## KV 快取與滑動視窗"); lora.md, moe.md,
                // onnx-versions.md and training-compute.md have 注意力 only, deepseek-r1.md 快取 only.
                () -> assertEquals(Set.of("mla.html 部分符合", "gguf.html 部分符合"), Set.copyOf(listed("注意力快取"))),
                () -> assertEquals(2, listed("注意力快取").size()));
    }

    @Test
    void partialMatchIsAnOptionOfTheListbox() {
        open("index.html");
        results("債券殖利率");
        // Read out, not shown: the two notes of compoundTypedWithoutSpaces, one of them partial.
        assertEquals("找到 2 筆，其中 1 筆部分符合",
                browser.find("[data-search-status]").getAttribute("textContent"));
        WebElement input = browser.find("#site-search-input");
        input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals("search-hit-1", input.getAttribute("aria-activedescendant"));
        WebElement option = browser.find("#search-hit-1");
        assertEquals("option", option.getAttribute("role"));
        assertEquals("true", option.getAttribute("aria-selected"));
        assertTrue(option.getText().contains("部分符合"), option.getText());
        input.sendKeys(Keys.ENTER);
        browser.waitUntil("return location.pathname.endsWith('/notes/bond-yield.html')");
    }

    @Test
    void chineseCompoundWithNoMatchIsShown() {
        open("index.html");
        // No note has 量子, 子糾 or 糾纏 (grep content/notes): partial matching must not invent one.
        assertTrue(results("量子糾纏").isEmpty());
        WebElement status = browser.find("[data-search-status]");
        assertEquals("沒有符合的筆記", status.getText());
        assertTrue(status.isDisplayed());
    }

    @Test
    void noMatchIsShown() {
        open("notes/ppo.html");
        results("zzzz 沒有這個詞");
        WebElement status = browser.find("[data-search-status]");
        assertEquals("沒有符合的筆記", status.getText());
        assertTrue(status.isDisplayed());
    }

    /**
     * The titles are listed before any note file is asked for (each request costs a phone's page a few ms, and the
     * passages can follow): every request for search/notes/ starts after the list held this query's results.
     */
    @Test
    void resultsAreListedBeforeTheirPassagesAreFetched() {
        open("index.html");
        browser.script("performance.clearResourceTimings();"
                + "const list = document.querySelector('#site-search-results'); window.listedAt = null;"
                + "new MutationObserver((_, seen) => { if (list.dataset.listed === 'GGUF') {"
                + " window.listedAt = performance.now(); seen.disconnect(); } })"
                + ".observe(list, { attributes: true, childList: true, subtree: true });"
                + "const input = document.querySelector('#site-search-input'); input.value = 'GGUF';"
                + "input.dispatchEvent(new Event('input'));");
        browser.waitUntil("return document.querySelector('#site-search-results').dataset.query === 'GGUF'");
        List<?> starts = (List<?>) browser.script("return performance.getEntriesByType('resource')"
                + ".filter((e) => e.name.includes('/search/notes/')).map((e) => e.startTime - window.listedAt)");
        assertFalse(starts.isEmpty(), "the passages were fetched");
        assertTrue(starts.stream().allMatch(delay -> ((Number) delay).doubleValue() > 0),
                "ms from the listing to each note file's request: " + starts);
    }

    /** Enter pressed before the new query's results are listed opens its first result, not the previous query's. */
    @Test
    void enterRightAfterANewQueryOpensItsOwnFirstResult() {
        open("index.html");
        results("KV cache");
        // One script: the new query's input event and Enter's submit in the same task, before any answer can come.
        browser.script("const input = document.querySelector('#site-search-input'); input.value = '棄權';"
                + "input.dispatchEvent(new Event('input')); input.form.requestSubmit();");
        // content/notes/shareholder-voting.md is the one note that writes 棄權 (grep content/notes).
        browser.waitUntil("return location.pathname.endsWith('/notes/shareholder-voting.html')");
    }

    /**
     * Offline, a query says so on the screen; back online, the same query finds its note when the reader returns to
     * the box (nothing failed is kept).
     */
    @Test
    void afterAFailedRequestSearchWorksAgainOnline() {
        open("index.html");
        Map<String, Object> offline = Map.of("offline", true, "latency", 0, "downloadThroughput", -1,
                "uploadThroughput", -1);
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", offline);
        try {
            results("借券");
            WebElement status = browser.find("[data-search-status]");
            assertTrue(status.isDisplayed());
            assertEquals("搜尋用的索引沒能載入（網路可能中斷了），請稍後再試。", status.getText());
        } finally {
            Map<String, Object> online = new HashMap<>(offline);
            online.put("offline", false);
            browser.driver().executeCdpCommand("Network.emulateNetworkConditions", online);
        }
        // The page's failed requests while offline are what this test caused; nothing else may be reported.
        assertTrue(browser.problems().stream().allMatch(p -> p.contains("ERR_INTERNET_DISCONNECTED")),
                "only the offline requests failed");
        // Back online, the query still in the box is searched again when the box gets the focus back, unedited.
        browser.script("document.activeElement.blur()");
        browser.find("#site-search-input").click();
        browser.waitUntil("return document.querySelectorAll('#site-search-results li').length > 0"
                + " && document.querySelector('#site-search-results').dataset.query === '借券'");
        // securities-lending.md, title "借券：把長期持有的股票借出去".
        assertTrue(browser.find("#site-search-results li").getText().contains("借券"));
        assertTrue(browser.find("[data-search-status]").getText().startsWith("找到"), "the count, not the message");
    }

    /**
     * A Zhuyin input method shows phonetic symbols while a syllable is typed (ㄓㄞˋ, then 債): no query runs on them,
     * so "沒有符合的筆記" never flashes; the committed word is searched.
     */
    @Test
    void noSearchWhileAnInputMethodComposes() {
        open("index.html");
        browser.script("window.seen = [];"
                + "const list = document.querySelector('#site-search-results');"
                + "const status = document.querySelector('[data-search-status]');"
                + "new MutationObserver(() => window.seen.push(`${list.dataset.listed}|${status.textContent}`))"
                + ".observe(document.querySelector('[data-search]'),"
                + " { attributes: true, childList: true, subtree: true, characterData: true });");
        browser.find("#site-search-input").click();
        for (String composing : List.of("ㄓ", "ㄓㄞˋ", "債", "債ㄑㄩㄢˋ")) {
            browser.driver().executeCdpCommand("Input.imeSetComposition", Map.of("text", composing,
                    "selectionStart", composing.length(), "selectionEnd", composing.length()));
            // Time for a query on the composed text to be answered, were one run: once a character is composed its
            // bucket is fetched (債's, ahead of the commit), then two frames.
            if (composing.contains("債")) {
                browser.waitUntil("return performance.getEntriesByType('resource')"
                        + ".some((e) => /search\\/[0-9]+[.]json/.test(e.name))");
            }
            browser.script("window.framed = false; requestAnimationFrame(() => setTimeout(() =>"
                    + " requestAnimationFrame(() => setTimeout(() => { window.framed = true; }))))");
            browser.waitUntil("return window.framed");
        }
        browser.driver().executeCdpCommand("Input.insertText", Map.of("text", "債券"));
        browser.waitUntil("return document.querySelector('#site-search-results').dataset.query === '債券'");
        List<?> seen = (List<?>) browser.script("return window.seen");
        assertTrue(seen.stream().map(String::valueOf).allMatch(s -> s.startsWith("債券|") || s.equals("undefined|")),
                "the list and status only ever showed the committed query: " + seen);
    }

    /** Results that arrive after the reader clicked elsewhere stay closed until the reader is back in the box. */
    @Test
    void resultsArrivingAfterAClickElsewhereStayClosed() {
        open("index.html");
        WebElement list = browser.find("#site-search-results");
        // One script: the query typed and a click elsewhere in the same task, before its results can arrive.
        browser.script("const input = document.querySelector('#site-search-input'); input.focus();"
                + "input.value = 'GGUF'; input.dispatchEvent(new Event('input'));"
                + "document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })); input.blur();");
        browser.waitUntil("return document.querySelector('#site-search-results').dataset.listed === 'GGUF'");
        assertFalse(list.isDisplayed(), "still closed when its results came");
        browser.find("#site-search-input").click();
        assertTrue(list.isDisplayed(), "open again in the box");
    }

    /** Passages that cannot be fetched leave every title and link, say why, and fill in when the reader is back. */
    @Test
    void passagesThatFailAreSaidAndFetchedAgain() {
        open("index.html");
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/search/notes/*")));
        try {
            List<WebElement> hits = results("GGUF");
            assertFalse(hits.isEmpty());
            assertTrue(hits.get(0).findElements(By.tagName("p")).isEmpty(), "no passage, and no placeholder");
            WebElement status = browser.find("[data-search-status]");
            assertTrue(status.isDisplayed());
            assertEquals("摘要沒能載入（網路可能中斷了），結果的連結仍可開啟。", status.getText());
        } finally {
            browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
        assertTrue(browser.problems().stream().allMatch(p -> p.contains("ERR_BLOCKED_BY_CLIENT")),
                "only the blocked requests failed");
        browser.script("document.activeElement.blur()");
        browser.find("#site-search-input").click();
        browser.waitUntil("return document.querySelector('#site-search-results p:not(.search-pending)') !== null");
        // gguf.md's title: "GGUF 檔案格式".
        assertTrue(browser.find("#site-search-results li").getText().contains("GGUF"));
    }

    @Test
    void listClosesOnAClickElsewhereAndOnBlur() {
        open("index.html");
        WebElement list = browser.find("#site-search-results");
        results("GGUF");
        assertTrue(list.isDisplayed());
        browser.find("footer").click();
        assertFalse(list.isDisplayed(), "closed by a click elsewhere");
        results("GGUF");
        browser.find("#site-search-input").sendKeys(Keys.TAB);
        assertTrue(list.isDisplayed(), "Tab into the results keeps them open");
        browser.script("document.activeElement.blur()");
        assertFalse(list.isDisplayed(), "closed when the focus leaves the form");
    }

    @Test
    void keyboardChoosesAndOpensAResult() {
        open("index.html");
        results("GGUF");
        WebElement input = browser.find("#site-search-input");
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals("search-hit-0", input.getAttribute("aria-activedescendant"));
        assertEquals("true", browser.find("#search-hit-0").getAttribute("aria-selected"));
        input.sendKeys(Keys.ENTER);
        browser.waitUntil("return location.pathname.endsWith('/notes/gguf.html')");
    }
}
