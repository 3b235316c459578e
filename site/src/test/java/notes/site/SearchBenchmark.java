package notes.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test ({@code mvn -B verify -Pbench}): site search on the generated corpus ({@link Corpus},
 * {@code -Dbench.notes}, 1,000 by default). Prints the index's size on disk, and for each query, typed in a fresh
 * page with an empty cache at Lighthouse's mobile CPU (4x slower, CDP Emulation.setCPUThrottlingRate), the bytes it
 * fetched (as served: gzip, netlify.toml headers) and the times from its input event to the results listed (titles
 * and links) and complete (each with its passage, whose note file is fetched after the listing); then the same query
 * again, everything cached, and the query typed into a box focused first (focus fetches search.json and MiniSearch,
 * as when a reader clicks the box), and typed key by key after focus, as a reader does. The same for the alternatives, MiniSearch's and FlexSearch's index of the
 * whole corpus in one file. Anchors from the same run: the full text of every note in one file (what search.json
 * was before the index was split) for bytes, and the cached query for time. Asserts nothing.
 */
class SearchBenchmark {
    private static final int NOTES = Integer.getInteger("bench.notes", 1000);
    private static final int RUNS = 5;
    /**
     * The time between keystrokes: 80 words a minute (a fast typist), five letters and a space to the word; a Zhuyin
     * syllable takes two to four keys, so a Chinese character every 125 ms is faster than anyone types them.
     */
    private static final long KEY_INTERVAL_MS = 125;
    private static final Path DIR = Path.of("target", "search-bench").toAbsolutePath();
    /** Queries a reader of the corpus would type: two terms, Chinese, a word prefix, a typo. */
    private static final List<String> QUERIES = List.of("latent attention", "注意力 快取", "債券", "quantisaton",
            "mixture 專家");
    /** The queries the alternatives answer too (each loads a whole-corpus index: slow at 4x CPU). */
    private static final List<String> ALTERNATIVES = List.of("latent attention", "注意力 快取");
    /** The vendored MiniSearch (assets/js/vendor/minisearch.js) and the FlexSearch release compared with it. */
    private static final String MINISEARCH = "7.2.0";
    private static final String FLEXSEARCH = "0.8.212";

