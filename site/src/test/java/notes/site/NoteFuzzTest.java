package notes.site;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random mutations of the real notes (front matter and Markdown: lines dropped, repeated or swapped, characters
 * inserted from Markdown's and TeX's punctuation, spans cut): the note check either reports problems (file:line
 * messages) or the note renders; no exception escapes and nothing hangs. {@code -Dnotes.fuzz.cases=10000} runs the
 * benchmark-sized campaign.
 */
class NoteFuzzTest {
    private static final int CASES = Integer.getInteger("notes.fuzz.cases", 150);
    /** A hang guard, not a speed claim. */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String NOISE = "[]()*_`$\\\\{}<>#|~-=!:\n 　，。";

    @TempDir
    Path dir;

    @Test
    void mutatedNotesAreReportedOrRendered() throws IOException {
        List<String> notes;
        try (Stream<Path> files = Files.walk(Repo.root().resolve("content"))) {
            notes = files.filter(p -> p.toString().endsWith(".md")).sorted().map(Notes::text)
                    .collect(Collectors.toList());
        }
        Path content = Files.createDirectories(dir.resolve("content/notes"));
        Embeds embeds = new Embeds(Repo.root().resolve("templates"));
        NoteChecker checker = new NoteChecker(dir, embeds);
        FlexmarkEngine engine = new FlexmarkEngine(embeds, MarkupStyles.extracting());
        Random random = new Random(1129);
        int reported = 0;
        for (int i = 0; i < CASES; i++) {
            String text = mutate(notes.get(random.nextInt(notes.size())), random);
            Path note = content.resolve("case.md");
            Files.writeString(note, text, StandardCharsets.UTF_8);
            int index = i;
            try {
                boolean rendered = assertTimeoutPreemptively(LIMIT, () -> {
                    if (!checker.check(List.of(note)).isEmpty()) {
                        return false;
                    }
                    String body = text.substring(text.indexOf(NoteChecker.HEADER_END) + NoteChecker.HEADER_END.length());
                    assertTrue(engine.render(body) != null);
                    return true;
                });
                reported += rendered ? 0 : 1;
            } catch (RuntimeException | StackOverflowError e) {
                Path kept = Files.writeString(dir.resolveSibling("note-fuzz-" + index + ".md"), text);
                fail("case " + index + " threw " + e + " (kept as " + kept + ")");
            }
        }
        System.out.printf("note fuzz: %d cases, %d reported as problems, %d rendered%n", CASES, reported,
                CASES - reported);
        assertTrue(reported > 0 && reported < CASES, "both outcomes occur: " + reported + " of " + CASES);
    }

    private static String mutate(String note, Random random) {
        List<String> lines = new ArrayList<>(List.of(note.split("\n", -1)));
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> {
                    String line = lines.get(at);
                    int pos = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, pos) + NOISE.charAt(random.nextInt(NOISE.length()))
                            + line.substring(pos));
                }
                case 3 -> {
                    String line = lines.get(at);
                    if (line.length() > 2) {
                        int from = random.nextInt(line.length() - 1);
                        lines.set(at, line.substring(0, from) + line.substring(from + 1 + random.nextInt(
                                Math.min(20, line.length() - from - 1))));
                    }
                }
                default -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join("\n", lines);
    }
}
