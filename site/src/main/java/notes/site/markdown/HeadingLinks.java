package notes.site.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Names each heading's permalink (flexmark's anchor link, shown as {@code #}) for screen readers: "本節連結：" and the
 * heading's text, so a list of links reads as where each one goes rather than a row of number signs.
 */
final class HeadingLinks implements AttributeProvider {
    private HeadingLinks() {
    }

    static IndependentAttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new HeadingLinks();
            }
        };
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof AnchorLink link && link.getParent() instanceof Heading heading) {
            String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
            attributes.addValue("aria-label", "本節連結：" + text);
        }
    }
}
