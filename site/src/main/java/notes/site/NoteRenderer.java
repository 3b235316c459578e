package notes.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * JBake's renderer with each document's tags listed in {@link NoteStore#tagOrder} (by how many notes carry them, then
 * by name), as the tags index lists them. Previous and next links within a topic are set before, by
 * {@link NotePages}; {@link #sameTopic} is the same rule for the dev server's list of pages to re-render.
 */
final class NoteRenderer extends Renderer {
    /** The front-matter key of a note's home-page section. */
    static final String TOPIC = "topic";
    private final NoteStore store;

    NoteRenderer(NoteStore store, JBakeConfiguration config) {
        super(store, config);
        this.store = store;
    }

    @Override
    public void render(DocumentModel content) throws Exception {
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
}
