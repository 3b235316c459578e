package notes.site.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * HTML for the blocks good documentation sites dress up: callouts ({@link Callout}) and code blocks with a copy
 * button. Everything is written when the site is built; {@code js/copy-code.js} only adds the button's behaviour.
 */
final class BlockRenderer implements NodeRenderer {
    /**
     * Before each code block: the copy button, hidden until the script finds a clipboard to write to (without the
     * script it would do nothing), and the live region that announces the copy to screen readers.
     */
    static final String CODE_BLOCK_START = "<div class=\"code-block\"><button type=\"button\" class=\"copy-code\""
            + " aria-label=\"複製程式碼\" hidden>複製</button><span class=\"copy-status\" role=\"status\""
            + " aria-live=\"polite\"></span>";

    BlockRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Callout.class, BlockRenderer::callout),
                new NodeRenderingHandler<>(FencedCodeBlock.class, BlockRenderer::code),
                new NodeRenderingHandler<>(IndentedCodeBlock.class, BlockRenderer::code));
    }

    /** A labelled note box: role=note with the label as its accessible name and as its first, visible line. */
    private static void callout(Callout node, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "callout callout-" + node.kind()).attr("role", "note").attr("aria-label", node.label())
                .withAttr().tagLineIndent("div", () -> {
                    html.attr("class", "callout-title").withAttr().tag("p").text(node.label()).tag("/p").line();
                    context.renderChildren(node);
                });
    }

    /** flexmark's own code block inside a box with the copy button (highlighting happens later, on the HTML). */
    private static void code(Node node, NodeRendererContext context, HtmlWriter html) {
        html.line().raw(CODE_BLOCK_START);
        context.delegateRender();
        html.raw("</div>").line();
    }
}
