package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The preferred-stock note's three calculators in headless Chromium. */
class PreferredPageIT extends BrowserTest {
    private static final String PAGE = "notes/preferred-stock.html";
    private static String payoutsText() {
        return browser.textOf("tbody[data-html=payouts]");
    }

    @Test
    void classicExampleBothWays() throws IOException {
        browser.open(server.url() + PAGE);
        // Defaults: 1,000,000 for 20 %, 1.5X, non-participating, exit 3,000,000.
        assertTrue(payoutsText().contains("領回優先清算額 1,500,000 0 1,500,000 1.50 倍"), payoutsText());
        browser.script("const s = document.querySelector('[name=\"series.0.participation\"]'); s.value = 'FULL';"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));");
        assertTrue(payoutsText().contains("1,500,000 300,000 1,800,000 1.80 倍"), payoutsText());
        assertEquals("1,200,000", browser.textOf("[data-out=common]"));
        assertEquals("3,000,000", browser.textOf("[data-out=check]"));
        browser.screenshot("[data-calculator='preferred-waterfall']", "preferred-waterfall");
    }

    @Test
    void rowsCanBeAddedAndTheUrlReproducesThem() {
        browser.open(server.url() + PAGE);
        browser.find("[data-add-row]").click();
        assertEquals(2, browser.driver().findElements(By.cssSelector("[data-row]")).size());
        browser.type("[name='series.1.name']", "B 輪");
        browser.type("[name='series.1.percent']", "30");
        browser.type("[name='exit']", "10000000");
        String payouts = payoutsText();
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.contains("series.1.percent=30"), url);
        browser.open(url);
        assertEquals(2, browser.driver().findElements(By.cssSelector("[data-row]")).size());
        assertEquals("B 輪", browser.find("[name='series.1.name']").getAttribute("value"));
        assertEquals(payouts, payoutsText());
        browser.driver().findElements(By.cssSelector("[data-remove-row]")).get(0).click();
        assertEquals(1, browser.driver().findElements(By.cssSelector("[data-row]")).size());
        assertEquals("B 輪", browser.find("[name='series.0.name']").getAttribute("value"), "the second row moved up");
    }

    @Test
    void missingRankAndTooMuchOwnershipAreExplained() {
        browser.open(server.url() + PAGE + "?series.0.rank=");
        assertTrue(browser.textOf("[data-error-for='series.0.rank']").contains("清償順位"));
        assertFalse(browser.find("[data-calculator='preferred-waterfall'] [data-results]").isDisplayed());
        browser.open(server.url() + PAGE + "?series.0.percent=120");
        assertTrue(browser.textOf("[data-error-for='series.0.percent']").contains("不超過 100 %"));
        browser.open(server.url() + PAGE + "?series.0.invested=-5");
        assertTrue(browser.textOf("[data-error-for='series.0.invested']").contains("須介於"));

        // Two rounds owning 60 % and 45 %: each is a valid percentage, together they leave no common stock.
        browser.open(server.url() + PAGE);
        browser.type("[name='series.0.percent']", "60");
        browser.find("[data-add-row]").click();
        browser.type("[name='series.1.percent']", "45");
        assertEquals("各輪持股比例合計達到或超過 100 %，普通股沒有剩下。",
                browser.textOf("[data-error-for='series.0.percent']"));
        assertFalse(browser.find("[data-calculator='preferred-waterfall'] [data-results]").isDisplayed());
        browser.type("[name='series.1.percent']", "30");
        assertTrue(browser.find("[data-calculator='preferred-waterfall'] [data-results]").isDisplayed(), "90 % in all is fine");
    }

    @Test
    void dividendAndRefinancingCalculatorsShareTheUrl() {
        browser.open(server.url() + PAGE);
        assertEquals("270,000", browser.textOf("[data-out='div.due']"));
        assertEquals("1.82 年", browser.textOf("[data-out='refi.payback']")); // 500,000 / (800,000 - 525,000)
        browser.type("[name='refi.newRate']", "6");
        browser.type("[name='div.years']", "3");
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.contains("refi.newRate=6") && url.contains("div.years=3") && url.contains("exit="), url);
        browser.open(url);
        assertEquals("2.94 年", browser.textOf("[data-out='refi.payback']")); // 500,000 / (800,000 - 630,000)
        assertEquals("360,000", browser.textOf("[data-out='div.due']")); // 90,000 x (3 + 1)
    }
}
