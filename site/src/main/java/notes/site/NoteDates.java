package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * When each note was last changed, for its "最後更新" line: the committer date of the last commit that touched the
 * file, read from the repository with the {@code git} command once per build ({@code git log --name-only}, one
 * process for all notes). What the history cannot say is left out rather than guessed:
 * <ul>
 * <li>no git, or not a repository (a generated corpus): no date;
 * <li>a shallow clone (a host or CI that clones with {@code --depth}): a note last changed in the oldest commit
 * the clone has is shown with no date, since that commit lists every file as new;
 * <li>a note with uncommitted changes or not yet committed (the dev server while a note is written): the date the
 * file was last saved, which is the date its commit will most likely carry.
 * </ul>
 */
final class NoteDates {
    private static final long GIT_TIMEOUT_SECONDS = 60;
    private final Map<Path, LocalDate> committed;
    private final Set<Path> uncommitted;
    private final long loadedAtMillis;

    private NoteDates(Map<Path, LocalDate> committed, Set<Path> uncommitted) {
        this.committed = committed;
        this.uncommitted = uncommitted;
        this.loadedAtMillis = System.currentTimeMillis();
    }

    /** No history: every note without a date. */
    static NoteDates none() {
        return new NoteDates(Map.of(), Set.of());
    }

    /**
     * The history of {@code content} in the repository around it; {@link #none} (with a warning on stderr) when
     * there is no git or no repository.
     */
    static NoteDates load(Path content) {
        Path dir = content.toAbsolutePath().normalize();
        try {
            Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").trim());
            Set<String> boundary = "true".equals(git(dir, "rev-parse", "--is-shallow-repository").trim())
                    ? shallowBoundary(dir) : Set.of();
            Map<Path, LocalDate> committed = lastCommits(git(dir, "-c", "core.quotepath=off", "log",
                    "--format=@%H %cI", "--name-only", "--no-renames", "--", "."), top, boundary);
            Set<Path> uncommitted = new HashSet<>();
            for (String entry : git(dir, "-c", "core.quotepath=off", "status", "--porcelain", "-z",
                    "--untracked-files=all", "--", ".").split("\0")) {
                if (entry.length() > 3) {
                    uncommitted.add(top.resolve(entry.substring(3)).normalize());
                }
            }
            return new NoteDates(committed, uncommitted);
        } catch (IOException e) {
            System.err.println("warning: notes show no 最後更新 date: " + e.getMessage());
            return none();
        }
    }

    /**
     * The date to show for a note (ISO {@code YYYY-MM-DD}), or null: its last commit's, or the file's last save when it
     * has changes not committed (also after this history was read: the dev server re-renders an edited note).
     */
    String updated(Path file) {
        Path note = file.toAbsolutePath().normalize();
        try {
            long saved = Files.getLastModifiedTime(note).toMillis();
            if (uncommitted.contains(note) || saved > loadedAtMillis) {
                return LocalDate.ofInstant(Instant.ofEpochMilli(saved), ZoneId.systemDefault()).toString();
            }
        } catch (IOException e) {
            return null;
        }
        LocalDate date = committed.get(note);
        return date == null ? null : date.toString();
    }

    /**
     * Each path's first appearance in {@code git log --format=@HASH DATE --name-only} (newest first), paths relative
     * to {@code top}; a path first seen in a commit of {@code boundary} (a shallow clone's oldest) has no known date.
     */
    static Map<Path, LocalDate> lastCommits(String log, Path top, Set<String> boundary) {
        Map<Path, LocalDate> dates = new HashMap<>();
        Set<Path> seen = new HashSet<>();
        LocalDate date = null;
        boolean cut = false;
        for (String line : log.split("\n")) {
            if (line.startsWith("@")) {
                String[] commit = line.substring(1).split(" ", 2);
                date = LocalDate.parse(commit[1].substring(0, 10));
                cut = boundary.contains(commit[0]);
            } else if (!line.isBlank() && date != null) {
                Path path = top.resolve(line.trim()).normalize();
                if (seen.add(path) && !cut) {
                    dates.put(path, date);
                }
            }
        }
        return dates;
    }

    /** The commits a shallow clone ends at (git's {@code shallow} file). */
    private static Set<String> shallowBoundary(Path dir) throws IOException {
        Path shallow = Path.of(git(dir, "rev-parse", "--git-path", "shallow").trim());
        Path file = shallow.isAbsolute() ? shallow : dir.resolve(shallow);
        return Files.isRegularFile(file) ? new HashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : Set.of();
    }

    /** Runs git in {@code dir}; its standard output, or IOException naming the failure. */
    private static String git(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " failed in " + dir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
