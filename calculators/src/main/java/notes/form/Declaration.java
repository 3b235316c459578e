package notes.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the site, the page binding and the command line need to know about one calculator besides its
 * compute function: its name (used in notes as {@code {{< calculator NAME >}}}, in the command line and in the
 * page's {@code data-calculator}), its zh-Hant title, its fields (in form order), its repeated row groups and its
 * outputs (in result order). Built fluently, e.g.
 * {@code Declaration.of("lora", "試算：LoRA 參數量").fields(...).outputs(...)}.
 */
public final class Declaration {
    private final String name;
    private final String title;
    private final List<Field> fields = new ArrayList<>();
    private final List<RowGroup> rowGroups = new ArrayList<>();
    private final List<Output> outputs = new ArrayList<>();

    private Declaration(String name, String title) {
        this.name = name;
        this.title = title;
    }

    /** A calculator named {@code name} (lower case, digits and hyphens) with a zh-Hant {@code title}. */
    public static Declaration of(String name, String title) {
        return new Declaration(name, title);
    }

    /** Adds fields, in form order. */
    public Declaration fields(Field... more) {
        Collections.addAll(fields, more);
        return this;
    }

    /** Adds a group of repeated rows, drawn after the fields. */
    public Declaration rows(RowGroup group) {
        rowGroups.add(group);
        return this;
    }

    /** Adds outputs, in result order. */
    public Declaration outputs(Output... more) {
        Collections.addAll(outputs, more);
        return this;
    }

    /** The calculator's name (lower case, digits, hyphens). */
    public String name() {
        return name;
    }

    /** The zh-Hant title shown above the form. */
    public String title() {
        return title;
    }

    /** The top-level fields, in form order. */
    public List<Field> fields() {
        return Collections.unmodifiableList(fields);
    }

    /** The row groups, in form order. */
    public List<RowGroup> rowGroups() {
        return Collections.unmodifiableList(rowGroups);
    }

    /** The outputs, in result order. */
    public List<Output> outputs() {
        return Collections.unmodifiableList(outputs);
    }

    /** The field named {@code name} ({@code "series.3.invested"} finds the row group's {@code "invested"}), or null. */
    public Field field(String name) {
        for (Field f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        RowGroup group = groupOf(name);
        if (group != null) {
            String shortName = name.substring(name.indexOf('.', group.prefix().length() + 1) + 1);
            for (Field f : group.fields()) {
                if (f.name().equals(shortName)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The row group a full field name belongs to ({@code PREFIX.ROW.NAME}), or null. */
    public RowGroup groupOf(String fullName) {
        for (RowGroup group : rowGroups) {
            String start = group.prefix() + ".";
            int dot = fullName.indexOf('.', start.length());
            boolean indexed = dot > start.length() && isIndex(fullName.substring(start.length(), dot));
            if (fullName.startsWith(start) && indexed) {
                return group;
            }
        }
        return null;
    }

    /** The output named {@code name}, or null. */
    public Output output(String name) {
        for (Output o : outputs) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return null;
    }

    /**
     * What is wrong with this declaration, one sentence each (empty when it is consistent): a name that is not
     * lower-case letters, digits and hyphens; a field or output name used twice; a show-when condition on a field
     * not declared before it (the field would stay hidden forever), or an output's on anything but an option of a
     * top-level choice; an initial value outside its field's range or options; a whole-number range beyond Java's
     * int. {@link Registry} refuses a calculator with any.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!isName(name)) {
            problems.add(name + ": a name is lower-case letters, digits and hyphens");
        }
        checkFields(fields, "", new ArrayList<>(), problems);
        for (RowGroup g : rowGroups) {
            List<String> before = new ArrayList<>();
            fields.forEach(f -> before.add(f.name()));
            checkFields(g.fields(), g.prefix() + ".", before, problems);
        }
        List<String> seen = new ArrayList<>();
        for (Output o : outputs) {
            if (seen.contains(o.name())) {
                problems.add(name + ": output " + o.name() + " is declared twice");
            }
            seen.add(o.name());
            checkCondition(o, problems);
        }
        return problems;
    }

    /** An output's condition names a top-level choice and one of its options, else the output would never show. */
    private void checkCondition(Output o, List<String> problems) {
        if (o.showWhenField() == null) {
            return;
        }
        boolean found = false;
        for (Field f : fields) {
            for (Choice c : f.name().equals(o.showWhenField()) ? f.choices() : List.<Choice>of()) {
                found |= c.value().equals(o.showWhenValue());
            }
        }
        if (!found) {
            problems.add(name + ": output " + o.name() + " depends on " + o.showWhen()
                    + ", which is not a top-level field with that option");
        }
    }

    private void checkFields(List<Field> group, String prefix, List<String> before, List<String> problems) {
        List<String> own = new ArrayList<>();
        for (Field f : group) {
            String where = name + ": field " + prefix + f.name();
            if (own.contains(f.name())) {
                problems.add(where + " is declared twice");
            }
            if (f.showWhenField() != null && !own.contains(f.showWhenField()) && !before.contains(f.showWhenField())) {
                problems.add(where + " depends on " + f.showWhenField() + ", which is not declared before it");
            }
            checkInitial(f, where, problems);
            own.add(f.name());
        }
    }

    private static void checkInitial(Field f, String where, List<String> problems) {
        String initial = f.initial().replace("{n}", "1");
        if (f.kind() == FieldKind.INTEGER && (f.min() < Integer.MIN_VALUE || f.max() > Integer.MAX_VALUE)) {
            problems.add(where + " has a whole-number range beyond int");
        }
        if (f.isNumeric() && !initial.isEmpty()) {
            Double v = Decimals.parseOrNull(initial.replace(",", ""));
            if (v == null || v > f.max() || (f.minExclusive() ? v <= f.min() : v < f.min())) {
                problems.add(where + " starts at " + f.initial() + ", outside its range");
            }
        }
        if (!f.choices().isEmpty() && f.choices().stream().noneMatch(c -> c.value().equals(f.initial()))) {
            problems.add(where + " starts at " + f.initial() + ", which is not one of its options");
        }
    }

    private static boolean isName(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    static boolean isIndex(String text) {
        if (text.isEmpty() || text.length() > 3) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
