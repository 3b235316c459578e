package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The docs-site conventions of issue 18 in the built pages (no browser): last updated and reading time on each note,
 * tags by count then name, previous/next within a topic, number columns of tables, numbers in prose, the home title.
 * Expected values come from the notes' own headers, from git, and from the cited reading rates.
 */
class NoteConventionsIT {
    private static final Path SITE = BuiltSite.folder();

    private static Document page(String path) throws IOException {
        return Jsoup.parse(SITE.resolve(path).toFile(), "UTF-8");
    }

    private static String page(Map<String, String> note) {
        return "notes/" + note.get("file").replaceFirst("\\.md$", ".html");
    }

    private static String siteTitle() throws IOException {
        java.util.Properties jbake = new java.util.Properties();
        jbake.load(new java.io.StringReader(Repo.read("jbake.properties")));
        return jbake.getProperty("site.title");
    }

    @Test
    void theHomePageIsTitledWithTheSiteNameOnce() throws IOException {
        assertEquals(siteTitle(), page("index.html").title());
        assertEquals("全部筆記 | " + siteTitle(), page("archive.html").title());
    }

    /** Published notes per tag, counted from the notes' headers. */
    private static Map<String, Integer> tagCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, String> note : Notes.published()) {
            for (String tag : note.getOrDefault("tags", "").split(",")) {
                if (!tag.isBlank()) {
                    counts.merge(tag.trim(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Most used first; ties in the JDK's collation for Taiwan (Latin, then Han characters by strokes). */
    private static Comparator<String> byCountThenName(Map<String, Integer> counts) {
        Collator taiwan = Collator.getInstance(Locale.TAIWAN);
        return Comparator.<String>comparingInt(t -> -counts.get(t)).thenComparing(taiwan::compare);
    }

    @Test
    void theTagsIndexListsTagsByCountThenName() throws IOException {
        Map<String, Integer> counts = tagCounts();
        List<String> expected = counts.keySet().stream().sorted(byCountThenName(counts)).collect(Collectors.toList());
        List<Element> items = page("tags/index.html").select("main .tag-list li");
        assertEquals(expected, items.stream().map(li -> li.selectFirst("a").text().substring(1))
                .collect(Collectors.toList()));
        for (Element li : items) {
            String tag = li.selectFirst("a").text().substring(1);
            assertEquals("（" + counts.get(tag) + "）", li.selectFirst("span").text(), tag);
        }
        // The site's own notes have ties and mixed scripts, so the order says something: AI heads it.
        assertEquals("AI", expected.get(0));
    }

    @Test
    void eachNoteListsItsTagsInTheSameOrder() throws IOException {
        Map<String, Integer> counts = tagCounts();
        for (Map<String, String> note : Notes.published()) {
            List<String> expected = Arrays.stream(note.getOrDefault("tags", "").split(",")).map(String::trim)
                    .filter(t -> !t.isEmpty()).sorted(byCountThenName(counts)).collect(Collectors.toList());
            List<String> shown = page(page(note)).select(".note-tags a[rel=tag]").eachText().stream()
                    .map(t -> t.substring(1)).collect(Collectors.toList());
            assertEquals(expected, shown, note.get("file"));
        }
    }

    /**
     * Following "previous" from the newest note of a topic visits every note of that topic once, each no newer than
     * the last, and never leaves the topic; "next" is the way back. Notes without a topic form one group (其他).
     */
    @Test
    void previousAndNextStayWithinATopic() throws IOException {
        Map<String, Map<String, String>> byPage = new HashMap<>();
        Notes.published().forEach(n -> byPage.put(page(n), n));
        Map<String, List<String>> topics = new HashMap<>();
        byPage.forEach((p, n) -> topics.computeIfAbsent(n.getOrDefault("topic", ""), t -> new ArrayList<>()).add(p));
        for (Map.Entry<String, List<String>> topic : topics.entrySet()) {
            List<String> newest = new ArrayList<>();
            for (String p : topic.getValue()) {
                if (page(p).selectFirst(".prev-next a[rel=next]") == null) {
                    newest.add(p);
                }
            }
            assertEquals(1, newest.size(), topic.getKey() + ": one note without a next one: " + newest);
            Set<String> visited = new HashSet<>();
            String at = newest.get(0);
            while (at != null) {
                assertTrue(visited.add(at), "loop at " + at);
                assertEquals(topic.getKey(), byPage.get(at).getOrDefault("topic", ""), at);
                Element prev = page(at).selectFirst(".prev-next a[rel=prev]");
                String older = prev == null ? null : "notes/" + prev.attr("href").replaceFirst("^.*/", "");
                if (older != null) {
                    assertTrue(byPage.get(older).get("date").compareTo(byPage.get(at).get("date")) <= 0, older);
                    Element back = page(older).selectFirst(".prev-next a[rel=next]");
                    assertEquals(at, "notes/" + back.attr("href").replaceFirst("^.*/", ""), "next of " + older);
                }
                at = older;
            }
            assertEquals(new HashSet<>(topic.getValue()), visited, topic.getKey());
        }
        // The case the issue reported: from the bond note (investing) to LoRA (ai).
        Element next = page("notes/bond-yield.html").selectFirst(".prev-next a[rel=next]");
        assertTrue(next == null || !next.attr("href").endsWith("lora.html"), String.valueOf(next));
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(Repo.root().toFile()).redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return process.waitFor() == 0 ? out : null;
    }

    /**
     * The oldest commits of a shallow clone (git's {@code shallow} file; empty for a full clone): each lists every
     * file as new, so the build shows no date for a note last changed there.
     */
    private static Set<String> shallowBoundary() throws Exception {
        Path shallow = Repo.root().resolve(git("rev-parse", "--git-path", "shallow"));
        return Files.exists(shallow) ? new HashSet<>(Files.readAllLines(shallow)) : Set.of();
    }

    /**
     * Each note's 最後更新 is git's own answer for its file ({@code git log -1 --format=%cs}); a note with changes
     * not yet committed shows the day its file was saved; a note last changed in a shallow clone's oldest commit, or
     * a checkout with no git history at all, shows none (README, "What the build does").
     */
    @Test
    void lastUpdatedIsTheLastCommitOfEachNote() throws Exception {
        boolean history = "true".equals(git("rev-parse", "--is-inside-work-tree"));
        Set<String> boundary = history ? shallowBoundary() : Set.of();
        int dated = 0;
        for (Map<String, String> note : Notes.published()) {
            String file = "content/notes/" + note.get("file");
            Path path = Repo.root().resolve(file);
            String expected = null;
            if (history && !git("status", "--porcelain", "--", file).isEmpty()) {
                expected = LocalDate.ofInstant(Instant.ofEpochMilli(Files.getLastModifiedTime(path).toMillis()),
                        ZoneId.systemDefault()).toString();
            } else if (history && !boundary.contains(git("log", "-1", "--format=%H", "--", file))) {
                expected = git("log", "-1", "--format=%cs", "--", file);
            }
            Element time = page(page(note)).selectFirst(".note-meta .note-updated time[datetime]");
            if (expected == null) {
                assertTrue(time == null, file + " has no history here but shows " + time);
            } else {
                dated++;
                assertTrue(time != null, file);
                assertEquals(expected, time.attr("datetime"), file);
                assertEquals("最後更新 " + expected, time.parent().text(), file);
            }
        }
        System.out.printf("last updated: %d of %d notes dated (git history: %s, shallow boundary: %d commits)%n",
                dated, Notes.published().size(), history, boundary.size());
    }

    /** CJK characters at 255 a minute (IReST, 2012, table 2); other words at 238 (Brysbaert, 2019). */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'’-][\\p{L}\\p{N}]+)*");

    @Test
    void readingTimeCountsCharactersAndWordsOfTheProse() throws IOException {
        for (Map<String, String> note : Notes.published()) {
            Element body = page(page(note)).selectFirst(".note-body");
            body.select(".katex, .katex-display, .math-scroll, [data-calculator], pre, .toc").remove();
            String text = body.text();
            Matcher cjk = CJK.matcher(text);
            long characters = cjk.results().count();
            long words = WORD.matcher(CJK.matcher(text).replaceAll(" ")).results().count();
            long minutes = Math.max(1, (long) Math.ceil(characters / 255.0 + words / 238.0));
            String shown = page(page(note)).selectFirst(".note-meta .reading-time").text();
            assertEquals("閱讀時間約 " + minutes + " 分鐘", shown,
                    note.get("file") + ": " + characters + " characters, " + words + " words");
        }
    }

    /**
     * The GPU table of the training-compute note: the model column is text (start), the BF16 column numbers (end);
     * the FP8 column mixes in 不支援 and stays text. Every number column's cells are numbers.
     */
    @Test
    void numberColumnsAreMarkedAndTextColumnsAreNot() throws IOException {
        Element table = page("notes/training-compute.html").select(".note-body table")
                .stream().filter(t -> t.selectFirst("th").text().equals("GPU")).findFirst().orElseThrow();
        for (Element row : table.select("tr")) {
            List<Element> cells = row.select("th, td");
            assertFalse(cells.get(0).hasClass("num"), cells.get(0).text());
            assertTrue(cells.get(1).hasClass("num"), cells.get(1).text());
            assertFalse(cells.get(2).hasClass("num"), cells.get(2).text());
        }
        for (String p : BuiltSite.pages(SITE)) {
            for (Element cell : page(p).select(".note-body td.num")) {
                cell.select("sup").remove(); // a footnote mark counts neither way (TableColumns)
                assertTrue(cell.text().matches("[+\\-−]?[$\\d][\\d,.\\s/%×$倍]*"), p + ": " + cell.text());
            }
        }
    }

    /** Java's 3.15E23, a caret 10^23 or "x 10^" never reach a reader: outside formulas and code, exponents are set. */
    @Test
    void noPageShowsAnExponentWithACaretOrAnE() throws IOException {
        // A number in E notation standing alone (not the "2e3" inside a commit hash such as 67a32e35), or 10^.
        Pattern raw = Pattern.compile("(?<![\\p{L}\\p{N}.])\\d+(?:\\.\\d+)?[eE][+-]?\\d+(?![\\p{L}\\p{N}])|10\\s*\\^");
        for (String p : BuiltSite.pages(SITE)) {
            Document doc = page(p);
            doc.select(".katex, .katex-display, code, pre, script, style").remove();
            for (TextNode text : allText(doc)) {
                assertFalse(raw.matcher(text.text()).find(), p + ": " + text.text());
            }
        }
    }

    private static List<TextNode> allText(Document doc) {
        List<TextNode> texts = new ArrayList<>();
        for (Element element : doc.body().getAllElements()) {
            texts.addAll(element.textNodes());
        }
        return texts;
    }
}
