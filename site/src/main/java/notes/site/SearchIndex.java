package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
 * <li>{@code search.json}: the glosses (synonyms) and the list of shards;</li>
 * <li>{@code search/KEY.json}: the terms that begin with one shard key ({@link SearchTerms#shard}), as a MiniSearch
 * index (MiniSearch's own serialization, version 2, fields title and text), with the whole site's document count
 * and average field lengths so scores from different shards add up;</li>
 * <li>{@code search/notes/N.json}: note N's address, title and sections (the snippets), fetched per result.</li>
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
        Map<String, Shard> shards = shards(titles, texts);
        for (Map.Entry<String, Shard> s : shards.entrySet()) {
            Files.writeString(dir.resolve(s.getKey() + ".json"), s.getValue().json(notes.size(), average(titles),
                    average(texts)), StandardCharsets.UTF_8);
        }
        Files.writeString(site.resolve("search.json"), "{\"glosses\":" + glossJson(glosses.keySet()) + ",\"shards\":"
                + shards.keySet().stream().map(JsonText::quote).collect(Collectors.joining(",", "[", "]")) + "}\n",
                StandardCharsets.UTF_8);
    }

    /**
     * Moves a written index from {@code from} into the site at {@code to}: the shards and notes first, search.json
     * (which names the shards) last, so a page never reads a list naming shards that are not there yet.
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

    private static Map<String, Shard> shards(List<Map<String, Integer>> titles, List<Map<String, Integer>> texts) {
        Map<String, Shard> shards = new TreeMap<>();
        for (int id = 0; id < titles.size(); id++) {
            int[] lengths = {titles.get(id).size(), texts.get(id).size()};
            for (int field : new int[] {TITLE, TEXT}) {
                for (Map.Entry<String, Integer> t : (field == TITLE ? titles : texts).get(id).entrySet()) {
                    shards.computeIfAbsent(SearchTerms.shard(t.getKey()), k -> new Shard())
                            .add(t.getKey(), field, id, t.getValue(), lengths);
                }
            }
        }
        return shards;
    }

    /** The postings of one shard: term → field → note → count, and the lengths of the notes it names. */
    private static final class Shard {
        private final Map<String, Map<Integer, Map<Integer, Integer>>> index = new TreeMap<>();
        private final Map<Integer, int[]> lengths = new TreeMap<>();

        void add(String term, int field, int note, int count, int[] noteLengths) {
            index.computeIfAbsent(term, k -> new TreeMap<>()).computeIfAbsent(field, k -> new TreeMap<>())
                    .put(note, count);
            lengths.put(note, noteLengths);
        }

        /** MiniSearch.toJSON()'s format (serializationVersion 2), which MiniSearch.loadJS reads. */
        String json(int documentCount, double titleLength, double textLength) {
            StringBuilder out = new StringBuilder("{\"documentCount\":").append(documentCount).append(",\"nextId\":")
                    .append(documentCount).append(",\"documentIds\":{");
            lengths.keySet().forEach(id -> out.append('"').append(id).append("\":").append(id).append(','));
            trim(out).append("},\"fieldIds\":{\"title\":0,\"text\":1},\"fieldLength\":{");
            lengths.forEach((id, l) -> out.append('"').append(id).append("\":[").append(l[0]).append(',')
                    .append(l[1]).append("],"));
            trim(out).append("},\"averageFieldLength\":[").append(titleLength).append(',').append(textLength)
                    .append("],\"storedFields\":{},\"dirtCount\":0,\"index\":[");
            index.forEach((term, fields) -> {
                out.append('[').append(JsonText.quote(term)).append(",{");
                fields.forEach((field, notes) -> {
                    out.append('"').append(field).append("\":{");
                    notes.forEach((id, n) -> out.append('"').append(id).append("\":").append(n).append(','));
                    trim(out).append("},");
                });
                trim(out).append("}],");
            });
            return trim(out).append("],\"serializationVersion\":2}").toString();
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