    @Test
    void searchOnTheCorpus() throws Exception {
        Path repo = Corpus.writeJBake(DIR.resolve("repo"), NOTES);
        Path site = DIR.resolve("site");
        List<String> problems = new SiteBuilder(repo, site, Repo.root().resolve("web/target/js")).build();
        if (!problems.isEmpty()) {
            throw new AssertionError(problems);
        }
        long[] index = sizes(Stream.concat(Stream.of(site.resolve("search.json")), files(site.resolve("search"))));
        long[] fullText = sizes(files(site.resolve("search/notes")));
        wholeIndexes(site);
        long[] mini = sizes(Stream.of(site.resolve("bench/minisearch-whole.json")));
        long[] flex = sizes(Stream.of(site.resolve("bench/flexsearch-whole.json")));
        StringBuilder out = new StringBuilder(String.format("%n%d notes. Index on disk, bytes (gzip): this site's"
                + " buckets and notes %,d (%,d) in %d files; MiniSearch whole %,d (%,d); FlexSearch whole %,d (%,d); anchor,"
                + " every note's text in one file %,d (%,d)%n%n| query | index | first query: fetched as served"
                + " (decoded) | time from the input event, median of %d at 4x CPU | same query cached, complete |"
                + " first (complete) / cached |%n"
                + "|---|---|---|---|---|---|%n", NOTES, index[0], index[1], index[2], mini[0], mini[1], flex[0],
                flex[1], fullText[0], fullText[1], RUNS));
        try (StaticServer server = StaticServer.start(site, 0, "/",
                HostHeaders.fromNetlifyToml(Repo.root().resolve("netlify.toml")));
             Browser browser = new Browser()) {
            for (String query : QUERIES) {
                double[] listed = new double[RUNS];
                double[] first = new double[RUNS];
                double[] focusedListed = new double[RUNS];
                double[] focused = new double[RUNS];
                double[] typedListed = new double[RUNS];
                double[] typed = new double[RUNS];
                double[] cached = new double[RUNS];
                long[] bytes = {0, 0};
                for (int run = 0; run < RUNS; run++) {
                    fresh(browser, server);
                    double[] times = type(browser, query);
                    listed[run] = times[0];
                    first[run] = times[1];
                    bytes = fetched(browser);
                    type(browser, "");
                    cached[run] = type(browser, query)[1];
                    // As a reader types: the box is focused first, which fetches search.json and MiniSearch.
                    fresh(browser, server);
                    focus(browser);
                    times = type(browser, query);
                    focusedListed[run] = times[0];
                    focused[run] = times[1];
                    // As a reader types, key by key: the box focused, then the query typed as keystrokes.
                    fresh(browser, server);
                    focus(browser);
                    times = typeKeyByKey(browser, query);
                    typedListed[run] = times[0];
                    typed[run] = times[1];
                    browser.driver().executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
                }
                out.append(String.format("| %s | this site (MiniSearch, %d buckets) | %,d B (%,d B) | listed %.1f ms,"
                        + " complete %.1f ms (after focus: %.1f ms, %.1f ms; typed key by key: %.1f ms, %.1f ms)"
                        + " | %.1f ms | %.1f |%n", query, SearchTerms.BUCKETS, bytes[0], bytes[1],
                        Tools.median(listed), Tools.median(first), Tools.median(focusedListed),
                        Tools.median(focused), Tools.median(typedListed), Tools.median(typed),
                        Tools.median(cached), Tools.median(first) / Tools.median(cached)));
                // The alternatives stop when they know the results, as "listed" does; "complete" also fetched passages.
                double ours = Tools.median(listed);
                double complete = Tools.median(first);
                double keyByKey = Tools.median(typedListed);
                List<String> kinds = ALTERNATIVES.contains(query) ? List.of("minisearch", "flexsearch") : List.of();
                for (String kind : kinds) {
                    for (int run = 0; run < RUNS; run++) {
                        fresh(browser, server);
                        first[run] = ((Number) browser.script("return import(new URL('bench/whole.js', location.href))"
                                + ".then((m) => m.run(arguments[0], arguments[1]))", kind, SearchTerms.terms(query)))
                                .doubleValue();
                        bytes = fetched(browser);
                        browser.driver().executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
                    }
                    out.append(String.format("| %s | %s, whole index | %,d B (%,d B) | %.1f ms | | |%n", query, kind,
                            bytes[0], bytes[1], Tools.median(first)));
                    BenchTable.add(String.format("search, %,d notes", NOTES), "first query \"" + query
                            + "\" at 4x CPU, listed", ours, kind + ", whole index", Tools.median(first), "ms");
                    BenchTable.add(String.format("search, %,d notes", NOTES), "first query \"" + query
                            + "\" at 4x CPU, with passages", complete, kind + ", whole index", Tools.median(first),
                            "ms");
                    BenchTable.add(String.format("search, %,d notes", NOTES), "\"" + query + "\" typed key by key"
                            + " after focus at 4x CPU, listed", keyByKey, kind + ", whole index",
                            Tools.median(first), "ms");
                }
            }
        }
        System.out.println(out);
    }

