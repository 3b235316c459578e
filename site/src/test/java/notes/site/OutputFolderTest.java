package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing never deletes a file the build did not write, and always leaves one complete site. */
class OutputFolderTest {
    private static final String HEADER = "date=2026-01-01\ntype=note\nstatus=published\n~~~~~~\n\n";

    @TempDir
    Path dir;
    private Path root;

    @BeforeEach
    void repository() throws IOException {
        root = Corpus.scratchRepository(dir);
        note("a.md", "甲");
        note("b.md", "乙");
    }

    /** A gh-pages worktree: .git/, CNAME, .nojekyll and a file of the reader's own. */
    private Path worktree() throws IOException {
        Path pages = dir.resolve("gh-pages");
        Files.createDirectories(pages.resolve(".git/refs"));
        Files.writeString(pages.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.writeString(pages.resolve("CNAME"), "notes.example.net\n");
        Files.writeString(pages.resolve(".nojekyll"), "");
        Files.writeString(pages.resolve("my-notes.txt"), "mine");
        return pages;
    }

    @Test
    void aFolderWithFilesAndNoManifestIsRefusedAndLeftAlone() throws IOException {
        Path pages = worktree();
        Map<String, String> before = contents(pages);
        List<String> problems = builder(pages).build();
        assertEquals(1, problems.size(), problems.toString());
        String message = problems.get(0);
        assertTrue(message.startsWith(pages + " already holds files that no build of this site wrote"), message);
        assertTrue(message.contains(".git") && message.contains("CNAME") && message.contains("my-notes.txt"), message);
        assertTrue(message.contains("create an empty " + pages.resolve(OutputFolder.MANIFEST)), message);
        assertEquals(before, contents(pages));
    }

    @Test
    void publishingIntoAWorktreeKeepsEveryFileTheBuildDidNotWrite() throws IOException {
        Path pages = worktree();
        Files.writeString(pages.resolve(OutputFolder.MANIFEST), ""); // the reader's opt-in, as the refusal says
        Map<String, String> theirs = contents(pages);
        theirs.remove(OutputFolder.MANIFEST);

        assertEquals(List.of(), builder(pages).build());
        assertTrue(Files.isRegularFile(pages.resolve("notes/a.html")) && Files.isRegularFile(pages.resolve("index.html")));
        Files.delete(root.resolve("content/notes/b.md"));
        assertEquals(List.of(), builder(pages).build());

        assertFalse(Files.exists(pages.resolve("notes/b.html")), "the deleted note's page is removed");
        assertTrue(Files.isRegularFile(pages.resolve("notes/a.html")));
        Map<String, String> after = contents(pages);
        theirs.forEach((file, text) -> assertEquals(text, after.get(file), file + " is kept as it was"));
        String manifest = Files.readString(pages.resolve(OutputFolder.MANIFEST));
        assertTrue(manifest.contains("notes/a.html") && !manifest.contains("notes/b.html")
                && !manifest.contains("CNAME") && !manifest.contains(".git"), manifest);
    }

    @Test
    void aNewFileThatWouldReplaceOneOfTheReadersIsRefusedBeforeAnythingChanges() throws IOException {
        Path pages = worktree();
        Files.writeString(pages.resolve(OutputFolder.MANIFEST), "");
        Files.writeString(pages.resolve("index.html"), "the reader's own home page");
        Map<String, String> before = contents(pages);
        List<String> problems = builder(pages).build();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("[index.html]") && problems.get(0).contains("which no build of this site"
                + " wrote"), problems.get(0));
        assertEquals(before, contents(pages));
    }

    /** ctags writes a file "tags"; the site needs a folder tags/: refused before anything moves. */
    @Test
    void aFileWhereTheSiteNeedsAFolderIsRefusedBeforeAnythingChanges() throws IOException {
        Path pages = worktree();
        Files.writeString(pages.resolve(OutputFolder.MANIFEST), "");
        Files.writeString(pages.resolve("tags"), "!_TAG_FILE_FORMAT 2\n");
        Map<String, String> before = contents(pages);
        List<String> problems = builder(pages).build();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("[tags]"), problems.get(0));
        assertEquals(before, contents(pages));
    }

    /**
     * A publish stopped half way (here: the manifest of old and new files written, some new files moved in) is
     * finished by the next build instead of being refused: the manifest is written before any file moves.
     */
    @Test
    void aPublishStoppedHalfWayIsCompletedByTheNextBuild() throws IOException {
        Path pages = worktree();
        Files.writeString(pages.resolve(OutputFolder.MANIFEST), "");
        assertEquals(List.of(), builder(pages).build());
        // Simulate the stop: the manifest lists a page that was moved in but never confirmed, and that page is there.
        Files.writeString(pages.resolve("notes/half.html"), "moved in before the stop");
        Files.writeString(pages.resolve(OutputFolder.MANIFEST),
                Files.readString(pages.resolve(OutputFolder.MANIFEST)) + "notes/half.html\n");
        assertEquals(List.of(), builder(pages).build());
        assertFalse(Files.exists(pages.resolve("notes/half.html")), "a page no note makes is removed");
        assertTrue(Files.isRegularFile(pages.resolve("CNAME")));
    }

    /** The default output is a link switched atomically to each new build; old builds beyond the last two go. */
    @Test
    void theDefaultOutputIsSwitchedToEachCompleteBuild() throws IOException {
        Path output = dir.resolve("public");
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of(), builder(output).build());
        }
        assertTrue(Files.isSymbolicLink(output));
        assertEquals(Path.of("public.builds/3"), Files.readSymbolicLink(output));
        try (Stream<Path> builds = Files.list(dir.resolve("public.builds"))) {
            assertEquals(List.of("2", "3"), builds.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.isRegularFile(output.resolve("notes/a.html")));
        assertFalse(Files.exists(output.resolve(OutputFolder.MANIFEST)), "nothing else lives in a build's folder");
    }

    @Test
    void aSecondBuildOfTheSameOutputWaitsForTheFirst() throws Exception {
        Path output = dir.resolve("public");
        try (BuildLock held = BuildLock.acquire(output, 0)) {
            List<String> problems = builder(output).lockWait(300).build();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("another build (process " + ProcessHandle.current().pid()
                    + ") is writing " + output), problems.get(0));
        }
        assertEquals(List.of(), builder(output).lockWait(300).build(), "free again once the first is done");
    }

    private SiteBuilder builder(Path output) {
        return new SiteBuilder(root, output, dir.resolve("no-scripts"));
    }

    private void note(String name, String body) throws IOException {
        Files.writeString(root.resolve("content/notes").resolve(name), "title=" + body + "\n" + HEADER + body + "。\n",
                StandardCharsets.UTF_8);
    }

    /** Every file under a folder with its text. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String file : OutputFolder.files(folder)) {
            files.put(file, Files.readString(folder.resolve(file), StandardCharsets.ISO_8859_1));
        }
        return files;
    }
}
