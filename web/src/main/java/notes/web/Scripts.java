package notes.web;

import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLElement;

import notes.form.Calculator;
import notes.form.Field;
import notes.form.FieldKind;
import notes.form.Registry;

/**
 * The page bundle's entry point (web/pom.xml compiles it into js/calculators.js, one file cached across every
 * page): {@code mount(element)} finds the calculator named by the element's {@code data-calculator} in
 * {@link Registry} and binds it. The ONNX inspector is bound by {@link OnnxInspector}; any other calculator that
 * reads a local file by {@link GgufInspector}'s file
 * reader; every other one by the generic {@link FormBinding}.
 */
public final class Scripts {
    private Scripts() {
    }

    @JSExport
    public static void mount(HTMLElement root) {
        Calculator calculator = Registry.byName(root.getAttribute("data-calculator"));
        if (calculator == null) {
            // The page is newer than the cached bundle (or the other way round); the build checks the names.
            root.setTextContent("這個試算器不在這一版的程式裡，請重新整理頁面。");
        } else if (calculator.declaration().name().equals("onnx-inspector")) {
            OnnxInspector.mount(root);
        } else if (readsAFile(calculator)) {
            GgufInspector.mount(root, calculator);
        } else {
            FormBinding.mount(root, calculator);
        }
    }

    private static boolean readsAFile(Calculator calculator) {
        for (Field f : calculator.declaration().fields()) {
            if (f.kind() == FieldKind.FILE) {
                return true;
            }
        }
        return false;
    }
}
