package notes.site.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Marks the number columns of a Markdown table with {@code class="num"}, so the style sheet ends them at the end of
 * the cell while text (Chinese above all) starts at the start. The rule: a column is a number column when every
 * non-empty body cell is a number ({@link #isNumber}) and at least one is; a formula, a footnote mark and an empty
 * cell say nothing either way; any word makes it a text column. Its header cell is marked too, so the heading sits
 * over its digits. A column whose alignment the writer set ({@code ---:}) keeps that alignment in the style sheet.
 */
public final class TableColumns implements HtmlRenderer.HtmlRendererExtension {
    /**
     * A number as the notes write one: optional sign and currency, digits with thousands commas and a decimal part,
     * an optional unit of %, 倍 or ×, and several such joined by " / " (4 / 2 / 2).
     */
    private static final Pattern NUMBER = Pattern.compile(
            "[+\\-−]?(?:US\\$|NT\\$|\\$)?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|％|倍|×)?"
                    + "(?:\\s*/\\s*[+\\-−]?(?:US\\$|NT\\$|\\$)?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|％|倍|×)?)*");
    /** A footnote mark ([^a100]) and inline formulas ($...$), which are neither number nor text. */
    private static final Pattern NEUTRAL = Pattern.compile("\\[\\^[^\\]]*\\]|\\$[^$]*\\$");

    private TableColumns() {
    }

    /** The extension, for {@link com.vladsch.flexmark.parser.Parser#EXTENSIONS}. */
    public static TableColumns create() {
        return new TableColumns();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        renderer.attributeProviderFactory(new com.vladsch.flexmark.html.IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                return new Provider();
            }
        });
    }

    /** Whether a cell's Markdown text is a number: 1,979, 17.3 %, 4 / 2 / 2, US$2.5 (not "不支援", not "Q8_0"). */
    public static boolean isNumber(String cell) {
        return NUMBER.matcher(cell.trim()).matches();
    }

    /** A cell says nothing about its column: empty, or only formulas and footnote marks. */
    static boolean isNeutral(String cell) {
        return NEUTRAL.matcher(cell).replaceAll("").isBlank();
    }

    /** Which columns of a table are number columns, by position. */
    static List<Boolean> numberColumns(TableBlock table) {
        List<Boolean> number = new ArrayList<>();
        List<Boolean> text = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (!(section instanceof TableBody)) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                int column = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        String raw = ((TableCell) cell).getText().toString();
                        String markdown = NEUTRAL.matcher(raw).replaceAll("");
                        grow(number, column);
                        grow(text, column);
                        if (!isNeutral(raw)) {
                            if (isNumber(markdown)) {
                                number.set(column, true);
                            } else {
                                text.set(column, true);
                            }
                        }
                        column += Math.max(1, ((TableCell) cell).getSpan());
                    }
                }
            }
        }
        List<Boolean> result = new ArrayList<>();
        for (int i = 0; i < number.size(); i++) {
            result.add(number.get(i) && !text.get(i));
        }
        return result;
    }

    private static void grow(List<Boolean> list, int index) {
        while (list.size() <= index) {
            list.add(false);
        }
    }

    /** Adds the class to each cell of a number column; remembers each table's columns while the page renders. */
    private static final class Provider implements AttributeProvider {
        private final Map<TableBlock, List<Boolean>> tables = new IdentityHashMap<>();

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (!(node instanceof TableCell) || !(node.getParent() instanceof TableRow)) {
                return;
            }
            TableBlock table = (TableBlock) node.getAncestorOfType(TableBlock.class);
            if (table == null) {
                return;
            }
            List<Boolean> columns = tables.computeIfAbsent(table, TableColumns::numberColumns);
            int column = 0;
            for (Node cell = node.getParent().getFirstChild(); cell != node; cell = cell.getNext()) {
                column += cell instanceof TableCell ? Math.max(1, ((TableCell) cell).getSpan()) : 0;
            }
            if (column < columns.size() && columns.get(column)) {
                attributes.addValue("class", "num");
            }
        }
    }
}
