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

    public Declaration fields(Field... more) {
        Collections.addAll(fields, more);
        return this;
    }

    public Declaration rows(RowGroup group) {
        rowGroups.add(group);
        return this;
    }

    public Declaration outputs(Output... more) {
        Collections.addAll(outputs, more);
        return this;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public List<Field> fields() {
        return Collections.unmodifiableList(fields);
    }

    public List<RowGroup> rowGroups() {
        return Collections.unmodifiableList(rowGroups);
    }

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
            if (fullName.startsWith(start) && dot > start.length() && isIndex(fullName.substring(start.length(), dot))) {
                return group;
            }
        }
        return null;
    }

    public Output output(String name) {
        for (Output o : outputs) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return null;
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
