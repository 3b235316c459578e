package notes.site;

import java.util.ArrayList;
import java.util.List;

import notes.form.Calculator;
import notes.form.Choice;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.FieldKind;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.form.RowGroup;
import notes.form.Run;

/**
 * A calculator's {@link Declaration} as the blocks its generated form is drawn from
 * ({@code templates/calculators/_form.html}, one fragment per block kind in {@code _parts.html}): fields with the
 * ids, names and show-when conditions the page binding reads, checkbox groups, row groups, and result blocks (the
 * labelled values of a grid, sentences, tables, charts and lists) in declaration order.
 *
 * <p>The form is drawn as the page binding leaves it after mounting on a fresh page: the initial rows of each row
 * group, each conditional block shown or hidden as the initial values decide, and the results of the initial values
 * computed here by the same {@link Run#compute} the page runs. The page then shows its results before (and without)
 * its script, and mounting changes nothing a reader sees.
 *
 * @param declaration the calculator
 * @param fields      the form's blocks, top-level fields first
 * @param rowGroups   repeated rows, drawn after the fields
 * @param results     the result blocks
 * @param initial     the initial values, checked ({@link Fields#shownText()} says which fields are shown)
 * @param computed    the results of the initial values, or null when the form has none before the reader acts (a
 *                    calculator that reads a file)
 */
