package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import notes.base.JsonText;

/**
 * The search index, written when the site is built and read by MiniSearch in the page (assets/js/search.js), in
 * pieces so the first query downloads little however many notes there are:
 * <ul>
 * <li>{@code search.json}: the glosses (synonyms), every note's address and title (a result is listed with them) and
 * MiniSearch's serialization of the notes without their terms (ids and field lengths, for scoring);</li>
 * <li>{@code search/B.json}, B from 0 to {@link SearchTerms#BUCKETS} - 1: the terms of bucket B
 * ({@link SearchTerms#bucket}), as the {@code index} array of MiniSearch's own serialization (version 2, fields title
 * and text), which the page joins with search.json's {@code index} for MiniSearch.loadJS;</li>
 * <li>{@code search/notes/N.json}: note N's address, title and sections, fetched per listed result for its
 * snippet.</li>
 * </ul>
 */
final class SearchIndex {
    /** MiniSearch's field ids, in the order search.js names them. */
    private static final int TITLE = 0;
    private static final int TEXT = 1;

    /** One note's searchable text, and its glosses as {Chinese term, English term}. */
    record Entry(String url, String title, List<Section> sections, List<String[]> glosses) {
    }

    /** The prose under one heading (h2/h3; the first has none): formulas left out. */
    record Section(String heading, String anchor, String text) {
    }

    private SearchIndex() {
    }

    /** Writes search.json and the folder search/ from the pages' entries (the notes'), in the pages' order. */
    static void write(Path site, List<SitePage> pages) throws IOException {
        List<Entry> notes = pages.stream().map(SitePage::searchEntry).filter(Objects::nonNull)
                .collect(Collectors.toList());
        Path dir = site.resolve("search");
        SiteBuilder.deleteTree(dir);
        Files.createDirectories(dir.resolve("notes"));
        List<Map<String, Integer>> titles = new ArrayList<>();
        List<Map<String, Integer>> texts = new ArrayList<>();
        Map<String, String> glosses = new LinkedHashMap<>();
        for (int id = 0; id < notes.size(); id++) {
            Entry note = notes.get(id);
            Files.writeString(dir.resolve("notes/" + id + ".json"), json(note), StandardCharsets.UTF_8);
            titles.add(counts(note.title()));
            StringBuilder text = new StringBuilder();
            for (Section s : note.sections()) {
                text.append(s.heading()).append('\n').append(s.text()).append('\n');
            }
            for (String[] g : note.glosses()) {
                glosses.putIfAbsent(SearchTerms.fold(g[1]) + "\t" + SearchTerms.fold(g[0]), "");
            }
            texts.add(counts(text.toString()));
        }
        Bucket[] buckets = buckets(titles, texts);
        for (int b = 0; b < buckets.length; b++) {
            Files.writeString(dir.resolve(b + ".json"), buckets[b].json(), StandardCharsets.UTF_8);
        }
        Files.writeString(site.resolve("search.json"), "{\"glosses\":" + glossJson(glosses.keySet()) + ",\"notes\":"
                + notes.stream().map(n -> "[" + JsonText.quote(n.url()) + "," + JsonText.quote(n.title()) + "]")
                        .collect(Collectors.joining(",", "[", "]"))
                + ",\"index\":" + documents(titles, texts) + "}\n", StandardCharsets.UTF_8);
    }

    /**
     * What MiniSearch.toJSON() writes besides the terms (serializationVersion 2): every note's id and field lengths,
     * once here rather than in every bucket; the page adds a query's buckets as {@code index} and calls loadJS.
     */
    private static String documents(List<Map<String, Integer>> titles, List<Map<String, Integer>> texts) {
        StringBuilder ids = new StringBuilder();
        StringBuilder lengths = new StringBuilder();
        for (int id = 0; id < titles.size(); id++) {
            String sep = id == 0 ? "" : ",";
            ids.append(sep).append('"').append(id).append("\":").append(id);
            lengths.append(sep).append('"').append(id).append("\":[").append(titles.get(id).size()).append(',')
                    .append(texts.get(id).size()).append(']');
        }
        return "{\"documentCount\":" + titles.size() + ",\"nextId\":" + titles.size() + ",\"documentIds\":{" + ids
                + "},\"fieldIds\":{\"title\":" + TITLE + ",\"text\":" + TEXT + "},\"fieldLength\":{" + lengths
                + "},\"averageFieldLength\":[" + average(titles) + "," + average(texts)
                + "],\"storedFields\":{},\"dirtCount\":0,\"serializationVersion\":2}";
    }

