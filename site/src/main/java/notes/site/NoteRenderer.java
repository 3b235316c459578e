package notes.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * JBake's renderer with two changes to each document's page: its previous and next links stay within its topic
 * ({@code topic=} in the front matter; notes without one are the home page's 其他 group), where JBake links to the
 * next note by date whatever its topic; and its tags are listed in {@link NoteStore#tagOrder} (by how many notes
 * carry them, then by name), as the tags index lists them.
 */
final class NoteRenderer extends Renderer {
    /** The front-matter key of a note's home-page section. */
    static final String TOPIC = "topic";
    private final NoteStore store;

    NoteRenderer(NoteStore store, JBakeConfiguration config) {
        super(store, config);
        this.store = store;
    }

    /** JBake's page renderer has set the neighbours by date alone: they are replaced before the page is written. */
    @Override
    public void render(DocumentModel content) throws Exception {
        List<DocumentModel> topic = sameTopic(store.getAllContent(content.getType()), content.get(TOPIC),
                content.getSourceuri());
        int at = indexOf(topic, content.getSourceuri());
        // JBake's order is newest first: "next" is the newer note, "previous" the older one.
        content.setNextContent(at > 0 ? nav(topic.get(at - 1)) : null);
        content.setPreviousContent(at >= 0 && at + 1 < topic.size() ? nav(topic.get(at + 1)) : null);
        String[] tags = content.getTags();
        if (tags != null && tags.length > 1) {
            String[] sorted = tags.clone();
            java.util.Arrays.sort(sorted, store.tagOrder());
            content.setTags(sorted);
        }
        super.render(content);
    }

    /**
     * The published documents of {@code all} (JBake's order, newest first) whose topic is {@code topic} (null: those
     * without one), and the document {@code self} in its place: a draft previewed by the dev server has neighbours,
     * but is nobody's neighbour.
     */
    static List<DocumentModel> sameTopic(List<DocumentModel> all, Object topic, String self) {
        return all.stream().filter(d -> ("published".equals(d.getStatus()) || d.getSourceuri().equals(self))
                && Objects.equals(d.get(TOPIC), topic)).collect(Collectors.toCollection(ArrayList::new));
    }

    private static int indexOf(List<DocumentModel> documents, String sourceUri) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).getSourceuri().equals(sourceUri)) {
                return i;
            }
        }
        return -1;
    }

    /** What the template reads of a neighbour, as JBake gives it: title and address. */
    private static DocumentModel nav(DocumentModel document) {
        DocumentModel nav = new DocumentModel();
        nav.setTitle(document.getTitle());
        nav.setUri(document.getUri());
        nav.setNoExtensionUri(document.getNoExtensionUri());
        return nav;
    }
}
