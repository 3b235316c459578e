package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import notes.form.Decimals;
import notes.form.Fields;
import notes.form.Output;

/**
 * A smoke test generated for every registered calculator a note embeds, on a 360 px phone under Netlify's headers:
 * the defaults show every declared value they show (not those of another mode); a bad entry shows a zh-Hant message on that field, hides the results
 * and stays in the address bar; a number typed as the site prints it ("1,500") is accepted; and Back after a
 * committed change puts the earlier value back in the form, the address bar and the results together.
 */
class EveryCalculatorIT extends BrowserTest {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @BeforeAll
    void phone() {
        browser.resize(360, 740);
    }

    @TestFactory
    Stream<DynamicTest> everyEmbeddedCalculator() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EmbeddedCalculators.Embedded c : EmbeddedCalculators.withNumericInput()) {
            tests.add(DynamicTest.dynamicTest(c.name() + " on " + c.page(), () -> smoke(c)));
        }
        return tests.stream();
    }

    private static void smoke(EmbeddedCalculators.Embedded c) {
        String page = c.pageShowingField();
        open(page + (page.contains("?") ? "&" : "?") + "nosuch=1");
        assertFalse(browser.urlFields().containsKey("nosuch"), "a key no calculator has leaves the address bar");
        String root = "[data-calculator='" + c.name() + "'] ";
        Map<String, String> visible = new Fields(c.calculator().declaration(), query(page)).shownText();
        for (Output o : c.calculator().declaration().outputs()) {
            // A value of another mode is hidden on a fresh page (it shows "—" there, and no text to a reader).
            if (o.kind() == Output.Kind.VALUE && o.isShownWith(visible)) {
                String shown = browser.textOf(root + "[data-out='" + o.name() + "']");
                assertNotEquals("—", shown, c.name() + " " + o.name());
            }
        }
        String field = c.field().name();
        String slot = root + "[data-error-for='" + field + "']";

        browser.typeAsReader(c.input(), "abc");
        String message = browser.textOf(slot);
        assertTrue(CJK.matcher(message).find(), c.name() + ": " + message);
        assertFalse(browser.find(root + "[data-results]").isDisplayed(), c.name() + ": results shown with a problem");
        assertEquals("abc", browser.urlFields().get(field), "the address bar holds what the form shows");

        double first = c.values()[10];
        double second = c.values()[50];
        commit(c, first);
        String firstResult = resultsText(root);
        commit(c, second);
        assertEquals(Decimals.plain(second), browser.urlFields().get(field));
        browser.driver().navigate().back();
        browser.waitUntil("return document.querySelector(arguments[0]).value === arguments[1]"
                .replace("arguments[0]", "\"" + c.input().replace("\"", "\\\"") + "\"")
                .replace("arguments[1]", "\"" + Decimals.plain(first) + "\""));
        assertEquals(Decimals.plain(first), browser.urlFields().get(field), "Back restores the address");
        assertEquals(firstResult, resultsText(root), "Back restores the results");

        if (Math.abs(first) >= 1000) {
            browser.typeAsReader(c.input(), Decimals.fixed(first, first == Math.rint(first) ? 0 : 2));
            assertFalse(browser.find(slot).isDisplayed(), c.name() + ": the site's own number format is refused");
        }
    }

    /** The keys and values of a page's query ("a=1&b=2"), as the form reads them. */
    private static Map<String, String> query(String page) {
        Map<String, String> keys = new HashMap<>();
        int q = page.indexOf('?');
        for (String pair : q < 0 ? new String[0] : page.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            keys.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return keys;
    }

    /** Types a value and leaves the field, as a reader does: the edit is a history entry. */
    private static void commit(EmbeddedCalculators.Embedded c, double value) {
        browser.typeAsReader(c.input(), Decimals.plain(value));
    }

    private static String resultsText(String root) {
        return String.valueOf(browser.script("return document.querySelector(arguments[0]).innerText;",
                root + "[data-results]"));
    }
}
