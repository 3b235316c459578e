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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vladsch.flexmark.util.ast.Document;

/**
 * Checks every note before JBake sees it, so that a broken note fails the build with its file and line instead of
 * being skipped or rendered half-way: the front matter (key=value lines up to {@code ~~~~~~}) must be well formed,
 * with a title, an ISO date, a known type and status; embedded calculators must exist and their templates render.
 */
public final class NoteChecker {
    static final String HEADER_END = "~~~~~~";
    private static final Set<String> TYPES = Set.of("note", "page");
    private static final Set<String> STATUSES = Set.of("published", "draft");

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    /** Content files JBake bakes into pages (its Markdown engine is ours; .html files are copied through). */
    private static final Set<String> BAKED = Set.of("md", "html", "htm");

    private final Path root;
    private final Embeds embeds;
    private NoteMarkdown markdown = new NoteMarkdown(name -> null, null);
    /** Renders each note that passes its checks from the tree the check parsed, or null (check only). */
    private FlexmarkEngine renderer;
    private final ImageFiles images;
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> drafts = new java.util.concurrent.ConcurrentSkipListSet<>();

    public NoteChecker(Path root, Embeds embeds) {
        this.root = root;
        this.embeds = embeds;
        this.images = new ImageFiles(root.resolve("assets"));
    }

    /**
     * Hands each note that passes its checks to {@code engine} ({@link FlexmarkEngine#prerender}), parsed once by the
     * engine's own parser: a build parses every note once, not once to check and again to render, and renders on
     * the checking threads.
     */
    NoteChecker renderingWith(FlexmarkEngine engine) {
        this.renderer = engine;
        this.markdown = engine.markdown();
        return this;
    }

    /** Problems as {@code path:line: message}, paths relative to the repository root; empty when all is well. */
    public List<String> check(Path contentDir) throws IOException {
        drafts.clear();
        List<Path> all;
        try (Stream<Path> files = Files.walk(contentDir)) {
            all = files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        List<String> problems = check(all.stream().filter(p -> p.toString().endsWith(".md"))
                .collect(Collectors.toList()));
        problems.addAll(samePage(contentDir, all));
        return problems;
    }

    /**
     * Two content files that JBake would bake into the same page (notes/a.md and notes/a.html both make
     * notes/a.html): the later one would silently replace the other.
     */
    private List<String> samePage(Path contentDir, List<Path> files) {
        Map<String, Path> pages = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String name = contentDir.relativize(file).toString().replace('\\', '/');
            int dot = name.lastIndexOf('.');
            if (dot < 0 || !BAKED.contains(name.substring(dot + 1))) {
                continue;
            }
            String page = name.substring(0, dot) + ".html";
            Path earlier = pages.putIfAbsent(page, file);
            if (earlier != null) {
                problems.add(root.relativize(file) + ":1: writes " + page + ", as " + root.relativize(earlier)
                        + " does; rename one of them");
            }
        }
        return problems;
    }

    /** The same checks for some notes only (the dev server's rebuild of the notes that changed). */
    public List<String> check(Collection<Path> notes) throws IOException {
        // In parallel (flexmark and KaTeX, the most of a check, keep no state between notes), reported in order.
        List<Checked> checked = Parallel.map(notes, this::checkOne);
        List<String> problems = new ArrayList<>();
        for (Checked one : checked) {
            if (one.failure() != null) {
                throw one.failure();
            }
            problems.addAll(one.problems());
            warnings.addAll(one.warnings());
        }
        return problems;
    }

    private record Checked(List<String> problems, List<String> warnings, IOException failure) {
    }

    private Checked checkOne(Path note) {
        List<String> problems = new ArrayList<>();
        List<String> noteWarnings = new ArrayList<>();
        try {
            checkNote(note, problems, noteWarnings);
            return new Checked(problems, noteWarnings, null);
        } catch (IOException e) {
            return new Checked(problems, noteWarnings, e);
        }
    }

    /** The note's front matter as written (the lines before {@value #HEADER_END}), or null if it has none. */
    static String frontMatter(Path note) throws IOException {
        List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
        int end = lines.indexOf(HEADER_END);
        return end < 0 ? null : String.join("\n", lines.subList(0, end));
    }

