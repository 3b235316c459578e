package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, incremental front-matter edits: editing a note's title, tags or date, or adding or deleting a note,
 * re-renders what depends on it (the note, its neighbours' previous/next links, the home page, archive, tag pages,
 * feed and sitemap) without a full build: the rebuild's timings have no JBake bake step.
 */
class LiveFrontMatterTest {
    @TempDir
    Path dir;

    private static String note(String title, String date, String tags) {
        return "title=" + title + "\ndate=" + date + "\ntags=" + tags + "\n~~~~~~\n\n" + title + "的內文。\n";
    }

    private String page(String path) throws IOException {
        return Files.readString(dir.resolve("public").resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void frontMatterEditsNewAndDeletedNotesUpdateTheirListsWithoutAFullBuild() throws IOException {
        Path root = Corpus.scratchRepository(dir);
        Path notes = root.resolve("content/notes");
        Files.writeString(notes.resolve("a.md"), note("第一篇", "2026-01-01", "甲"), StandardCharsets.UTF_8);
        Files.writeString(notes.resolve("b.md"), note("第二篇", "2026-01-02", "甲"), StandardCharsets.UTF_8);
        Files.writeString(notes.resolve("c.md"), note("第三篇", "2026-01-03", "乙"), StandardCharsets.UTF_8);
        try (SiteBuilder builder = new SiteBuilder(root, dir.resolve("public"), dir.resolve("no-scripts"))
                .keepForRebuilds()) {
            assertEquals(List.of(), builder.build());

            Files.writeString(notes.resolve("b.md"), note("改過的標題", "2026-01-02", "丙"), StandardCharsets.UTF_8);
            assertEquals(List.of(), builder.rebuild(List.of(notes.resolve("b.md"))));
            assertFalse(builder.timings().containsKey("bake"), "no full build: " + builder.timings());
            for (String p : List.of("notes/b.html", "notes/a.html", "notes/c.html", "index.html", "archive.html",
                    "feed.xml", "tags/丙.html")) {
                assertTrue(page(p).contains("改過的標題"), p + " shows the new title");
            }
            assertFalse(page("tags/甲.html").contains("改過的標題"), "the old tag no longer lists it");

            Files.writeString(notes.resolve("d.md"), note("新的一篇", "2026-01-04", "乙"), StandardCharsets.UTF_8);
            Files.delete(notes.resolve("a.md"));
            assertEquals(List.of(), builder.rebuild(List.of(notes.resolve("d.md"), notes.resolve("a.md"))));
            assertFalse(builder.timings().containsKey("bake"), "no full build: " + builder.timings());
            assertTrue(page("notes/d.html").contains("新的一篇") && page("index.html").contains("新的一篇")
                    && page("sitemap.xml").contains("notes/d.html") && page("tags/乙.html").contains("新的一篇"));
            assertFalse(Files.exists(dir.resolve("public/notes/a.html")), "the deleted note's page is gone");
            assertFalse(page("index.html").contains("第一篇") || SearchFiles.notes(dir.resolve("public")).contains("第一篇"));
            assertFalse(Files.exists(dir.resolve("public/tags/甲.html")), "a tag no note has any more is gone");
        }
    }
}
