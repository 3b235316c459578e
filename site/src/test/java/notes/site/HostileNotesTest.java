package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes written to break the build (src/test/resources/hostile-notes, and generated ones for the very large cases):
 * each builds correctly or fails naming file and line with a message a writer understands. None may hang: each
 * build runs under a generous guard (a hang check, not a speed claim).
 */
class HostileNotesTest {
    private static final Path CASES = Path.of("src/test/resources/hostile-notes");
    private static final Duration HANG_GUARD = Duration.ofMinutes(3);
    private static final String HEADER = "title=大筆記\ndate=2026-01-01\ntype=note\nstatus=published\n~~~~~~\n\n";

    @TempDir
    Path dir;
    private Path root;
    private Path notes;

    @BeforeEach
    void repository() throws IOException {
        root = Corpus.scratchRepository(dir);
        notes = Files.createDirectories(root.resolve("content/notes"));
    }

    private List<String> buildWith(String... cases) throws IOException {
        for (String c : cases) {
            Files.copy(CASES.resolve(c), notes.resolve(c));
        }
        return build();
    }

    private List<String> build() {
        return assertTimeoutPreemptively(HANG_GUARD,
                () -> new SiteBuilder(root, dir.resolve("public"), dir.resolve("no-scripts")).build());
    }

    private String page(String path) throws IOException {
        return Files.readString(dir.resolve("public").resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndingsBuild() throws IOException {
        assertEquals(List.of(), buildWith("bom-crlf.md"));
        String html = page("notes/bom-crlf.html");
        assertTrue(html.contains("<h1>有 BOM 與 CRLF 的筆記</h1>"), "the title, without the mark");
        assertTrue(html.contains("id=\"一節\"") && !html.contains("\r"), "headings and text, no carriage returns");
    }

    @Test
    void chineseFileNamesGetWorkingAddressesAndLinks() throws IOException {
        assertEquals(List.of(), buildWith("中文檔名.md", "另一篇.md"));
        assertTrue(Files.isRegularFile(dir.resolve("public/notes/中文檔名.html")));
        assertTrue(page("archive.html").contains("href=\"notes/%E4%B8%AD%E6%96%87%E6%AA%94%E5%90%8D.html\""),
                "the archive links the note by its encoded address");
    }

    /** JBake would link to "檔名+有空格.html": a space in a file name is refused with the name to use instead. */
    @Test
    void aSpaceInAFileNameFailsWithTheNameToUse() throws IOException {
        List<String> problems = buildWith("檔名 有空格.md");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/notes/檔名 有空格.md:1: the file name has a space")
                && problems.get(0).endsWith("Use a hyphen: 檔名-有空格.md"), problems.get(0));
    }

    /** '#' would end the address at the search index and in links: refused with the name to use instead. */
    @Test
    void aHashInAFileNameFailsWithTheNameToUse() throws IOException {
        Files.writeString(notes.resolve("c#.md"), HEADER + "C sharp.\n", StandardCharsets.UTF_8);
        assertEquals(List.of("content/notes/c#.md:1: the file name has '#', '%' or '?', which cut a web address short;"
                + " use letters, digits and hyphens: c-.md"), build());
    }

    @Test
    void aDateInTheFutureBuilds() throws IOException {
        assertEquals(List.of(), buildWith("future-date.md"));
        assertTrue(page("notes/future-date.html").contains("2099-12-31"));
    }

    @Test
    void anImpossibleDateFailsWithFileAndLine() throws IOException {
        assertEquals(List.of("content/notes/impossible-date.md:2: date '2026-02-30' is not a real date (YYYY-MM-DD)"),
                buildWith("impossible-date.md"));
    }

    @Test
    void aMissingEndOfFrontMatterFailsWithFileAndLine() throws IOException {
        List<String> problems = buildWith("no-end-marker.md");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/notes/no-end-marker.md:1: the front matter is not closed: add a"
                + " line ~~~~~~ after its key=value lines"), problems.get(0));
    }

    @Test
    void aRepeatedKeyFailsWithFileAndLine() throws IOException {
        assertEquals(List.of("content/notes/duplicate-key.md:3: 'title' repeats line 1"), buildWith("duplicate-key.md"));
    }

    @Test
    void anUnknownCalculatorFailsWithFileAndLine() throws IOException {
        List<String> problems = buildWith("unknown-calculator.md");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/notes/unknown-calculator.md:9: unknown calculator"
                + " 'no-such-calculator'"), problems.get(0));
    }

    @Test
    void twoNotesThatWouldWriteTheSamePageFail() throws IOException {
        List<String> problems = buildWith("same-output.md", "same-output.html");
        assertEquals(List.of("content/notes/same-output.md:1: writes notes/same-output.html, as"
                + " content/notes/same-output.html does; rename one of them"), problems);
    }

    @Test
    void aTenMegabyteNoteBuilds() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        String paragraph = "這是一段用來撐大檔案的文字，含 English words 與數字 12,345。\n\n";
        while (text.length() < 5_500_000) {
            text.append(paragraph);
        }
        Files.writeString(notes.resolve("big.md"), text, StandardCharsets.UTF_8);
        assertTrue(Files.size(notes.resolve("big.md")) > 10_000_000);
        assertEquals(List.of(), build());
        assertTrue(Files.size(dir.resolve("public/notes/big.html")) > 10_000_000);
    }

    @Test
    void aTableOfTenThousandRowsBuilds() throws IOException {
        StringBuilder text = new StringBuilder(HEADER + "| 列 | 值 |\n|---|---|\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("| ").append(i).append(" | ").append(i * 7).append(" |\n");
        }
        Files.writeString(notes.resolve("table.md"), text, StandardCharsets.UTF_8);
        assertEquals(List.of(), build());
        assertTrue(page("notes/table.html").contains("<td class=\"num\">9999</td>"), "a number column (TableColumns)");
    }

    @Test
    void listsNestedAThousandDeepAndAHundredThousandBracketsBuild() throws IOException {
        StringBuilder nested = new StringBuilder(HEADER);
        for (int i = 0; i < 1000; i++) {
            nested.append("  ".repeat(i)).append("- 第 ").append(i).append(" 層\n");
        }
        Files.writeString(notes.resolve("nested.md"), nested, StandardCharsets.UTF_8);
        Files.writeString(notes.resolve("brackets.md"), HEADER + "[".repeat(100_000) + "\n", StandardCharsets.UTF_8);
        assertEquals(List.of(), build());
        assertTrue(page("notes/nested.html").contains("第 999 層"));
        assertTrue(page("notes/brackets.html").contains("[[[[[[[[[["));
    }
}
