package notes.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import notes.form.Calculator;
import notes.form.Field;
import notes.form.FieldKind;
import notes.form.Fields;
import notes.form.Registry;

/**
 * Every registered calculator with the note page that embeds it and one numeric input to vary, derived from the
 * registry and content/, so the benchmarks and browser smoke tests pick up a new calculator with no list to edit.
 */
final class EmbeddedCalculators {
    private EmbeddedCalculators() {
    }

    /**
     * @param calculator the registered calculator
     * @param page       the first note page embedding it, relative to the site ("notes/lora.html")
     * @param field      a numeric field shown with the defaults (null for a calculator without one)
     * @param values     values for that field, around its default and inside its range
     */
    record Embedded(Calculator calculator, String page, Field field, double[] values) {
        String name() {
            return calculator.declaration().name();
        }

        /** The page with the query that shows the varied field (its show-when conditions, transitively). */
        String pageShowingField() {
            StringBuilder query = new StringBuilder();
            for (Field f = field; f != null && f.showWhenField() != null;
                 f = calculator.declaration().field(f.showWhenField())) {
                query.append(query.length() == 0 ? '?' : '&').append(f.showWhenField()).append('=')
                        .append(f.showWhenValue());
            }
            return page + query;
        }

        /** A CSS selector of the varied input. */
        String input() {
            return "[data-calculator='" + name() + "'] [name='" + field.name() + "']";
        }
    }

    /** Every registered calculator a note embeds, in registry order. */
    static List<Embedded> all() {
        List<Embedded> all = new ArrayList<>();
        for (Calculator c : Registry.all().values()) {
            String page = pageOf(c.declaration().name());
            if (page != null) {
                Field field = variedField(c);
                all.add(new Embedded(c, page, field, field == null ? new double[0] : around(field)));
            }
        }
        return all;
    }

    /** Those with a numeric input (every one but the file reader, whose numbers appear once a file is open). */
    static List<Embedded> withNumericInput() {
        return all().stream().filter(e -> e.field() != null).toList();
    }

    static String pageOf(String calculator) {
        try (Stream<Path> notes = Files.walk(Repo.root().resolve("content"))) {
            for (Path note : (Iterable<Path>) notes.filter(p -> p.toString().endsWith(".md")).sorted()::iterator) {
                for (String line : Files.readAllLines(note, StandardCharsets.UTF_8)) {
                    Matcher m = Embeds.SOURCE.matcher(line);
                    if (m.matches() && m.group(1).equals(calculator)) {
                        String file = note.getFileName().toString();
                        return "notes/" + file.substring(0, file.length() - 3) + ".html";
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Field variedField(Calculator c) {
        if (c.declaration().fields().stream().anyMatch(f -> f.kind() == FieldKind.FILE)) {
            return null;
        }
        // A field shown with the defaults if there is one; otherwise the first numeric field behind a choice.
        Fields defaults = new Fields(c.declaration(), Map.of());
        return c.declaration().fields().stream().filter(Field::isNumeric)
                .min(java.util.Comparator.comparing(f -> defaults.isShown(f.name()) ? 0 : 1)).orElse(null);
    }

    /** 64 values from half to one and a half times the default, kept in range, whole for whole-number fields. */
    private static double[] around(Field f) {
        double initial = Double.parseDouble(f.initial().replace(",", ""));
        double[] values = new double[64];
        for (int i = 0; i < values.length; i++) {
            double v = initial * (0.5 + i / 63.0);
            v = Math.max(f.minExclusive() ? f.min() + 1e-9 : f.min(), Math.min(f.max(), v));
            values[i] = f.kind() == FieldKind.INTEGER ? Math.max(Math.ceil(f.min()), Math.rint(v)) : v;
        }
        return values;
    }
}
