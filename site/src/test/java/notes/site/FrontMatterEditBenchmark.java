package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's rebuild after a front-matter edit (a new title) on the generated corpus ({@code -Dbench.notes},
 * 1,000 by default): the time from the edit to the note's page, its neighbours, the lists, feed and sitemap written,
 * median of five, against the full build that such an edit used to take. Measured, not asserted (issue 15).
 */
class FrontMatterEditBenchmark {
    private static final int NOTES = Integer.getInteger("bench.notes", 1000);

    @TempDir
    Path dir;

    @Test
    void aTitleEditAtAThousandNotes() throws Exception {
        Path repo = Corpus.writeJBake(dir.resolve("repo"), NOTES);
        Path note = repo.resolve("content/notes/note-" + NOTES / 2 + ".md");
        String original = Files.readString(note, StandardCharsets.UTF_8);
        try (SiteBuilder builder = new SiteBuilder(repo, dir.resolve("public"), dir.resolve("no-scripts"))
                .keepForRebuilds()) {
            assertEquals(List.of(), builder.build());
            // What a front-matter edit used to cost: a full build, formulas and code already rendered.
            long start = System.nanoTime();
            assertEquals(List.of(), builder.build());
            double full = (System.nanoTime() - start) / 1e9;
            List<Double> edits = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                Files.writeString(note, original.replaceFirst("title=筆記 \\d+", "title=改名第 " + i + " 次"),
                        StandardCharsets.UTF_8);
                start = System.nanoTime();
                assertEquals(List.of(), builder.rebuild(List.of(note)));
                edits.add((System.nanoTime() - start) / 1e9);
                assertFalse(builder.timings().containsKey("bake"), builder.timings().toString());
                assertTrue(Files.readString(dir.resolve("public/archive.html")).contains("改名第 " + i + " 次"));
            }
            Collections.sort(edits);
            System.out.printf("%n%d notes: full rebuild (formulas and code cached) %.2f s; title edit to pages written, median of"
                    + " 5: %.2f s (%s)%n", NOTES, full, edits.get(2), builder.timings());
        }
    }
}