public record CalculatorForm(Declaration declaration, List<FieldBlock> fields, List<RowBlock> rowGroups,
                             List<ResultBlock> results, Fields initial, Result computed) {

    /** One field, or a fieldset of adjacent checkboxes ({@code kind} "checkboxes", with {@code boxes}). */
    public record FieldBlock(String kind, String id, String name, String label, String value, String inputMode,
                             String hint, String showWhen, List<Choice> choices, List<FieldBlock> boxes, int rows) {
        /** This field in row {@code i} of its group: {@code {i}} becomes the index, {@code {n}} the row's number. */
        FieldBlock inRow(int i) {
            return new FieldBlock(kind, rowText(id, i), rowText(name, i), rowText(label, i), rowText(value, i),
                    inputMode, rowText(hint, i), rowText(showWhen, i), choices,
                    boxes.stream().map(b -> b.inRow(i)).toList(), rows);
        }
    }

    /** A row group with its row template's fields (named with {@code {i}}). */
    public record RowBlock(String prefix, String legend, int initial, int max, String addLabel, String removeLabel,
                           List<FieldBlock> fields) {
        /** The rows of a fresh page, as the page binding makes them from the template. */
        public List<RowBlock> initialRows() {
            List<RowBlock> rows = new ArrayList<>();
            for (int i = 0; i < Math.max(1, Math.min(initial, max)); i++) {
                int row = i;
                rows.add(new RowBlock(prefix, rowText(legend, i), initial, max, addLabel, rowText(removeLabel, i),
                        fields.stream().map(f -> f.inRow(row)).toList()));
            }
            return rows;
        }
    }

    /** A row template's text in row {@code i} (RepeatedRows in the page replaces the same two marks). */
    private static String rowText(String text, int i) {
        return text == null ? null : text.replace("{i}", Integer.toString(i)).replace("{n}", Integer.toString(i + 1));
    }

    /** A result block: "grid" (with {@code items}), "sentence", "table", "chart" or "list". */
    public record ResultBlock(String kind, String id, Output output, List<Output> items) {
    }

    /** The form of a declaration alone, with no results before the reader acts. */
    public static CalculatorForm of(Declaration d) {
        return of(d, null);
    }

    /**
     * The form of {@code calculator} with the results of its initial values; none for a calculator that reads a
     * file (nothing to compute before the reader picks one) or whose initial values do not compute.
     */
    public static CalculatorForm of(Calculator calculator) {
        Declaration d = calculator.declaration();
        boolean readsAFile = d.fields().stream().anyMatch(f -> f.kind() == FieldKind.FILE);
        Result result = readsAFile ? null : Run.compute(calculator, java.util.Map.of());
        return of(d, result != null && result.isValid() ? result : null);
    }

    private static CalculatorForm of(Declaration d, Result computed) {
        List<RowBlock> groups = new ArrayList<>();
        for (RowGroup g : d.rowGroups()) {
            String rowPrefix = g.prefix() + ".{i}.";
            groups.add(new RowBlock(g.prefix(), g.legend(), g.initial(), g.max(), g.addLabel(), g.removeLabel(),
                    blocks(d, g.fields(), rowPrefix)));
        }
        return new CalculatorForm(d, blocks(d, d.fields(), ""), groups, results(d),
                new Fields(d, java.util.Map.of()), computed);
    }

    /**
     * Whether a block with {@code data-show-when="field=value"} starts hidden: its field, shown, does not have that
     * initial value (the page binding's rule; a hidden or missing field has no value).
     */
    public boolean hidden(String showWhen) {
        if (showWhen == null) {
            return false;
        }
        int eq = showWhen.indexOf('=');
        return !showWhen.substring(eq + 1).equals(initial.shownText().get(showWhen.substring(0, eq)));
    }

    /** The initial text of output {@code name} ("—" when the result has none, as the page writes), or null. */
    public String text(String name) {
        return computed == null ? null : computed.texts().getOrDefault(name, "—");
    }

    /** The exact initial value behind output {@code name}, or null. */
    public String value(String name) {
        return computed == null ? null : computed.values().get(name);
    }

    /** The initial markup of output {@code name} (table rows, SVG, list items), or null. */
    public String html(String name) {
        return computed == null ? null : computed.html().getOrDefault(name, "");
    }

    public String titleId() {
        return declaration.name() + "-title";
    }

    private static List<FieldBlock> blocks(Declaration d, List<Field> fields, String rowPrefix) {
        List<FieldBlock> blocks = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.kind() == FieldKind.CHECKBOX) {
                List<FieldBlock> boxes = new ArrayList<>();
                for (; i < fields.size() && fields.get(i).kind() == FieldKind.CHECKBOX
                        && fields.get(i).group().equals(f.group()); i++) {
                    boxes.add(block(d, fields.get(i), rowPrefix));
                }
                i--;
                blocks.add(new FieldBlock("checkboxes", null, null, f.group(), null, null, null,
                        showWhen(d, f, rowPrefix), List.of(), boxes, 0));
            } else {
                blocks.add(block(d, f, rowPrefix));
            }
        }
        return blocks;
    }

    private static FieldBlock block(Declaration d, Field f, String rowPrefix) {
        String name = rowPrefix + f.name();
        String id = d.name() + "-" + name.replace('.', '-');
        return new FieldBlock(kindOf(f), id, name, f.label(), f.initial(), inputMode(f), f.hint(),
                showWhen(d, f, rowPrefix), f.choices(), List.of(), Math.min(Math.max(f.maxRows(), 3), 8));
    }

    private static String kindOf(Field f) {
        return switch (f.kind()) {
            case NUMBER, INTEGER, DATE, TEXT, VECTOR -> "input";
            case SELECT -> "select";
            case RADIO -> "radio";
            case CHECKBOX -> "checkbox";
            case MATRIX -> "textarea";
            case FILE -> "file";
        };
    }

    /**
     * The keyboard a phone shows: digits only for whole numbers, digits with a decimal point for decimals; text
     * where a minus sign is needed (negative numbers, and dates' hyphens: phones' number pads have neither).
     */
    private static String inputMode(Field f) {
        return switch (f.kind()) {
            case INTEGER -> f.min() < 0 ? "text" : "numeric";
            case NUMBER -> f.min() < 0 ? "text" : "decimal";
            default -> "text";
        };
    }

    /** "field=value" with the condition's full field name (a row's own field keeps the row's {i}). */
    private static String showWhen(Declaration d, Field f, String rowPrefix) {
        if (f.showWhenField() == null) {
            return null;
        }
        boolean sameRow = !rowPrefix.isEmpty() && d.field(rowPrefix.replace("{i}", "0") + f.showWhenField()) != null;
        return (sameRow ? rowPrefix : "") + f.showWhenField() + "=" + f.showWhenValue();
    }

    private static List<ResultBlock> results(Declaration d) {
        List<ResultBlock> blocks = new ArrayList<>();
        List<Output> grid = null;
        for (Output o : d.outputs()) {
            if (o.kind() == Output.Kind.VALUE) {
                if (grid == null) {
                    grid = new ArrayList<>();
                    blocks.add(new ResultBlock("grid", null, null, grid));
                }
                grid.add(o);
            } else {
                grid = null;
                String id = d.name() + "-" + o.name().replace('.', '-') + "-caption";
                blocks.add(new ResultBlock(o.kind().name().toLowerCase(java.util.Locale.ROOT), id, o, List.of()));
            }
        }
        return blocks;
    }
}
