package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build process killed at any moment leaves the output holding one complete site, old or new: 20 kills at moments
 * drawn by a seeded generator over the length of a build, each followed by a check that every note has its page and
 * every internal link of the site resolves.
 */
class CrashSafetyTest {
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void aBuildKilledAtAnyMomentLeavesACompleteSite() throws Exception {
        Path root = Corpus.scratchRepository(dir);
        Path notes = Files.createDirectories(root.resolve("content/notes"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(notes.resolve("n" + i + ".md"), "title=第 " + i + " 篇\ndate=2026-01-0" + (1 + i % 9)
                    + "\ntype=note\nstatus=published\n~~~~~~\n\n## 一節\n\n見[下一篇](n" + ((i + 1) % 12)
                    + ".html#一節)。\n", StandardCharsets.UTF_8);
        }
        Path output = dir.resolve("public");

        long start = System.nanoTime();
        assertEquals(0, build(root, output).waitFor(), "a first, complete build");
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        assertComplete(root, output, 12);

        Random random = new Random(20261129);
        List<Long> moments = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            long moment = (long) (random.nextDouble() * buildMillis);
            moments.add(moment);
            Process process = build(root, output);
            if (!process.waitFor(moment, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
            assertComplete(root, output, 12);
        }
        System.out.printf("crash safety: build takes %d ms; killed at %s ms; the site was complete each time%n",
                buildMillis, moments);
    }

    /** The build run as its own process, as Maven runs it. */
    private static Process build(Path root, Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SiteBuilder.class.getName(),
                root.toString(), output.toString(), root.resolve("no-scripts").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void assertComplete(Path root, Path output, int notes) throws IOException {
        Path site = output.toRealPath();
        for (int i = 0; i < notes; i++) {
            assertTrue(Files.isRegularFile(site.resolve("notes/n" + i + ".html")), "the page of note " + i);
        }
        for (String page : List.of("index.html", "archive.html", "404.html", "feed.xml", "search.json")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        List<SitePage> pages = SitePage.readAll(site);
        assertEquals(List.of(), new LinkChecker(site, root, "/", pages).check(pages), "every link resolves");
        assertTrue(pages.size() > notes, pages.size() + " pages");
        assertEquals("public.builds", site.getParent().getFileName().toString(), "the output shows a finished build");
    }
}
