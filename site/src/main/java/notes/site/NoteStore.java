package notes.site;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store, with three changes that keep a bake linear in the number of notes and let the dev server
 * re-render one note:
 * <ul>
 * <li>the list of all documents of a type is read once per bake, not once per page: JBake's page renderer asks for
 * it (every document, with its body) to find each page's previous and next links, about 28 % of a 1,000-note bake;
 * <li>which pages are rendered, and each source file's hash, are remembered here: JBake updated the flag with a
 * statement per page that scanned every document (another 9 %) and queried the hash once per file;
 * <li>the store can stay open after a bake ({@link #keepOpen}), so that JBake's crawler finds the notes that did
 * not change and a later bake renders only the changed ones.
 * </ul>
 */
final class NoteStore extends ContentStore {
    private final Map<String, DocumentList<DocumentModel>> allContent = new HashMap<>();
    private final Set<String> rendered = new HashSet<>();
    private final Map<String, String> hashes = new HashMap<>();
    private final boolean keepOpen;
    /** Published documents per tag, cleared with {@link #allContent}. */
    private Map<String, Integer> tagCounts;

    /** @param keepOpen whether {@link #close} (which JBake calls after each bake) leaves it open for {@link #release} */
    NoteStore(String type, String name, boolean keepOpen) {
        super(type, name);
        this.keepOpen = keepOpen;
    }

    /** Tags in {@link TagOrder}, counted over the published documents of this bake. */
    Comparator<String> tagOrder() {
        if (tagCounts == null) {
            tagCounts = new HashMap<>();
            for (String type : org.jbake.model.DocumentTypes.getDocumentTypes()) {
                for (DocumentModel document : getAllContent(type)) {
                    if ("published".equals(document.getStatus()) && document.getTags() != null) {
                        for (String tag : document.getTags()) {
                            tagCounts.merge(tag, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return TagOrder.byCount(tagCounts);
    }

    /** The cached list stays valid while pages are rendered; adding or deleting documents clears it. */
    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return allContent.computeIfAbsent(docType, super::getAllContent);
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        rendered.add(document.getSourceuri());
    }

    /** Newest first, as JBake orders them; a few are looked up by address, many read in one query. */
    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        List<String> uris = hashes.keySet().stream().filter(uri -> !rendered.contains(uri)).collect(Collectors.toList());
        DocumentList<DocumentModel> unrendered = new DocumentList<>();
        if (uris.size() * 4 < hashes.size()) {
            uris.forEach(uri -> unrendered.addAll(getDocumentByUri(uri)));
            unrendered.sort(Comparator.comparing(DocumentModel::getDate,
                    Comparator.nullsLast(Comparator.reverseOrder())));
        } else {
            super.getUnrenderedContent().stream().filter(d -> !rendered.contains(d.getSourceuri()))
                    .forEach(unrendered::add);
        }
        return unrendered;
    }

    /**
     * JBake's crawler asks for each file's hash and rendered flag to decide whether to parse it again; answered
     * from memory, since a query per file was most of the dev server's rebuild of one note at 1,000 notes.
     */
    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> status = new DocumentList<>();
        String sha1 = hashes.get(uri);
        if (sha1 != null) {
            DocumentModel document = new DocumentModel();
            document.setSha1(sha1);
            document.setRendered(rendered.contains(uri));
            status.add(document);
        }
        return status;
    }

    @Override
    public void addDocument(DocumentModel document) {
        allContent.clear();
        tagCounts = null;
        hashes.put(document.getSourceuri(), document.getSha1());
        if (Boolean.TRUE.equals(document.getRendered())) {
            rendered.add(document.getSourceuri()); // data files are stored as rendered
        }
        super.addDocument(document);
    }

    @Override
    public void deleteContent(String uri) {
        allContent.clear();
        tagCounts = null;
        hashes.remove(uri);
        rendered.remove(uri);
        super.deleteContent(uri);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        allContent.clear();
        tagCounts = null;
        hashes.clear();
        rendered.clear();
        super.deleteAllByDocType(docType);
    }

    @Override
    public void close() {
        if (!keepOpen) {
            release();
        }
    }

    /** Closes the database (memory: drops it). */
    void release() {
        allContent.clear();
        tagCounts = null;
        hashes.clear();
        rendered.clear();
        super.close();
    }
}
