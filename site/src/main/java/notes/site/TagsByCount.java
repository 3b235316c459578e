package notes.site;

import java.util.Map;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.template.ModelExtractor;
import org.jbake.template.model.TagsExtractor;
import org.jbake.template.model.TemplateModel;

/**
 * The template variable {@code tags_by_count}: JBake's {@code tags} (each tag's name, address and published
 * documents) in {@link TagOrder}, the most used first. JBake's own list comes in no useful order (the store's set,
 * then reversed), and Thymeleaf cannot sort by a count. Registered in
 * {@code META-INF/org.jbake.template.ModelExtractors.properties}, which JBake reads from the class path (and loads
 * with its own class loader, so this class counts from the list itself rather than asking our store: the dev
 * server's store may come from another loader).
 */
public final class TagsByCount implements ModelExtractor<DocumentList<TemplateModel>> {
    @Override
    public DocumentList<TemplateModel> get(ContentStore db, Map model, String key) {
        DocumentList<TemplateModel> tags = new TagsExtractor().get(db, model, key);
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (TemplateModel tag : tags) {
            counts.put(String.valueOf(tag.get("name")), ((java.util.List<?>) tag.get("tagged_documents")).size());
        }
        java.util.Comparator<String> order = TagOrder.byCount(counts);
        tags.sort((a, b) -> order.compare(String.valueOf(a.get("name")), String.valueOf(b.get("name"))));
        return tags;
    }
}
