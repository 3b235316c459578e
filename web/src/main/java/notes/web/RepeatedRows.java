package notes.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * A block of repeated rows ({@code data-repeat="PREFIX"}): rows are made from its {@code <template>}, whose markup
 * writes {@code {i}} for the row's index (0, 1, ...) and {@code {n}} for its number (1, 2, ...), so the fields are
 * named {@code PREFIX.i.FIELD}. Rows go into the {@code data-rows} element; removing one renumbers those after it.
 */
final class RepeatedRows {
    private final HTMLElement block;
    private final String prefix;
    private final String markup;
    private final HTMLElement container;

    RepeatedRows(HTMLElement block) {
        this.block = block;
        this.prefix = block.getAttribute("data-repeat");
        this.markup = Dom.templateMarkup(block.querySelector("template"));
        this.container = block.querySelector("[data-rows]");
    }

    String prefix() {
        return prefix;
    }

    HTMLElement block() {
        return block;
    }

    int count() {
        return container.querySelectorAll("[data-row]").getLength();
    }

    int max() {
        String max = block.getAttribute("data-max");
        return max == null ? 50 : Integer.parseInt(max);
    }

    /** Adds a row with the template's default values, unless the block is full. */
    void add() {
        if (count() < max()) {
            Dom.append(container, markup.replace("{i}", Integer.toString(count()))
                    .replace("{n}", Integer.toString(count() + 1)));
        }
    }

    /** Makes exactly {@code rows} rows, keeping the template's defaults in new ones. */
    void resize(int rows) {
        int target = Math.max(1, Math.min(rows, max()));
        while (count() > target) {
            rows().get(count() - 1).getParentNode().removeChild(rows().get(count() - 1));
        }
        while (count() < target) {
            add();
        }
    }

    /** Removes row {@code index}: later rows take their successors' values, then the last row goes. */
    void remove(HTMLElement row) {
        List<HTMLElement> rows = rows();
        int index = rows.indexOf(row);
        if (index < 0 || rows.size() <= 1) {
            return;
        }
        List<Map<String, String>> values = new ArrayList<>();
        for (HTMLElement r : rows) {
            values.add(valuesOf(r));
        }
        values.remove(index);
        resize(rows.size() - 1);
        List<HTMLElement> remaining = rows();
        for (int i = 0; i < remaining.size(); i++) {
            restore(remaining.get(i), values.get(i));
        }
    }

    /** A row's values keyed by field name without the {@code PREFIX.i.} part. */
    private Map<String, String> valuesOf(HTMLElement row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (HTMLElement field : FormBinding.list(row.querySelectorAll("[name]"))) {
            values.put(suffix(field.getAttribute("name")), Dom.value(field));
        }
        return values;
    }

    private void restore(HTMLElement row, Map<String, String> values) {
        for (HTMLElement field : FormBinding.list(row.querySelectorAll("[name]"))) {
            String value = values.get(suffix(field.getAttribute("name")));
            if (value != null) {
                Dom.setValue(field, value);
            }
        }
    }

    private static String suffix(String name) {
        int second = name.indexOf('.', name.indexOf('.') + 1);
        return second < 0 ? name : name.substring(second + 1);
    }

    private List<HTMLElement> rows() {
        NodeList<? extends HTMLElement> list = container.querySelectorAll("[data-row]");
        return FormBinding.list(list);
    }
}
