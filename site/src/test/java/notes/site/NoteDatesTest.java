package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Last-updated dates from a real repository that git itself writes here, each commit with a committer date set
 * through {@code GIT_COMMITTER_DATE}: the expected dates are those given to git, not anything this code computed.
 */
class NoteDatesTest {
    @TempDir
    Path dir;

    private void git(Path in, String date, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false", "-c", "protocol.file.allow=always"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true);
        if (date != null) {
            builder.environment().putAll(Map.of("GIT_COMMITTER_DATE", date, "GIT_AUTHOR_DATE", date));
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("git " + args[0] + ": " + out);
        }
    }

    private void commit(Path repo, String file, String text, String date) throws Exception {
        Path path = repo.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
        git(repo, null, "add", ".");
        git(repo, date, "commit", "-q", "-m", "edit " + file);
    }

    /** bond changed in January and May; lora only in January; 中文.md (a non-ASCII name) in March. */
    private Path history() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        git(repo, null, "init", "-q");
        commit(repo, "content/notes/bond.md", "v1", "2026-01-10T12:00:00+00:00");
        commit(repo, "content/notes/lora.md", "v1", "2026-01-20T12:00:00+00:00");
        commit(repo, "content/notes/中文.md", "v1", "2026-03-03T12:00:00+00:00");
        commit(repo, "content/notes/bond.md", "v2", "2026-05-05T12:00:00+00:00");
        commit(repo, "README.md", "outside content", "2026-06-06T12:00:00+00:00");
        return repo;
    }

    @Test
    void theLastCommitThatTouchedEachNote() throws Exception {
        Path repo = history();
        NoteDates dates = NoteDates.load(repo.resolve("content"));
        assertEquals("2026-05-05", dates.updated(repo.resolve("content/notes/bond.md")));
        assertEquals("2026-01-20", dates.updated(repo.resolve("content/notes/lora.md")));
        assertEquals("2026-03-03", dates.updated(repo.resolve("content/notes/中文.md")));
    }

    /**
     * A clone of depth 3 holds the March, May and June commits. Its oldest, March, has no parent in the clone, so git
     * lists every file as added there: bond's May change is known; lora (January) would carry March's date, and gets
     * none; 中文.md, really changed in March, cannot be told apart from it and gets none either.
     */
    @Test
    void aShallowCloneGivesNoDateItCannotKnow() throws Exception {
        Path repo = history();
        Path shallow = dir.resolve("shallow");
        git(dir, null, "clone", "-q", "--depth", "3", repo.toUri().toString(), shallow.toString());
        NoteDates dates = NoteDates.load(shallow.resolve("content"));
        assertEquals("2026-05-05", dates.updated(shallow.resolve("content/notes/bond.md")));
        assertNull(dates.updated(shallow.resolve("content/notes/lora.md")));
        assertNull(dates.updated(shallow.resolve("content/notes/中文.md")));
    }

    /** A note edited but not committed, or new, shows the day it was saved (its file's modification time). */
    @Test
    void anUncommittedNoteShowsTheDayItWasSaved() throws Exception {
        Path repo = history();
        Path edited = repo.resolve("content/notes/lora.md");
        Path fresh = repo.resolve("content/notes/new.md");
        Files.writeString(edited, "v2 not committed");
        Files.writeString(fresh, "new");
        Instant saved = Instant.parse("2026-07-08T12:00:00Z");
        Files.setLastModifiedTime(edited, FileTime.from(saved));
        Files.setLastModifiedTime(fresh, FileTime.from(saved));
        NoteDates dates = NoteDates.load(repo.resolve("content"));
        String day = LocalDate.ofInstant(saved, ZoneId.systemDefault()).toString();
        assertEquals(day, dates.updated(edited));
        assertEquals(day, dates.updated(fresh));
        assertEquals("2026-05-05", dates.updated(repo.resolve("content/notes/bond.md")));
    }

    /** The dev server re-renders a note saved after the history was read: that save's day. */
    @Test
    void aNoteSavedAfterTheHistoryWasReadShowsThatDay() throws Exception {
        Path repo = history();
        NoteDates dates = NoteDates.load(repo.resolve("content"));
        Path bond = repo.resolve("content/notes/bond.md");
        Files.writeString(bond, "v3");
        Files.setLastModifiedTime(bond, FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(LocalDate.now(ZoneId.systemDefault()).toString(), dates.updated(bond));
    }

    @Test
    void outsideARepositoryThereIsNoDate() throws Exception {
        Path plain = dir.resolve("plain/content/notes");
        Files.createDirectories(plain);
        Files.writeString(plain.resolve("a.md"), "text");
        assertNull(NoteDates.load(dir.resolve("plain/content")).updated(plain.resolve("a.md")));
    }
}