    /** The home page with an empty cache, CPU throttled 4x from here on, resource timings cleared. */
    private static void fresh(Browser browser, StaticServer server) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.open(server.url() + "index.html");
        browser.driver().executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
        browser.script("performance.clearResourceTimings()");
    }

    /** Focuses the search box, which fetches search.json and MiniSearch, and waits for both. */
    private static void focus(Browser browser) {
        browser.script("document.querySelector('#site-search-input').focus()");
        browser.waitUntil("return performance.getEntriesByType('resource')"
                + ".filter((e) => /minisearch|search[.]json/.test(e.name)).length === 2");
    }

    /**
     * Types {@code query} as a reader does, one character per step, {@link #KEY_INTERVAL_MS} apart, each with its
     * input event: a Latin letter or a space is a keystroke; a Chinese character is what a Zhuyin input method (the
     * usual one in Taiwan) shows in the box once its syllable is typed, an input event marked {@code isComposing}
     * while the word goes on, a plain one when it is committed (the query's end, or a space next). Returns the times
     * of the last step, as {@link #type}.
     */
    private static double[] typeKeyByKey(Browser browser, String query) throws InterruptedException {
        int[] chars = query.codePoints().toArray();
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < chars.length - 1; i++) {
            typed.appendCodePoint(chars[i]);
            boolean composing = isHan(chars[i]) && isHan(chars[i + 1]);
            browser.script("const input = document.querySelector('#site-search-input'); input.value = arguments[0];"
                    + " input.dispatchEvent(new InputEvent('input', { isComposing: arguments[1] }));",
                    typed.toString(), composing);
            Thread.sleep(KEY_INTERVAL_MS);
        }
        return type(browser, query);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * The alternatives: MiniSearch's and FlexSearch's index of the whole corpus, one file each, built in Node from
     * the same notes and terms (search-bench/whole-indexes.mjs), with the page that loads and queries them.
     */
    private static void wholeIndexes(Path site) throws Exception {
        Path node = DIR.resolve("node");
        Tools.npmInstall(node, "minisearch@" + MINISEARCH);
        Tools.npmInstall(node, "flexsearch@" + FLEXSEARCH);
        Files.createDirectories(site.resolve("bench"));
        Files.copy(resource("whole.js"), site.resolve("bench/whole.js"), StandardCopyOption.REPLACE_EXISTING);
        Tools.run(DIR, "node", resource("whole-indexes.mjs").toString(), site.toString(),
                node.resolve("node_modules").toString(), Repo.root().resolve("assets/js/search.js").toString());
    }

    private static Path resource(String name) throws Exception {
        return Path.of(SearchBenchmark.class.getResource("/search-bench/" + name).toURI());
    }

    /**
     * Types {@code query} into the search box and returns the ms from its input event until its results are listed
     * (titles and links, the list's data-listed) and until they are complete (each with its passage, data-query; for
     * no match, the two are one): the page notes the times the list takes them (a mutation observer, which runs
     * after the DOM change and before the paint), so the driver's polling does not count.
     */
    private static double[] type(Browser browser, String query) {
        browser.script("const input = document.querySelector('#site-search-input');"
                + "const list = document.querySelector('#site-search-results');"
                + "window.searchListed = null; window.searchEnd = null;"
                + "const seen = new MutationObserver(() => { const now = performance.now();"
                + " if (window.searchListed === null && list.dataset.listed === arguments[0]) window.searchListed = now;"
                + " if (list.dataset.query === arguments[0]) { window.searchEnd = now; seen.disconnect(); } });"
                + "seen.observe(list, { attributes: true, childList: true, subtree: true });"
                + "input.value = arguments[0]; window.searchStart = performance.now();"
                + "input.dispatchEvent(new Event('input'));", query);
        browser.waitUntil("return window.searchEnd !== null");
        List<?> times = (List<?>) browser.script("return [(window.searchListed ?? window.searchEnd) - window.searchStart,"
                + " window.searchEnd - window.searchStart]");
        return new double[] {((Number) times.get(0)).doubleValue(), ((Number) times.get(1)).doubleValue()};
    }

    /** Bytes of everything fetched since the timings were cleared: as transferred, and decoded. */
    private static long[] fetched(Browser browser) {
        List<?> sizes = (List<?>) browser.script("return performance.getEntriesByType('resource')"
                + ".map((e) => [e.transferSize, e.decodedBodySize])");
        long[] total = {0, 0};
        for (Object s : sizes) {
            total[0] += ((Number) ((List<?>) s).get(0)).longValue();
            total[1] += ((Number) ((List<?>) s).get(1)).longValue();
        }
        return total;
    }

    private static Stream<Path> files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(out::add);
        }
        return out.stream();
    }

    /** Total bytes, gzip bytes (each file on its own, as served) and file count. */
    private static long[] sizes(Stream<Path> files) throws IOException {
        long[] total = {0, 0, 0};
        for (Path f : (Iterable<Path>) files::iterator) {
            byte[] data = Files.readAllBytes(f);
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(data);
            }
            total[0] += data.length;
            total[1] += zipped.size();
            total[2]++;
        }
        return total;
    }
}
