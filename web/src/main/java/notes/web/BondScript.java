package notes.web;

import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLElement;

import notes.page.BondPage;

/** The bond calculator's script: {@code bond.js} exports {@code mount(element)}. */
public final class BondScript {
    private BondScript() {
    }

    @JSExport
    public static void mount(HTMLElement root) {
        FormBinding.mount(root, new BondPage());
    }
}
