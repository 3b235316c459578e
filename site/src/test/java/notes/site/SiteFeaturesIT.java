package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** Reader-facing site features in headless Chromium. */
class SiteFeaturesIT extends BrowserTest {
    @Test
    void themeChoicePersistsAcrossPages() {
        open("index.html");
        browser.script("localStorage.clear()");
        open("index.html");
        String before = (String) browser.script("return getComputedStyle(document.documentElement).backgroundColor");
        browser.find("[data-theme-toggle]").click();
        String chosen = (String) browser.script("return document.documentElement.dataset.theme");
        String after = (String) browser.script("return getComputedStyle(document.documentElement).backgroundColor");
        assertTrue(!before.equals(after), before + " -> " + after);
        open("notes/ppo.html");
        assertEquals(chosen, browser.script("return document.documentElement.dataset.theme"));
        assertEquals(after, browser.script("return getComputedStyle(document.documentElement).backgroundColor"));
        browser.script("localStorage.clear()");
    }

    /** With the page's scripts off (the calculators never mount), a formula still has its KaTeX layout and fonts. */
    @Test
    void mathShowsWithoutAnyScript() throws IOException {
        ChromeDriver driver = browser.driver();
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            driver.get(server.url() + "notes/ppo.html");
            assertEquals(null, browser.find("[data-calculator]").getAttribute("data-mounted"), "page scripts are off");
            var formula = browser.find(".katex-display .katex-html");
            assertTrue(formula.isDisplayed());
            assertTrue(formula.getCssValue("font-family").contains("KaTeX"), formula.getCssValue("font-family"));
            assertTrue(formula.getSize().getHeight() > 20, "laid out as a display formula");
            browser.screenshot(".katex-display", "math-without-script");
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void narrowScreensKeepTheLayout() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        try {
            for (String page : new String[] {"notes/bond-yield.html", "notes/ppo.html", "notes/mla.html", "index.html"}) {
                open(page);
                Object widest = browser.script("const w = document.documentElement.clientWidth;"
                        + " const e = [...document.querySelectorAll('body *')].find(x => x.getBoundingClientRect().right > w + 1"
                        + " && getComputedStyle(x.parentElement).overflowX === 'visible' && !x.closest('.table-scroll, .katex-display, .katex-mathml, .note-body > table, pre'));"
                        + " return (document.documentElement.scrollWidth - w) + ' ' + (e ? e.outerHTML.slice(0, 120) : '');");
                // The page must not scroll sideways; the element named (if any) helps find what is too wide.
                assertTrue(((String) widest).startsWith("0 "), page + ": no horizontal scrolling at 360 px: " + widest);
            }
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1600));
        }
    }
}
