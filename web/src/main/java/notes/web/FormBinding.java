package notes.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.teavm.jso.browser.History;
import org.teavm.jso.browser.Location;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.xml.NodeList;

import notes.form.Calculator;
import notes.form.Fields;
import notes.form.Result;
import notes.form.Run;

/**
 * Binds any {@link Calculator} to its form on the page. The page's markup declares everything by attribute:
 * <ul>
 *   <li>inputs, selects and text areas with a {@code name} are the fields (radio buttons: the checked one;
 *       checkboxes: "yes" or "no");</li>
 *   <li>{@code data-show-when="field=value"} shows a block only while that field has that value (its fields are
 *       then also left out of the calculation and the URL);</li>
 *   <li>{@code data-repeat="prefix"} holds rows of fields added and removed by the reader ({@link RepeatedRows}),
 *       with {@code data-add-row} and {@code data-remove-row} buttons;</li>
 *   <li>{@code data-error-for="field"} receives that field's problem; {@code data-status} a summary;</li>
 *   <li>{@code data-out="name"} receives a text output ({@code <data>} elements also get the exact value), and
 *       {@code data-html="name"} receives markup the calculator built (tables, SVG);</li>
 *   <li>{@code data-results} is hidden while any field has a problem, so no stale or partial result shows.</li>
 * </ul>
 * Every input event recomputes everything and writes the fields into the URL's query (next to those of other
 * calculators on the same page), so a copied link reproduces the calculation.
 */
public final class FormBinding {
    private final HTMLElement root;
    private final Calculator calculator;
    private final List<RepeatedRows> repeats = new ArrayList<>();
    /**
     * Whether the current history entry already belongs to an edit in progress. The first input after a commit
     * pushes a new entry (so the one before keeps the earlier values for Back); later inputs of the same edit only
     * replace it; a change event (leaving the field, picking an option) ends the edit.
     */
    private boolean editing;

    private FormBinding(HTMLElement root, Calculator calculator) {
        this.root = root;
        this.calculator = calculator;
        for (HTMLElement block : all("[data-repeat]")) {
            repeats.add(new RepeatedRows(block));
        }
    }

    /**
     * Binds the form: the URL's query fills it (fields it does not name take their markup defaults, whatever the
     * browser restored); each edit recomputes and gets a history entry of its own (see {@link #editing}), and Back
     * or Forward put the form back as that entry's URL says.
     */
    public static void mount(HTMLElement root, Calculator calculator) {
        FormBinding binding = new FormBinding(root, calculator);
        binding.restore(UrlState.parse(Location.current().getSearch()));
        root.addEventListener("input", e -> binding.recompute(true));
        root.addEventListener("change", e -> {
            binding.recompute(true);
            binding.editing = false;
        });
        root.addEventListener("click", binding::onClick);
        Window.current().addEventListener("popstate", e -> {
            binding.restore(UrlState.parse(Location.current().getSearch()));
            binding.editing = false;
            binding.recompute(false);
        });
        binding.recompute(false);
        root.setAttribute("data-mounted", "");
    }

    /**
     * Recomputes from the form, shows the outcome and writes the URL; {@code byReader} is false for the page's own
     * recomputes (mounting, Back), which never add a history entry.
     */
    public void recompute(boolean byReader) {
        applyVisibility();
        Map<String, String> values = read();
        Result result = Run.compute(calculator, values);
        if (result.internalError() != null) {
            // A bug, not the reader's input: the page says so under the form, the console says what it was.
            Dom.consoleError("calculator " + calculator.declaration().name() + ": " + result.internalError());
        }
        render(result);
        writeUrl(Fields.withIsoDates(calculator.declaration(), values), byReader);
    }

    private void onClick(Event event) {
        HTMLElement add = Dom.closestToTarget(event, "[data-add-row]");
        HTMLElement remove = Dom.closestToTarget(event, "[data-remove-row]");
        for (RepeatedRows rows : repeats) {
            if (add != null && Dom.contains(rows.block(), add)) {
                rows.add();
                recompute(true);
                editing = false;
            } else if (remove != null && Dom.contains(rows.block(), remove)) {
                rows.remove(Dom.closestToTarget(event, "[data-row]"));
                recompute(true);
                editing = false;
            }
        }
    }

