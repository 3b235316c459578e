package notes.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * JBake's page renderer ({@code org.jbake.render.DocumentsRenderer} 2.7.0) with previous/next links within a note's
 * topic, found in linear time: JBake looks each page up in the list of all pages by comparing every field of every
 * page, then walks a linked list by index, which is quadratic (43 of 1,440 profile samples at 1,000 notes, and growing
 * with the square), and links across topics. Here each list is indexed once by source file and by topic. Used in the bake through {@link #serviceLoader} and by the dev
 * server's re-render.
 */
public final class NotePages implements RenderingTool {
    private static final String SERVICE = "META-INF/services/" + RenderingTool.class.getName();

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Map<String, Neighbours> byType = new HashMap<>();
        List<String> errors = new ArrayList<>();
        int rendered = 0;
        for (DocumentModel document : db.getUnrenderedContent()) {
            try {
                Neighbours list = byType.computeIfAbsent(document.getType(), t -> new Neighbours(db.getAllContent(t)));
                int at = list.indexOf(document);
                document.setPreviousContent(list.published(at, +1));
                document.setNextContent(list.published(at, -1));
                renderer.render(document);
                db.markContentAsRendered(document);
                rendered++;
            } catch (Exception e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
        }
        return rendered;
    }

    /** JBake's older entry point, which its Oven no longer calls. */
    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, java.io.File destination, java.io.File templatesPath,
                      org.apache.commons.configuration2.CompositeConfiguration config) {
        throw new UnsupportedOperationException("JBake 2.7 renders through render(Renderer, ContentStore,"
                + " JBakeConfiguration)");
    }

    /**
     * The pages of one type, newest first (as JBake lists them), and for each topic ({@code topic=}; null for notes
     * without one) the places of its published pages in that list, ascending: previous and next stay within a topic
     * (the home page's sections), found by binary search.
     */
    private static final class Neighbours {
        private final List<DocumentModel> all;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<Object, int[]> publishedByTopic = new HashMap<>();

        Neighbours(DocumentList<DocumentModel> all) {
            this.all = new ArrayList<>(all);
            Map<Object, List<Integer>> places = new HashMap<>();
            for (int i = 0; i < this.all.size(); i++) {
                DocumentModel document = this.all.get(i);
                index.putIfAbsent(document.getSourceuri(), i);
                if ("published".equals(document.getStatus())) {
                    places.computeIfAbsent(document.get(NoteRenderer.TOPIC), t -> new ArrayList<>()).add(i);
                }
            }
            places.forEach((topic, list) -> publishedByTopic.put(topic,
                    list.stream().mapToInt(Integer::intValue).toArray()));
        }

        int indexOf(DocumentModel document) {
            return index.getOrDefault(document.getSourceuri(), -1);
        }

        /**
         * The nearest published page of the same topic from {@code at} in direction {@code step} (+1: older, JBake's
         * "previous"), as JBake gives it to templates (address and title only); null at the end of the topic. A draft
         * the dev server previews has neighbours but is nobody's neighbour.
         */
        DocumentModel published(int at, int step) {
            if (at < 0) {
                return null;
            }
            int[] places = publishedByTopic.getOrDefault(all.get(at).get(NoteRenderer.TOPIC), new int[0]);
            int found = java.util.Arrays.binarySearch(places, at);
            int next = found >= 0 ? found + step : (step > 0 ? -found - 1 : -found - 2);
            if (next < 0 || next >= places.length) {
                return null;
            }
            DocumentModel candidate = all.get(places[next]);
            DocumentModel nav = new DocumentModel();
            nav.setNoExtensionUri(candidate.getNoExtensionUri());
            nav.setUri(candidate.getUri());
            nav.setTitle(candidate.getTitle());
            return nav;
        }
    }

    /**
     * A class loader for {@code ServiceLoader.load(RenderingTool.class)} in JBake's Oven (it asks the thread's context
     * loader): it names JBake's rendering tools with this one in place of DocumentsRenderer.
     */
    static ClassLoader serviceLoader() {
        return new ClassLoader(NotePages.class.getClassLoader()) {
            @Override
            public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
                return name.equals(SERVICE)
                        ? java.util.Collections.enumeration(List.of(NotePages.class.getResource("rendering-tools")))
                        : super.getResources(name);
            }
        };
    }
}
