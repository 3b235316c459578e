package notes.site.markdown;

import java.util.Set;
import java.util.function.Function;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * HTML for the nodes of {@link NotesExtension}. A formula's HTML is written into the document as the node's output,
 * never substituted into text afterwards, so nothing a writer types can turn into a formula.
 */
final class NotesRenderer implements NodeRenderer {
    /** A display formula wider than a phone scrolls in its own box, focusable and labelled like a wide table. */
    static final String SCROLLING_FORMULA_START =
            "<span class=\"math-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"公式（可左右捲動）\">";

    private final NotesExtension.TexRenderer tex;
    private final Function<String, String> forms;

    NotesRenderer(DataHolder options) {
        this.tex = NotesExtension.TEX.get(options);
        this.forms = NotesExtension.FORMS.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(InlineMath.class, this::inline),
                new NodeRenderingHandler<>(DisplayMath.class, this::display),
                new NodeRenderingHandler<>(Embed.class, this::embed),
                new NodeRenderingHandler<>(Code.class, NotesRenderer::code));
    }

    private void inline(InlineMath node, NodeRendererContext context, HtmlWriter html) {
        html.rawPre(node.display() ? scrolling(node.tex()) : tex.render(node.tex(), false));
    }

    private void display(DisplayMath node, NodeRendererContext context, HtmlWriter html) {
        html.line().rawPre(scrolling(node.tex())).line();
    }

    private String scrolling(String formula) {
        return SCROLLING_FORMULA_START + tex.render(formula, true) + "</span>";
    }

    /** The calculator's form; a directive without one (the note check reports it) is shown as written. */
    private void embed(Embed node, NodeRendererContext context, HtmlWriter html) {
        String markup = node.name() == null ? null : forms.apply(node.name());
        html.line().rawPre(markup != null ? markup : "<p>" + Escaping.escapeHtml(node.directive(), false) + "</p>")
                .line();
    }

    /**
     * GFM splits table cells on {@code |} before parsing inlines, so {@code \|} in a cell is a pipe even inside a
     * code span (GFM spec, example 200); flexmark keeps the backslash there (flexmark-java issue #604).
     */
    private static void code(Code node, NodeRendererContext context, HtmlWriter html) {
        if (node.getAncestorOfType(TableCell.class) == null) {
            context.delegateRender();
            return;
        }
        String text = Escaping.collapseWhitespace(node.getText(), true).toString().replace("\\|", "|");
        html.withAttr().tag("code").text(text).tag("/code");
    }
}
