package notes.site.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * Images with their size written in, so the page keeps its layout while they load (no layout shift), loaded lazily
 * and decoded off the main thread; an image that is a paragraph of its own is a {@code <figure>}, its title the
 * caption. Used when the build gives {@link NotesExtension#IMAGES}; without it flexmark's plain image is kept.
 */
final class FigureRenderer implements NodeRenderer {
    private final NotesExtension.ImageSizes sizes;

    FigureRenderer(DataHolder options) {
        this.sizes = NotesExtension.IMAGES.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph));
    }

    private void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
        Node only = node.getFirstChild();
        if (sizes == null || !(only instanceof Image image) || only.getNext() != null) {
            context.delegateRender();
            return;
        }
        String caption = image.getTitle().unescape();
        html.attr("class", "figure").withAttr().tagLineIndent("figure", () -> {
            image(image, context, html);
            if (!caption.isBlank()) {
                html.line().tag("figcaption").text(caption).tag("/figcaption");
            }
        });
    }

    private void image(Image node, NodeRendererContext context, HtmlWriter html) {
        if (sizes == null || context.isDoNotRenderLinks()) {
            context.delegateRender();
            return;
        }
        String url = context.resolveLink(LinkType.IMAGE, node.getUrl().unescape(), null, null).getUrl();
        String page = NotesExtension.PAGE.get(node.getDocument());
        int[] size = sizes.size(page, node.getUrl().unescape());
        html.attr("src", url).attr("alt", new TextCollectingVisitor().collectAndGetText(node));
        if (size != null) {
            html.attr("width", Integer.toString(size[0])).attr("height", Integer.toString(size[1]));
        }
        html.attr("loading", "lazy").attr("decoding", "async");
        html.withAttr().tagVoid("img");
    }
}
