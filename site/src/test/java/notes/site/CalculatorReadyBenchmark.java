package notes.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test ({@code mvn -B verify -Pbench}): how long until a note's calculators answer input, on a
 * phone as Lighthouse's DevTools throttling emulates one (slow 4G: 562.5 ms request latency, 1,474.56 kbit/s down;
 * a 4x slower CPU), served with gzip and netlify.toml's headers. For each note with calculators: a first visit with
 * an empty cache, and a visit to it after another note (the reader's second note, with whatever that note left in
 * the cache). The time is the page's {@code calculators-ready} mark; median of {@link #RUNS} runs. With it, the
 * scripts' bytes of each visit (Resource Timing: decoded, as sent, and transferred, which leaves out what came from
 * the cache: the new script a second note costs). Prints a table;
 * asserts nothing about speed. {@code -Dbench.site=FOLDER} measures another build (an older commit's, say).
 */
class CalculatorReadyBenchmark {
    private static final int RUNS = 5;

    @Test
    void readyTimes() throws IOException {
        Path folder = System.getProperty("bench.site") == null ? BuiltSite.folder()
                : Path.of(System.getProperty("bench.site")).toRealPath();
        List<String> notes = notesWithCalculators(folder);
        StringBuilder table = new StringBuilder("\n| note | first visit: ready (median of " + RUNS + ") | after another"
                + " note: ready | first visit: JS raw / gzip / transferred | after another note: JS transferred |"
                + "\n|---|---|---|---|---|\n");
        try (StaticServer server = StaticServer.start(folder, 0, "/",
                HostHeaders.fromNetlifyToml(Repo.root().resolve("netlify.toml")));
             Browser browser = new Browser()) {
            for (int i = 0; i < notes.size(); i++) {
                String note = notes.get(i);
                String before = notes.get((i + 1) % notes.size());
                double[] first = new double[RUNS];
                double[] second = new double[RUNS];
                long[] firstBytes = null;
                long[] secondBytes = null;
                for (int run = 0; run < RUNS; run++) {
                    first[run] = ready(browser, server.url() + note, null);
                    firstBytes = scriptBytes(browser);
                    second[run] = ready(browser, server.url() + note, server.url() + before);
                    secondBytes = scriptBytes(browser);
                }
                table.append(String.format("| %s | %.0f ms | %.0f ms | %,d B / %,d B / %,d B | %,d B |%n", note,
                        median(first), median(second), firstBytes[0], firstBytes[1], firstBytes[2], secondBytes[2]));
            }
        }
        System.out.println(table);
    }

    /** Opens {@code page} with an empty cache (after {@code previous}, when given) and reads its ready mark. */
    private static double ready(Browser browser, String page, String previous) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                "latency", 562.5, "downloadThroughput", 1474.56 * 1024 / 8, "uploadThroughput", 675 * 1024 / 8));
        browser.driver().executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
        if (previous != null) {
            browser.open(previous);
        }
        browser.open(page);
        browser.waitUntil("return performance.getEntriesByName('calculators-ready').length > 0");
        double ready = ((Number) browser.script(
                "return performance.getEntriesByName('calculators-ready')[0].startTime")).doubleValue();
        browser.driver().executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
        return ready;
    }

    /**
     * The scripts the open page loaded (Resource Timing): bytes after decoding, bytes as sent (gzip) and bytes
     * transferred, which is 0 for a script taken from the browser's cache.
     */
    private static long[] scriptBytes(Browser browser) {
        @SuppressWarnings("unchecked")
        List<Number> sums = (List<Number>) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => new URL(e.name).pathname.endsWith('.js')).reduce((s, e) => [s[0] + e.decodedBodySize,"
                + " s[1] + e.encodedBodySize, s[2] + e.transferSize], [0, 0, 0])");
        return sums.stream().mapToLong(Number::longValue).toArray();
    }

    private static List<String> notesWithCalculators(Path folder) throws IOException {
        List<String> notes = new ArrayList<>();
        try (var files = Files.list(folder.resolve("notes"))) {
            for (Path page : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.readString(page).contains("data-calculator")) {
                    notes.add("notes/" + page.getFileName());
                }
            }
        }
        return notes;
    }

    private static double median(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
