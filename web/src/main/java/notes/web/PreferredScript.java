package notes.web;

import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLElement;

import notes.form.Calculator;
import notes.page.DividendPage;
import notes.page.RefinancingPage;
import notes.page.WaterfallPage;

/**
 * The preferred-stock note's script, {@code preferred.js}: one module for its three calculators; each
 * calculator's element says which one it is with {@code data-part}.
 */
public final class PreferredScript {
    private PreferredScript() {
    }

    @JSExport
    public static void mount(HTMLElement root) {
        FormBinding.mount(root, calculator(root.getAttribute("data-part")));
    }

    private static Calculator calculator(String part) {
        switch (part == null ? "" : part) {
            case "dividends":
                return new DividendPage();
            case "refinancing":
                return new RefinancingPage();
            default:
                return new WaterfallPage();
        }
    }
}
