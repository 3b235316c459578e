package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The offline search in headless Chromium: Chinese and English terms, passages, keyboard use. */
class SearchIT extends BrowserTest {
    private static List<WebElement> results(String query) {
        WebElement input = browser.find("#site-search-input");
        input.clear();
        input.sendKeys(query);
        // Wait for the results of this very query (typing renders after every key).
        browser.waitUntil("return document.querySelector('#site-search-results').dataset.query"
                + " === document.querySelector('#site-search-input').value");
        return browser.driver().findElements(By.cssSelector("#site-search-results li"));
    }

    @Test
    void chineseTermFindsTheRightNotes() {
        open("index.html");
        List<WebElement> hits = results("應計利息");
        assertTrue(!hits.isEmpty());
        assertTrue(hits.get(0).getText().contains("債券的到期殖利率"), hits.get(0).getText());
        assertTrue(hits.get(0).findElement(By.tagName("mark")).getText().equals("應計利息"));
        assertTrue(hits.stream().noneMatch(h -> h.getText().contains("LoRA")), "only notes that mention it");
    }

    @Test
    void englishTermsAndBothTogether() {
        open("notes/ppo.html");
        List<WebElement> hits = results("latent attention");
        assertTrue(hits.get(0).getText().contains("Multi-head Latent Attention"), hits.get(0).getText());
        List<WebElement> both = results("clip 截斷");
        assertTrue(both.get(0).getText().contains("PPO"), both.get(0).getText());
        results("zzzz 沒有這個詞");
        assertEquals("沒有符合的筆記", browser.find("[data-search-status]").getAttribute("textContent"));
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
