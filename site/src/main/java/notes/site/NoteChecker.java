package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks every note before JBake sees it, so that a broken note fails the build with its file and line instead of
 * being skipped or rendered half-way: the front matter (key=value lines up to {@code ~~~~~~}) must be well formed,
 * with a title, an ISO date, a known type and status; embedded calculators must exist and their templates render.
 */
public final class NoteChecker {
    static final String HEADER_END = "~~~~~~";
    private static final Set<String> TYPES = Set.of("note", "page");
    private static final Set<String> STATUSES = Set.of("published", "draft");

    private final Path root;
    private final Embeds embeds;

    public NoteChecker(Path root, Embeds embeds) {
        this.root = root;
        this.embeds = embeds;
    }

    /** Problems as {@code path:line: message}, paths relative to the repository root; empty when all is well. */
    public List<String> check(Path contentDir) throws IOException {
        try (Stream<Path> files = Files.walk(contentDir)) {
            return check(files.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList()));
        }
    }

    /** The same checks for some notes only (the dev server's rebuild of the notes that changed). */
    public List<String> check(Collection<Path> notes) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path note : notes) {
            checkNote(note, problems);
        }
        return problems;
    }

    /** The note's front matter as written (the lines before {@value #HEADER_END}), or null if it has none. */
    static String frontMatter(Path note) throws IOException {
        List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
        int end = lines.indexOf(HEADER_END);
        return end < 0 ? null : String.join("\n", lines.subList(0, end));
    }

    private void checkNote(Path file, List<String> problems) throws IOException {
        String where = root.relativize(file).toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            problems.add(where + ":1: not valid UTF-8");
            return;
        }
        int end = lines.indexOf(HEADER_END);
        if (end < 0) {
            problems.add(where + ":1: no front matter: key=value lines ending with a line " + HEADER_END);
            return;
        }
        Map<String, Integer> seenAt = new HashMap<>();
        Map<String, String> header = new HashMap<>();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            int eq = line.indexOf('=');
            if (line.isBlank()) {
                continue;
            }
            if (eq <= 0) {
                problems.add(where + ":" + (i + 1) + ": front matter line is not key=value: " + line);
                continue;
            }
            String key = line.substring(0, eq).trim();
            if (seenAt.containsKey(key)) {
                problems.add(where + ":" + (i + 1) + ": '" + key + "' repeats line " + seenAt.get(key));
            }
            seenAt.put(key, i + 1);
            header.put(key, line.substring(eq + 1).trim());
        }
        requireHeader(where, header, seenAt, problems, end);
        checkBody(where, lines, end, problems);
    }

    private static void requireHeader(String where, Map<String, String> header, Map<String, Integer> seenAt,
                                      List<String> problems, int end) {
        String at = where + ":" + (end + 1) + ": ";
        if (header.getOrDefault("title", "").isEmpty()) {
            problems.add(at + "front matter has no title=");
        }
        String date = header.get("date");
        if (date == null) {
            problems.add(at + "front matter has no date= (YYYY-MM-DD)");
        } else {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(where + ":" + seenAt.get("date") + ": date '" + date + "' is not YYYY-MM-DD");
            }
        }
        String type = header.get("type");
        if (type != null && !TYPES.contains(type)) {
            problems.add(where + ":" + seenAt.get("type") + ": type '" + type + "' has no template; use " + TYPES);
        }
        String status = header.get("status");
        if (status != null && !STATUSES.contains(status)) {
            problems.add(where + ":" + seenAt.get("status") + ": status '" + status + "' is not one of " + STATUSES);
        }
    }

    /** Every formula must render: KaTeX's reason, with the formula's line. */
    private static void checkMath(String where, List<String> lines, int end, List<String> problems) {
        String body = String.join("\n", lines.subList(end + 1, lines.size()));
        MathSpans math = MathSpans.of(body, end + 2);
        for (String unclosed : math.problems()) {
            problems.add(where + ":" + unclosed + " (write \\$ for a dollar sign)");
        }
        for (MathSpans.Formula f : math.formulas()) {
            try {
                MathRenderer.get().render(f.tex(), f.display());
            } catch (IllegalArgumentException bad) {
                problems.add(where + ":" + f.line() + ": " + bad.getMessage());
            }
        }
    }

    private void checkBody(String where, List<String> lines, int end, List<String> problems) {
        checkMath(where, lines, end, problems);
        for (int i = end + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = Embeds.SOURCE.matcher(line);
            if (m.matches()) {
                if (!Files.isRegularFile(embeds.markupOf(m.group(1)))) {
                    problems.add(where + ":" + (i + 1) + ": unknown calculator '" + m.group(1) + "': no "
                            + root.relativize(embeds.markupOf(m.group(1))));
                } else {
                    String broken = embeds.prepare(m.group(1));
                    if (broken != null) {
                        problems.add(broken + " (embedded at " + where + ":" + (i + 1) + ")");
                    }
                }
            } else if (line.contains("{{<")) {
                problems.add(where + ":" + (i + 1) + ": malformed directive, expected {{< calculator NAME >}} on a line"
                        + " of its own: " + line.trim());
            }
        }
    }
}
