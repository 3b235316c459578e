package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import notes.form.FieldKind;

/**
 * Every calculator's page shows the results of its initial values before its script runs, and mounting changes
 * nothing a reader sees: in Chromium, each result slot (text, exact value, markup) and each conditional block's
 * hidden state of the HTML as served (parsed by the browser's own parser) equals the page after the script mounted;
 * and with JavaScript turned off the results are on screen. The file readers are left out: they have nothing to
 * show before a file is chosen.
 */
class ServerRenderedResultsIT extends BrowserTest {
    /** The state of a calculator's slots, in document order: [slot, text or markup, value attribute, hidden]. */
    private static final String STATE = "const state = (root) => [...root.querySelectorAll("
            + "'[data-out], [data-html], [data-show-when]')].map(e => [e.getAttribute('data-out')"
            + " || e.getAttribute('data-html') || e.getAttribute('data-show-when'),"
            + " e.hasAttribute('data-html') ? e.innerHTML : e.textContent, e.getAttribute('value'), e.hidden]);";

    @Test
    void servedResultsEqualTheMountedPage() {
        for (EmbeddedCalculators.Embedded c : computedBeforeScript()) {
            open(c.page());
            @SuppressWarnings("unchecked")
            Map<String, List<List<Object>>> both = (Map<String, List<List<Object>>>) browser.driver()
                    .executeAsyncScript(STATE + "const sel = '[data-calculator=\"' + arguments[0] + '\"]';"
                            + "const done = arguments[1];"
                            + "fetch(location.href).then(r => r.text()).then(html => done({served: state(new"
                            + " DOMParser().parseFromString(html, 'text/html').querySelector(sel)),"
                            + " mounted: state(document.querySelector(sel))}));", c.name());
            List<List<Object>> served = both.get("served");
            assertTrue(served.stream().anyMatch(slot -> !String.valueOf(slot.get(1)).isBlank()),
                    c.name() + ": the served page holds results");
            assertEquals(both.get("mounted").toString(), served.toString(), c.name() + " on " + c.page());
        }
    }

    @Test
    void resultsShowWithJavaScriptOff() throws IOException {
        try (Browser noScript = new Browser(false)) {
            for (EmbeddedCalculators.Embedded c : computedBeforeScript()) {
                noScript.driver().get(server.url() + c.page());
                WebElement calculator = noScript.find("[data-calculator='" + c.name() + "']");
                List<WebElement> shown = calculator.findElements(By.cssSelector("[data-out], [data-html]")).stream()
                        .filter(WebElement::isDisplayed).toList();
                assertFalse(shown.isEmpty(), c.name() + ": a result is on screen");
                assertTrue(shown.stream().anyMatch(e -> !e.getText().isBlank()), c.name() + ": with its text");
                assertTrue(calculator.findElement(By.tagName("noscript")).isDisplayed(),
                        c.name() + ": the note that editing needs JavaScript");
            }
        }
    }

    private static List<EmbeddedCalculators.Embedded> computedBeforeScript() {
        return EmbeddedCalculators.all().stream().filter(c -> c.calculator().declaration().fields().stream()
                .noneMatch(f -> f.kind() == FieldKind.FILE)).toList();
    }
}