    private void restore(Map<String, String> state) {
        for (RepeatedRows rows : repeats) {
            int inUrl = Fields.rowsIn(state, rows.prefix());
            String initial = rows.block().getAttribute("data-initial");
            rows.resize(inUrl > 0 ? inUrl : initial == null ? 1 : Integer.parseInt(initial));
        }
        for (HTMLElement field : fields()) {
            String name = field.getAttribute("name");
            Dom.resetToDefault(field);
            if (!state.containsKey(name)) {
                continue;
            }
            if (isRadio(field)) {
                ((HTMLInputElement) field).setChecked(state.get(name).equals(Dom.value(field)));
            } else if (isCheckbox(field)) {
                ((HTMLInputElement) field).setChecked("yes".equals(state.get(name)));
            } else {
                Dom.setValue(field, state.get(name));
            }
        }
    }

    private Map<String, String> read() {
        Map<String, String> values = new LinkedHashMap<>();
        List<HTMLElement> hidden = new ArrayList<>();
        for (HTMLElement block : all("[data-show-when]")) {
            if (block.isHidden()) {
                hidden.add(block);
            }
        }
        for (HTMLElement field : fields()) {
            if (isIn(hidden, field) || (isRadio(field) && !((HTMLInputElement) field).isChecked())) {
                continue;
            }
            values.put(field.getAttribute("name"), valueOf(field));
        }
        return values;
    }

    /**
     * Replaces this calculator's keys in the URL's query and keeps other calculators' keys; the first change of an
     * edit by the reader becomes a history entry of its own, so Back undoes it.
     */
    private void writeUrl(Map<String, String> values, boolean byReader) {
        // In the query's own order: this calculator's keys updated in place (new ones at the end), other
        // calculators' keys kept, and keys no calculator on the page has dropped (the address holds only what the
        // page shows).
        Map<String, String> state = new LinkedHashMap<>();
        Map<String, String> remaining = new LinkedHashMap<>(values);
        java.util.Set<String> own = fieldNames();
        for (Map.Entry<String, String> e : UrlState.parse(Location.current().getSearch()).entrySet()) {
            String key = e.getKey();
            if (owns(key, own)) {
                if (remaining.containsKey(key)) {
                    state.put(key, remaining.remove(key));
                }
            } else if (Dom.pageHasField(key)) {
                state.put(key, e.getValue());
            }
        }
        state.putAll(remaining);
        String url = Location.current().getPathName() + UrlState.query(state) + Location.current().getHash();
        boolean changed = !UrlState.query(state).equals(Location.current().getSearch());
        if (byReader && changed && !editing) {
            History.current().pushState(null, "", url);
            editing = true;
        } else {
            History.current().replaceState(null, "", url);
        }
    }

    /** Whether a URL key is this calculator's: one of its fields (read once per write) or a row of its groups. */
    private boolean owns(String key, java.util.Set<String> fieldNames) {
        for (RepeatedRows rows : repeats) {
            if (key.startsWith(rows.prefix() + ".")) {
                return true;
            }
        }
        return fieldNames.contains(key);
    }

