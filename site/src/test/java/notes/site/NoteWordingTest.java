package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import notes.text.ReaderWording;

/**
 * The prose of every note follows {@link ReaderWording} (Taiwan usage; formulas in TeX, not as plain text with
 * carets and underscores). Math, code and link targets are left out: TeX and identifiers belong there.
 */
class NoteWordingTest {
    /** Display math, inline math (not an escaped \$), inline code, and a link's target. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "\\$\\$.*?\\$\\$|(?<!\\\\)\\$.+?(?<!\\\\)\\$|`[^`]*`|\\]\\([^)]*\\)|https?://\\S+");

    @TestFactory
    Stream<DynamicTest> everyNoteIsWordedForReaders() throws IOException {
        try (Stream<Path> files = Files.walk(Repo.root().resolve("content"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private static void check(Path note) {
        assertEquals(List.of(), problems(Notes.text(note), note.getFileName().toString()));
    }

    /** Each rule a line of prose breaks, as {@code FILE:LINE: rule}. */
    static List<String> problems(String text, String file) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fenced = false;
        boolean display = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.equals("~~~~~~")) {
                continue; // JBake's header separator; the header's title and summary are prose and are read
            }
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (line.trim().equals("$$")) {
                display = !display;
                continue;
            }
            if (fenced || display) {
                continue;
            }
            for (String p : ReaderWording.problems(NOT_PROSE.matcher(line).replaceAll(" "))) {
                found.add(file + ":" + (i + 1) + ": " + p);
            }
        }
        return found;
    }

    /** The scan reads prose only, and reads all of it, so an empty list above means something. */
    @Test
    void mathCodeAndLinksAreLeftOutAndProseIsRead() {
        String note = "title=x\n~~~~~~\n以 $d_h^R$ 表示，`general.file_type` 與 [連結](https://x.org/a_b)\n"
                + "```\nx = y^2\n```\n$$\nC = 6ND \\cdot 10^{23}\n$$\n一個 \\$5 的例子與 \\$6\n"
                + "第 8 行的顯存與 d_h^R\n";
        assertEquals(List.of("n.md:11: 顯存 → GPU 記憶體",
                "n.md:11: TeX or an identifier in plain text: \"d_h\" (in a note: $...$ for math, `...` for a key or file name;"
                        + " in a label: words or Unicode)"),
                problems(note, "n.md"));
    }
}
