package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import notes.form.Calculator;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.FieldKind;
import notes.form.Output;
import notes.form.Registry;
import notes.form.RowGroup;

/**
 * For every registered calculator, the form the site builds (generated from its declaration, or its layout
 * override) and the declaration agree both ways: every field, error slot and output of one is in the other, and an
 * output shown for one choice only carries that condition. A mistyped {@code name=}, {@code data-out} or
 * {@code data-error-for} in an override fails here instead of showing "—" or "請填寫…" on the page.
 */
class CalculatorFormContractTest {
    private final Embeds embeds = new Embeds(Repo.root().resolve("templates"));

    @TestFactory
    Stream<DynamicTest> everyRegisteredCalculatorsForm() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Calculator c : Registry.all().values()) {
            tests.add(DynamicTest.dynamicTest(c.declaration().name(), () -> formMatches(c.declaration())));
        }
        return tests.stream();
    }

    private void formMatches(Declaration d) {
        assertNull(embeds.prepare(d.name()));
        Document form = Jsoup.parseBodyFragment(embeds.markup(d.name()));
        Element root = form.selectFirst("[data-calculator]");
        assertNotNull(root, d.name());
        assertEquals(d.name(), root.attr("data-calculator"));
        assertEquals(declaredFields(d), named(form, "[name]", "name"), d.name() + ": fields");
        Set<String> slots = declaredFields(d);
        slots.removeIf(name -> isCheckbox(d, name));
        Set<String> slotsOnPage = named(form, "[data-error-for]", "data-error-for");
        // The file reader shows its problems on the file field; every other form has a slot for form-wide ones.
        assertTrue(slotsOnPage.remove("_form") || hasFileField(d), d.name() + ": no form-level error slot");
        assertEquals(slots, slotsOnPage, d.name() + ": error slots");
        Set<String> outputs = new TreeSet<>();
        d.outputs().forEach(o -> outputs.add(o.name()));
        Set<String> onPage = named(form, "[data-out]", "data-out");
        onPage.addAll(named(form, "[data-html]", "data-html"));
        assertEquals(outputs, onPage, d.name() + ": outputs");
        for (Output o : d.outputs()) {
            String attribute = o.isMarkup() ? "data-html" : "data-out";
            Element out = form.selectFirst("[" + attribute + "='" + o.name() + "']");
            assertNotNull(out, d.name() + ": " + o.name() + " needs " + attribute);
            assertEquals(o.showWhen(), condition(out), d.name() + ": " + o.name() + "'s show-when condition");
        }
    }

    /** The show-when condition of an element or of the nearest block around it, or null when it always shows. */
    private static String condition(Element e) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at.hasAttr("data-show-when")) {
                return at.attr("data-show-when");
            }
        }
        return null;
    }

    /**
     * Declared names as the form writes them: a row group's fields with {i} for the row in its template, and with
     * the row's index in the rows of a fresh page (the group's initial count, at least one and at most its maximum).
     */
    private static Set<String> declaredFields(Declaration d) {
        Set<String> names = new TreeSet<>();
        d.fields().forEach(f -> names.add(f.name()));
        for (RowGroup g : d.rowGroups()) {
            for (Field f : g.fields()) {
                names.add(g.prefix() + ".{i}." + f.name());
                for (int i = 0; i < Math.max(1, Math.min(g.initial(), g.max())); i++) {
                    names.add(g.prefix() + "." + i + "." + f.name());
                }
            }
        }
        return names;
    }

    private static boolean isCheckbox(Declaration d, String name) {
        return d.field(name.replace("{i}", "0")).kind() == FieldKind.CHECKBOX;
    }

    private static boolean hasFileField(Declaration d) {
        return d.fields().stream().anyMatch(f -> f.kind() == FieldKind.FILE);
    }

    /** Attribute values of matching elements, including those inside row templates. */
    private static Set<String> named(Document form, String selector, String attribute) {
        Set<String> values = new TreeSet<>();
        form.select(selector).forEach(e -> values.add(e.attr(attribute)));
        for (Element template : form.select("template")) {
            Jsoup.parseBodyFragment(template.html()).select(selector).forEach(e -> values.add(e.attr(attribute)));
        }
        return values;
    }
}