    private java.util.Set<String> fieldNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (HTMLElement field : fields()) {
            names.add(field.getAttribute("name"));
        }
        return names;
    }

    /**
     * Shows each conditional block while its condition holds; in document order, so a condition on a field that is
     * itself hidden (a custom model's attention kind while a preset is chosen) hides the block too.
     */
    private void applyVisibility() {
        for (HTMLElement block : all("[data-show-when]")) {
            String condition = block.getAttribute("data-show-when");
            int eq = condition.indexOf('=');
            block.setHidden(!condition.substring(eq + 1).equals(currentValue(condition.substring(0, eq))));
        }
    }

    /** The value of a shown field, or "" when it is missing or hidden. */
    private String currentValue(String name) {
        for (HTMLElement field : fields()) {
            if (name.equals(field.getAttribute("name"))
                    && (!isRadio(field) || ((HTMLInputElement) field).isChecked())) {
                return insideHiddenBlock(field) ? "" : valueOf(field);
            }
        }
        return "";
    }

    private void render(Result result) {
        for (HTMLElement slot : all("[data-error-for]")) {
            String message = result.problems().get(slot.getAttribute("data-error-for"));
            String text = message == null ? "" : message;
            if (!text.equals(slot.getTextContent())) {
                // role=alert announces every write: only a new message is written.
                slot.setTextContent(text);
            }
            slot.setHidden(message == null);
        }
        for (HTMLElement field : fields()) {
            if (result.problems().containsKey(field.getAttribute("name"))) {
                field.setAttribute("aria-invalid", "true");
            } else {
                field.removeAttribute("aria-invalid");
            }
        }
        HTMLElement status = root.querySelector("[data-status]");
        if (status != null) {
            int shown = shownProblems(result);
            // A problem of the whole form is shown in its own slot; the status line counts the fields to fix, or
            // shows the first message when none of them is visible (so a problem is never invisible).
            boolean formSlot = root.querySelector("[data-error-for='" + Run.FORM + "']") != null;
            status.setTextContent(result.isValid() ? "" : shown > 0
                    ? "有 " + shown + " 個問題需要修正，修正後才會顯示結果。"
                    : formSlot && result.problems().containsKey(Run.FORM) ? ""
                    : result.problems().values().iterator().next());
        }
        for (HTMLElement block : all("[data-results]")) {
            block.setHidden(!result.isValid());
        }
        if (result.isValid()) {
            writeOutputs(result);
        }
    }

    private void writeOutputs(Result result) {
        for (HTMLElement out : all("[data-out]")) {
            String name = out.getAttribute("data-out");
            String text = result.texts().get(name);
            out.setTextContent(text == null ? "—" : text);
            String value = result.values().get(name);
            if (value != null && "DATA".equals(out.getTagName())) {
                out.setAttribute("value", value);
            }
        }
        for (HTMLElement out : all("[data-html]")) {
            String markup = result.html().get(out.getAttribute("data-html"));
            out.setInnerHTML(markup == null ? "" : markup);
        }
    }

    private static boolean isIn(List<HTMLElement> blocks, HTMLElement field) {
        for (HTMLElement block : blocks) {
            if (Dom.contains(block, field)) {
                return true;
            }
        }
        return false;
    }

    private List<HTMLElement> fields() {
        return all("input[name], select[name], textarea[name]");
    }

    /**
     * Problems the reader can see: those whose message slot is on the page and not inside a block hidden by a
     * choice (a field the reader cannot see also cannot be fixed, so it is not counted). With none, the status
     * line shows the first message itself, so a problem is never invisible.
     */
    private int shownProblems(Result result) {
        // One problem marked on several fields (rank against d and k) counts once: the status counts what to fix.
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (HTMLElement slot : all("[data-error-for]")) {
            String name = slot.getAttribute("data-error-for");
            if (!name.equals(Run.FORM) && result.problems().containsKey(name) && !insideHiddenBlock(slot)) {
                shown.add(result.problems().get(name));
            }
        }
        return shown.size();
    }

    private boolean insideHiddenBlock(HTMLElement element) {
        for (org.teavm.jso.dom.xml.Node n = element.getParentNode(); n != null && n != root; n = n.getParentNode()) {
            if (((org.teavm.jso.dom.xml.Element) n).hasAttribute("hidden")) {
                return true;
            }
        }
        return false;
    }

    private List<HTMLElement> all(String selector) {
        return list(root.querySelectorAll(selector));
    }

    static List<HTMLElement> list(NodeList<? extends HTMLElement> nodes) {
        List<HTMLElement> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add(nodes.item(i));
        }
        return elements;
    }

    /** A checkbox reads "yes" or "no"; every other field its value. */
    private static String valueOf(HTMLElement field) {
        return isCheckbox(field) ? (((HTMLInputElement) field).isChecked() ? "yes" : "no") : Dom.value(field);
    }

    private static boolean isCheckbox(HTMLElement field) {
        return "INPUT".equals(field.getTagName()) && "checkbox".equals(((HTMLInputElement) field).getType());
    }

    private static boolean isRadio(HTMLElement field) {
        return "INPUT".equals(field.getTagName()) && "radio".equals(((HTMLInputElement) field).getType());
    }
}
