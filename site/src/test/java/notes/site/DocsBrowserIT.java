package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The documentation conventions that need a browser: the copy button and the heading links, under the CSP. */
class DocsBrowserIT extends BrowserTest {
    /**
     * The button is shown by js/copy-code.js, works from the keyboard, and puts the code's text on the clipboard:
     * the text of the note's first fenced block, read from the Markdown source (not from our rendering).
     */
    @Test
    void theCopyButtonCopiesTheCodeFromTheKeyboardAndSaysSo() {
        browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.url().replaceAll("/$", ""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open("notes/gguf.html");
        WebElement button = browser.find(".code-block .copy-code");
        assertTrue(button.isDisplayed(), "the script shows the button");
        browser.script("arguments[0].focus()", button);
        assertEquals(button, browser.driver().switchTo().activeElement());
        button.sendKeys(Keys.ENTER);
        browser.waitUntil("return document.querySelector('.code-block .copy-status').textContent === '已複製'");
        Object copied = browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('error: ' + e));");
        assertEquals(firstFence(Repo.read("content/notes/gguf.md")), copied);
        assertEquals("polite", browser.find(".code-block .copy-status").getAttribute("aria-live"));
    }

    private static String firstFence(String markdown) {
        Matcher m = Pattern.compile("(?m)^```[a-z]*\\n(.*?)^```$", Pattern.DOTALL).matcher(markdown);
        assertTrue(m.find(), "the note has a fenced block");
        return m.group(1);
    }

    /**
     * Tab reaches a heading's permalink, which is visible when focused and named after its heading. (Its hiding
     * until hover applies to screens with a hovering pointer; headless Chromium reports {@code (hover: none)}, like a
     * touch screen, so here the link shows throughout.)
     */
    @Test
    void headingLinksAreReachedByTabAndShowWhenFocused() {
        open("notes/bond-yield.html");
        browser.script("document.querySelector('.note-body .toc a:last-of-type').focus()");
        WebElement focused = null;
        for (int i = 0; i < 200 && (focused == null || !"heading-anchor".equals(focused.getAttribute("class"))); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            focused = browser.driver().switchTo().activeElement();
        }
        assertEquals("heading-anchor", focused.getAttribute("class"), "Tab reaches a heading link");
        assertEquals("1", focused.getCssValue("opacity"));
        String heading = (String) browser.script("return arguments[0].parentElement.textContent.replace(/^#/, '')", focused);
        assertEquals("本節連結：" + heading, focused.getAttribute("aria-label"));
    }

    /**
     * With a mouse (a desktop browser), a heading's permalink is hidden until the pointer is over the heading or the
     * keyboard focuses the link; it keeps its place meanwhile, so the heading does not move.
     */
    @Test
    void withAMouseHeadingLinksShowOnHoverAndFocus() throws java.io.IOException {
        try (Browser mouse = new Browser(Browser.MOUSE)) {
            mouse.open(server.url() + "notes/bond-yield.html");
            assertEquals(Boolean.TRUE, mouse.script("return matchMedia('(hover: hover)').matches"));
            WebElement heading = mouse.find(".note-body h2[id]:not(.calculator *)");
            WebElement link = heading.findElement(org.openqa.selenium.By.cssSelector(".heading-anchor"));
            org.openqa.selenium.Point before = heading.getLocation();
            assertEquals("0", link.getCssValue("opacity"), "hidden at first");
            new Actions(mouse.driver()).moveToElement(heading).perform();
            mouse.waitUntil("return getComputedStyle(document.querySelector('.note-body h2[id] > .heading-anchor'))"
                    + ".opacity === '1'");
            assertEquals(before, heading.getLocation(), "showing it moves nothing");
            new Actions(mouse.driver()).moveToElement(mouse.find(".site-title")).perform();
            mouse.waitUntil("return getComputedStyle(document.querySelector('.note-body h2[id] > .heading-anchor'))"
                    + ".opacity === '0'");
            mouse.script("document.querySelector('.note-body .toc a:last-of-type').focus()");
            for (int i = 0; i < 200 && !"heading-anchor".equals(mouse.driver().switchTo().activeElement()
                    .getAttribute("class")); i++) {
                new Actions(mouse.driver()).sendKeys(Keys.TAB).perform();
            }
            assertEquals("heading-anchor", mouse.driver().switchTo().activeElement().getAttribute("class"));
            mouse.waitUntil("return getComputedStyle(document.activeElement).opacity === '1'");
            mouse.assertNoProblems("with a mouse");
        }
    }

    /** At 360 px the callouts, the figure and the code blocks keep the page from scrolling sideways. */
    @Test
    void phoneWidthKeepsThePageInItsColumn() {
        browser.resize(360, 740);
        try {
            for (String page : new String[] {"notes/bond-yield.html", "notes/gguf.html"}) {
                open(page);
                Object overflow = browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertEquals(0L, ((Number) overflow).longValue(), page);
                Object figure = browser.script("const i = document.querySelector('.figure img');"
                        + " return i ? i.getBoundingClientRect().width <= document.documentElement.clientWidth : true");
                assertEquals(Boolean.TRUE, figure, page);
            }
        } finally {
            browser.desktop();
        }
    }
}
