package notes.cli;

import java.util.ArrayList;
import java.util.List;

import notes.base.JsonText;
import notes.form.Calculator;
import notes.form.Choice;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Output;
import notes.form.RowGroup;

/**
 * {@code calculators.jar list}: every registered calculator as JSON, one object per calculator with its fields
 * ({@code name, label, kind, unit, min, minExclusive, max, default, choices}) and outputs ({@code name, label,
 * kind, unit}, and a table's {@code columns}, the order of its rows' cells). A row
 * group's fields are listed as {@code PREFIX.0.NAME} (the first row).
 */
final class RegistryJson {
    private RegistryJson() {
    }

    static String write(Iterable<Calculator> calculators) {
        List<String> entries = new ArrayList<>();
        for (Calculator c : calculators) {
            entries.add(entry(c.declaration()));
        }
        return "[\n" + String.join(",\n", entries) + "\n]";
    }

    private static String columns(Output o) {
        if (o.columns().isEmpty()) {
            return "";
        }
        List<String> quoted = new ArrayList<>();
        for (String c : o.columns()) {
            quoted.add(JsonText.quote(c));
        }
        return ", \"columns\": [" + String.join(", ", quoted) + "]";
    }

    private static String entry(Declaration d) {
        List<String> fields = new ArrayList<>();
        for (Field f : d.fields()) {
            fields.add(field(f.name(), f));
        }
        for (RowGroup group : d.rowGroups()) {
            for (Field f : group.fields()) {
                fields.add(field(group.prefix() + ".0." + f.name(), f));
            }
        }
        List<String> outputs = new ArrayList<>();
        for (Output o : d.outputs()) {
            outputs.add("{\"name\": " + JsonText.quote(o.name()) + ", \"label\": " + JsonText.quote(o.label())
                    + ", \"kind\": " + JsonText.quote(o.kind().name()) + ", \"unit\": " + JsonText.quote(o.unit())
                    + columns(o) + "}");
        }
        return "  {\"name\": " + JsonText.quote(d.name()) + ", \"title\": " + JsonText.quote(d.title())
                + ",\n   \"fields\": [\n    " + String.join(",\n    ", fields) + "],\n   \"outputs\": [\n    "
                + String.join(",\n    ", outputs) + "]}";
    }

    private static String field(String name, Field f) {
        List<String> choices = new ArrayList<>();
        for (Choice c : f.choices()) {
            choices.add(JsonText.quote(c.value()));
        }
        return "{\"name\": " + JsonText.quote(name) + ", \"label\": " + JsonText.quote(f.label()) + ", \"kind\": "
                + JsonText.quote(f.kind().name().toLowerCase(java.util.Locale.ROOT)) + ", \"unit\": "
                + JsonText.quote(f.unit()) + ", \"min\": " + (f.isNumeric() ? Decimals.plain(f.min()) : "null")
                + ", \"minExclusive\": " + (f.isNumeric() && f.minExclusive())
                + ", \"max\": " + (f.isNumeric() ? Decimals.plain(f.max()) : "null") + ", \"default\": "
                + JsonText.quote(f.initial()) + ", \"choices\": [" + String.join(", ", choices) + "]}";
    }
}
