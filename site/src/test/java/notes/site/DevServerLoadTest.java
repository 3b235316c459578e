package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's rebuilds under readers: 50 clients fetch pages on 127.0.0.1 while 20 edits land (text edits,
 * re-rendered alone, and front-matter edits, which rebuild the whole site and switch the output). Every response is
 * a 200 with a complete page of one build: it ends with {@code </html>}, and the edited note shows exactly one
 * edit's marker. Bounded: the clients stop when the edits are done. Prints the request rate and latency percentiles
 * (measured, not asserted).
 */
class DevServerLoadTest {
    private static final int CLIENTS = 50;
    private static final int EDITS = 20;
    private static final Pattern MARKER = Pattern.compile("第 (\\d+) 次修改");

    @TempDir
    Path dir;

    @Test
    void fiftyReadersDuringTwentyEditsGetOnlyCompletePages() throws Exception {
        Path root = Corpus.scratchRepository(dir);
        Path notes = Files.createDirectories(root.resolve("content/notes"));
        for (int i = 0; i < 10; i++) {
            Files.writeString(notes.resolve("n" + i + ".md"), note("第 " + i + " 篇", 0), StandardCharsets.UTF_8);
        }
        SiteBuilder builder = new SiteBuilder(root, dir.resolve("public"), dir.resolve("no-scripts"))
                .keepForRebuilds();
        assertEquals(List.of(), builder.build());

        List<String> pages = List.of("index.html", "archive.html", "notes/n0.html", "notes/n1.html",
                "notes/n5.html", "search.json", "favicon.svg");
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicBoolean editing = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try (StaticServer server = new StaticServer(dir.resolve("public"), 0, "/", HostHeaders.NONE,
                UnaryOperator.identity())) {
            server.start();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(c);
                clients.submit(() -> {
                    while (editing.get()) {
                        String page = pages.get(random.nextInt(pages.size()));
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + page))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                            latencies.add(System.nanoTime() - sent);
                            String why = incomplete(page, r);
                            if (why != null) {
                                problems.add(page + ": " + why);
                            }
                        } catch (IOException | InterruptedException e) {
                            problems.add(page + ": " + e);
                        }
                    }
                });
            }
            for (int edit = 1; edit <= EDITS; edit++) {
                // Every fourth edit changes the title (front matter): a full build and an output switch.
                String title = edit % 4 == 0 ? "第 0 篇（改名 " + edit + "）" : "第 0 篇";
                Files.writeString(notes.resolve("n0.md"), note(title, edit), StandardCharsets.UTF_8);
                assertEquals(List.of(), builder.rebuild(List.of(notes.resolve("n0.md"))), "edit " + edit);
            }
            editing.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("dev server under load: %d requests in %.1f s (%.0f/s) by %d clients during %d edits;"
                + " latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d problems%n", sorted.size(), seconds,
                sorted.size() / seconds, CLIENTS, EDITS, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                ms(sorted, 1.0), problems.size());
        assertTrue(problems.isEmpty(), problems.size() + " bad responses, e.g. " + problems.peek());
        assertTrue(sorted.size() > CLIENTS * EDITS, "the readers kept reading: " + sorted.size());
    }

    /** Why the response is not a whole page of one build, or null. */
    private static String incomplete(String page, HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            return "status " + r.statusCode();
        }
        String body = r.body();
        if (page.endsWith(".html") && !body.stripTrailing().endsWith("</html>")) {
            return "a cut page (" + body.length() + " characters)";
        }
        if (page.endsWith(".json") && !body.stripTrailing().endsWith("}")) { // search.json: an object
            return "a cut search index";
        }
        if (page.equals("notes/n0.html")) {
            Matcher m = MARKER.matcher(body);
            int markers = 0;
            while (m.find()) {
                markers++;
            }
            if (markers != 1) {
                return markers + " edit markers: a mix of builds";
            }
        }
        return null;
    }

    private static String note(String title, int edit) {
        return "title=" + title + "\ndate=2026-01-01\ntype=note\nstatus=published\n~~~~~~\n\n## 一節\n\n第 " + edit
                + " 次修改的本文。\n";
    }

    private static double ms(List<Long> sorted, double quantile) {
        int i = (int) Math.min(sorted.size() - 1, Math.floor(quantile * (sorted.size() - 1)));
        return sorted.get(i) / 1e6;
    }
}
