package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        List<String> differences = new ArrayList<>();
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
            List<List<Object>> mounted = both.get("mounted");
            assertTrue(served.stream().anyMatch(slot -> !String.valueOf(slot.get(1)).isBlank()),
                    c.name() + ": the served page holds results");
            assertEquals(mounted.size(), served.size(), c.name() + ": the same slots");
            for (int i = 0; i < served.size(); i++) {
                if (!same(served.get(i), mounted.get(i))) {
                    differences.add(c.name() + " on " + c.page() + ": served " + served.get(i) + ", after the"
                            + " script " + mounted.get(i));
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    /**
     * Equal slots: text or markup and hidden state exactly; the exact value behind a rounded number (a {@code <data>}
     * element's value, which no reader sees) to 1e-12 relative. The server computes it with Java's Math, the page
     * with JavaScript's, and ECMA-262 (sec. 21.3.2, "Function Properties of the Math Object") leaves Math.pow, exp
     * and log "implementation-approximated", so the last bits may differ (1.9534711847524087 on the JVM against
     * 1.9534711847524076 in Chromium for the refinancing payback).
     */
    private static boolean same(List<Object> served, List<Object> mounted) {
        if (!Objects.equals(served.get(0), mounted.get(0)) || !Objects.equals(served.get(1), mounted.get(1))
                || !Objects.equals(served.get(3), mounted.get(3))) {
            return false;
        }
        if (served.get(2) == null || mounted.get(2) == null) {
            return served.get(2) == mounted.get(2);
        }
        double a = Double.parseDouble((String) served.get(2));
        double b = Double.parseDouble((String) mounted.get(2));
        return a == b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
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
                // WebDriver never calls a noscript element displayed; its paragraph's box says it is drawn.
                assertTrue(((Number) noScript.script("return arguments[0].querySelector('noscript p')"
                        + ".getBoundingClientRect().height", calculator)).doubleValue() > 0,
                        c.name() + ": the note that editing needs JavaScript");
            }
        }
    }

    private static List<EmbeddedCalculators.Embedded> computedBeforeScript() {
        return EmbeddedCalculators.all().stream().filter(c -> c.calculator().declaration().fields().stream()
                .noneMatch(f -> f.kind() == FieldKind.FILE)).toList();
    }
}
