package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * What the note's meta line costs a build at 1,000 notes, against anchors measured in the same run: reading time
 * ({@link ReadingTime}) over 1,000 note bodies (the built notes of this site, repeated) against parsing those pages
 * with jsoup (which the build's page reading does for every page anyway); the git history ({@link NoteDates#load})
 * of a generated repository of 1,000 notes in 100 commits against reading the 1,000 files. Median of five; prints a
 * table, asserts nothing.
 */
class NoteMetaBenchmark {
    private static final int NOTES = Integer.getInteger("bench.notes", 1000);
    private static final int RUNS = 5;

    private interface Work {
        void run() throws Exception;
    }

    private static double millis(Work work) throws Exception {
        double[] times = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long start = System.nanoTime();
            work.run();
            times[r] = (System.nanoTime() - start) / 1e6;
        }
        return Tools.median(times);
    }

    @Test
    void readingTimeAndHistoryAt1000Notes() throws Exception {
        Path site = BuiltSite.folder();
        List<String> pages = new ArrayList<>();
        try (var notes = Files.list(site.resolve("notes"))) {
            notes.filter(p -> p.toString().endsWith(".html")).sorted().forEach(p -> pages.add(read(p)));
        }
        List<String> bodies = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < NOTES; i++) {
            String page = pages.get(i % pages.size());
            all.add(page);
            bodies.add(Jsoup.parse(page).selectFirst(".note-body").html());
        }
        double parse = millis(() -> all.forEach(Jsoup::parse));
        double reading = millis(() -> bodies.forEach(ReadingTime::minutes));

        Path repo = Files.createTempDirectory("note-dates");
        Path notes = Files.createDirectories(repo.resolve("content/notes"));
        Tools.run(repo, "git", "init", "-q");
        for (int c = 0; c < 100; c++) {
            for (int i = c; i < NOTES; i += 100) {
                Files.writeString(notes.resolve("note-" + i + ".md"), "title=" + i + "\n~~~~~~\n" + Corpus.body(i));
            }
            Tools.run(repo, "git", "add", ".");
            Tools.run(repo, "git", "-c", "user.name=b", "-c", "user.email=b@example.org", "commit", "-q", "-m",
                    "c" + c);
        }
        double files = millis(() -> {
            try (var list = Files.list(notes)) {
                list.forEach(NoteMetaBenchmark::read);
            }
        });
        double history = millis(() -> NoteDates.load(repo.resolve("content")));
        SiteBuilder.deleteTree(repo);

        System.out.printf("%nNote meta line at %,d notes (median of %d, ms)%n", NOTES, RUNS);
        System.out.printf("| step | ms | anchor | anchor ms | ratio |%n|---|---|---|---|---|%n");
        System.out.printf("| reading time (jsoup parse + count) | %.1f | jsoup parse of the pages | %.1f | %.2f |%n",
                reading, parse, reading / parse);
        System.out.printf("| last updated (git log + git status) | %.1f | reading the %,d note files | %.1f | %.2f |%n",
                history, NOTES, files, history / files);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