    /**
     * Moves a written index from {@code from} into the site at {@code to}: the buckets and notes first, search.json
     * (the notes' list and the lengths the buckets are scored with) last, so a page never joins a new bucket with
     * an old list that lacks its notes.
     */
    static void move(Path from, Path to) throws IOException {
        Path old = Files.createTempDirectory(to.getParent(), "search-old");
        if (Files.isDirectory(to.resolve("search"))) {
            Files.move(to.resolve("search"), old.resolve("search"), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(from.resolve("search"), to.resolve("search"), StandardCopyOption.ATOMIC_MOVE);
        Files.move(from.resolve("search.json"), to.resolve("search.json"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        SiteBuilder.deleteTree(old);
    }

    /** Longest English term first, so "accrued interest" is taken before a shorter gloss inside it. */
    private static String glossJson(Iterable<String> pairs) {
        List<String> list = new ArrayList<>();
        pairs.forEach(list::add);
        list.sort((a, b) -> b.indexOf('\t') - a.indexOf('\t'));
        return list.stream().map(p -> "[" + JsonText.quote(p.substring(0, p.indexOf('\t'))) + ","
                + JsonText.quote(p.substring(p.indexOf('\t') + 1)) + "]").collect(Collectors.joining(",", "[", "]"));
    }

    /** How often each term occurs in {@code text}. */
    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String term : SearchTerms.terms(text)) {
            counts.merge(term, 1, Integer::sum);
        }
        return counts;
    }

    /** MiniSearch's field length: the number of distinct terms (MiniSearch.addFields counts a Set of tokens). */
    private static double average(List<Map<String, Integer>> fields) {
        return fields.stream().mapToInt(Map::size).average().orElse(0);
    }

    /** Every bucket, empty ones too (the page fetches a term's bucket without knowing whether it has terms). */
    private static Bucket[] buckets(List<Map<String, Integer>> titles, List<Map<String, Integer>> texts) {
        Bucket[] buckets = new Bucket[SearchTerms.BUCKETS];
        Arrays.setAll(buckets, b -> new Bucket());
        for (int id = 0; id < titles.size(); id++) {
            for (int field : new int[] {TITLE, TEXT}) {
                for (Map.Entry<String, Integer> t : (field == TITLE ? titles : texts).get(id).entrySet()) {
                    buckets[SearchTerms.bucket(t.getKey())].add(t.getKey(), field, id, t.getValue());
                }
            }
        }
        return buckets;
    }

    /** The postings of one bucket: term → field → note → count. */
    private static final class Bucket {
        private final Map<String, Map<Integer, Map<Integer, Integer>>> index = new TreeMap<>();

        void add(String term, int field, int note, int count) {
            index.computeIfAbsent(term, k -> new TreeMap<>()).computeIfAbsent(field, k -> new TreeMap<>())
                    .put(note, count);
        }

        /** The {@code index} array of MiniSearch.toJSON()'s format (serializationVersion 2). */
        String json() {
            StringBuilder out = new StringBuilder("[");
            index.forEach((term, fields) -> {
                out.append('[').append(JsonText.quote(term)).append(",{");
                fields.forEach((field, notes) -> {
                    out.append('"').append(field).append("\":{");
                    notes.forEach((id, n) -> out.append('"').append(id).append("\":").append(n).append(','));
                    trim(out).append("},");
                });
                trim(out).append("}],");
            });
            return trim(out).append("]").toString();
        }

        private static StringBuilder trim(StringBuilder out) {
            if (out.charAt(out.length() - 1) == ',') {
                out.setLength(out.length() - 1);
            }
            return out;
        }
    }

    private static String json(Entry note) {
        return "{\"url\":" + JsonText.quote(note.url()) + ",\"title\":" + JsonText.quote(note.title())
                + ",\"sections\":[" + note.sections().stream().map(s -> "{\"heading\":" + JsonText.quote(s.heading())
                        + ",\"anchor\":" + JsonText.quote(s.anchor()) + ",\"text\":" + JsonText.quote(s.text()) + "}")
                        .collect(Collectors.joining(",")) + "]}\n";
    }

    /**
     * The index entry of a page, or null when it is not a note (only notes/ pages with a note body are indexed).
     * Calculators' forms, TOC, footnotes and formulas are left out: a snippet is prose, and KaTeX's HTML as text is
     * debris ("2dhdc+dhR=256512+64"), so an inline formula reads as "…" and a displayed one is dropped.
     */
    static Entry entry(Path site, Path page, Document doc) {
        String url = site.relativize(page).toString().replace('\\', '/');
        Element body = doc.selectFirst(".note-body");
        if (!url.startsWith("notes/") || body == null) {
            return null;
        }
        Element copy = body.clone();
        copy.select(".calculator, .toc, .heading-anchor, .footnotes, .katex-display, .copy-code, .copy-status")
                .remove();
        copy.select(".katex").forEach(math -> math.replaceWith(new TextNode("…")));
        List<String[]> glosses = copy.children().stream().flatMap(block -> Glosses.in(block).stream())
                .collect(Collectors.toList());
        return new Entry(url, doc.selectFirst("h1").text(), sections(copy), glosses);
    }

    /** The text under each h2/h3 of a note body's cleaned copy. */
    private static List<Section> sections(Element copy) {
        List<Section> sections = new ArrayList<>();
        String heading = "";
        String anchor = "";
        StringBuilder text = new StringBuilder();
        for (Element child : copy.children()) {
            if (child.tagName().matches("h[23]")) {
                add(sections, heading, anchor, text);
                heading = child.text();
                anchor = child.id();
                text.setLength(0);
            } else {
                text.append(child.text()).append(' ');
            }
        }
        add(sections, heading, anchor, text);
        return sections;
    }

    private static void add(List<Section> sections, String heading, String anchor, StringBuilder text) {
        String prose = text.toString().replaceAll("\\s+", " ").trim();
        if (!heading.isEmpty() || !prose.isEmpty()) {
            sections.add(new Section(heading, anchor, prose));
        }
    }
}