    private void checkNote(Path file, List<String> problems, List<String> warnings) throws IOException {
        String where = root.relativize(file).toString();
        String name = file.getFileName().toString();
        if (name.chars().anyMatch(Character::isWhitespace)) {
            // JBake writes the page under the name as it is but links to it URL-encoded with '+' for the space,
            // which browsers read as a plus sign: every link to the note would be broken.
            problems.add(where + ":1: the file name has a space; JBake would link to it as '"
                    + name.replaceAll("\\s", "+").replaceFirst("\\.md$", ".html") + "', which is not its address."
                    + " Use a hyphen: " + name.replaceAll("\\s+", "-"));
            return;
        }
        if (name.matches(".*[#%?].*")) {
            // '#', '%' and '?' end or escape a URL's path: the search index and links would point elsewhere.
            problems.add(where + ":1: the file name has '#', '%' or '?', which cut a web address short; use letters,"
                    + " digits and hyphens: " + name.replaceAll("[#%?]+", "-"));
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            problems.add(where + ":1: not valid UTF-8");
            return;
        }
        if (!lines.isEmpty() && lines.get(0).startsWith(BYTE_ORDER_MARK)) {
            // Some editors on Windows start UTF-8 files with a byte order mark; JBake skips it too.
            lines.set(0, lines.get(0).substring(1));
        }
        int end = lines.indexOf(HEADER_END);
        if (end < 0) {
            problems.add(where + ":1: the front matter is not closed: add a line " + HEADER_END
                    + " after its key=value lines (or, if the note has none, start it with title= and date= lines"
                    + " and that line)");
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
        if ("draft".equals(header.get("status"))) {
            drafts.add(root.resolve("content").relativize(file).toString().replace('\\', '/'));
        }
        requireHeader(where, header, seenAt, problems, end);
        requireTopic(where, header, seenAt, problems, end);
        checkBody(file, where, lines, end, problems, warnings);
    }

    /**
     * A note's topic, when given, must be one of {@code site.topics} in jbake.properties: the home page lists notes
     * by topic (and those without one under 其他), so a misspelt topic would drop the note from it without a word.
     */
    private void requireTopic(String where, Map<String, String> header, Map<String, Integer> seenAt,
                              List<String> problems, int end) {
        if (!"note".equals(header.getOrDefault("type", "note"))) {
            return;
        }
        String topic = header.get("topic");
        List<String> topics = topics();
        if (topic != null && !topics.isEmpty() && !topics.contains(topic)) {
            problems.add(where + ":" + seenAt.get("topic") + ": unknown topic '" + topic + "'; the topics are "
                    + topics + " (site.topics in jbake.properties)");
        }
    }

    /** The topics the home page lists, in order, from jbake.properties; empty when it declares none. */
    private List<String> topics() {
        java.util.Properties config = new java.util.Properties();
        Path file = root.resolve("jbake.properties");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (java.io.Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            config.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String topics = config.getProperty("site.topics", "").trim();
        return topics.isEmpty() ? List.of() : List.of(topics.split("\\s*,\\s*"));
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
                boolean shaped = date.matches("\\d{4}-\\d{2}-\\d{2}");
                problems.add(where + ":" + seenAt.get("date") + ": date '" + date + "' is not "
                        + (shaped ? "a real date (YYYY-MM-DD)" : "YYYY-MM-DD"));
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

    /** Formulas, calculator directives and stray dollars, as the page's Markdown reads them ({@link BodyCheck}). */
    private void checkBody(Path file, String where, List<String> lines, int end, List<String> problems,
            List<String> warnings) {
        String body = String.join("\n", lines.subList(end + 1, lines.size()));
        String page = root.resolve("content").relativize(file).toString().replace('\\', '/')
                .replaceFirst("\\.md$", ".html");
        // JBake ends each line of a body with a newline: the text the crawler will ask the engine for
        String text = end + 1 < lines.size() ? body + "\n" : body;
        Document document = markdown.parse(text, page);
        int before = problems.size();
        new BodyCheck(where, end + 2, embeds, problems, warnings).images(images, page).check(document);
        if (renderer != null && problems.size() == before) {
            renderer.prerender(new FlexmarkEngine.Body(page, text), document);
        }
    }

    /** The notes with {@code status=draft} found by the last check of the whole content folder, content-relative. */
    public Set<String> drafts() {
        return Set.copyOf(drafts);
    }

    /**
     * The warnings of the checks since the last call ({@code file:line: message}), which do not stop the build: the
     * writer can act on each.
     */
    public List<String> takeWarnings() {
        List<String> taken = List.copyOf(warnings);
        warnings.clear();
        return taken;
    }
}
