package notes.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * The pages that list notes, for the dev server's quick rebuild after a note's front matter changed or a note was
 * added or deleted: the notes next to it (their previous/next links show its title), the home page, the archive, the
 * tag pages, the feed and the sitemap. Everything else keeps its page.
 */
final class LiveLists {
    private static final List<String> TYPES = List.of("note", "page");

    private LiveLists() {
    }

    /**
     * The source keys of the documents just before and after each of {@code changed} among the published documents of
     * its topic, in JBake's order (by date), as {@link NoteRenderer} finds previous and next; the changed ones
     * themselves excluded.
     */
    static Set<String> neighbours(ContentStore store, Set<String> changed) {
        Set<String> found = new HashSet<>();
        for (String type : TYPES) {
            List<DocumentModel> all = store.getAllContent(type);
            for (DocumentModel document : all) {
                if (!changed.contains(document.getSourceuri())) {
                    continue;
                }
                List<String> order = NoteRenderer.sameTopic(all, document.get(NoteRenderer.TOPIC),
                        document.getSourceuri()).stream().map(DocumentModel::getSourceuri).collect(Collectors.toList());
                int i = order.indexOf(document.getSourceuri());
                found.add(order.get(Math.max(0, i - 1)));
                found.add(order.get(Math.min(order.size() - 1, i + 1)));
            }
        }
        found.removeAll(changed);
        return found;
    }

    /** Renders the home page, archive, feed, sitemap and every tag page into the configuration's destination. */
    static void render(Renderer renderer, JBakeConfiguration config) throws Exception {
        renderer.renderIndex(config.getIndexFileName());
        renderer.renderArchive(config.getArchiveFileName());
        renderer.renderFeed(config.getFeedFileName());
        renderer.renderSitemap(config.getSiteMapFileName());
        renderer.renderTags(config.getTagPathName());
    }

    /** The tag pages of the output that the new rendering in {@code staging} no longer has (a tag now unused). */
    static Set<Path> staleTags(Path output, Path staging, String tagPath) throws IOException {
        Path tags = output.resolve(tagPath);
        if (!Files.isDirectory(tags)) {
            return Set.of();
        }
        try (Stream<Path> pages = Files.list(tags)) {
            return pages.filter(page -> !Files.exists(staging.resolve(tagPath).resolve(page.getFileName().toString())))
                    .collect(Collectors.toSet());
        }
    }
}
