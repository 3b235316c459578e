package notes.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import notes.form.Fields;
import notes.page.BondPage;

/**
 * Benchmark, not a test ({@code mvn -B verify -Pbench}): bundle sizes, and the time one input event takes to
 * recompute the bond calculator in headless Chromium (1,000 events, the same Java on the JVM as the baseline in the
 * same run). Prints a table; asserts nothing about speed.
 */
class CalculatorBenchmark {
    private static final int EVENTS = 1000;

    @Test
    void bondRecompute() throws IOException {
        Path js = BuiltSite.folder().resolve("js/bond.js");
        byte[] bundle = Files.readAllBytes(js);
        double[] browserMillis;
        try (StaticServer server = BuiltSite.serve(); Browser browser = new Browser()) {
            browser.open(server.url() + "notes/bond-yield.html");
            browser.textOf("[data-out=yieldWithAccrued]");
            @SuppressWarnings("unchecked")
            List<Number> times = (List<Number>) browser.script(
                    "const input = document.querySelector('#bond-price'); const times = [];"
                            + "for (let i = 0; i < arguments[0]; i++) {"
                            + "  input.value = (80 + (i % 400) / 10).toFixed(2);"
                            + "  const t0 = performance.now();"
                            + "  input.dispatchEvent(new Event('input', {bubbles: true}));"
                            + "  times.push(performance.now() - t0); }"
                            + "return times;", EVENTS);
            browserMillis = times.stream().mapToDouble(Number::doubleValue).toArray();
        }
        double[] jvmMillis = jvmRecompute();
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf("| bond.js raw / gzip | %,d B / %,d B |%n", bundle.length, gzipSize(bundle));
        System.out.printf("| Chromium recompute per input event, mean / p99 | %.3f ms / %.3f ms |%n",
                mean(browserMillis), p99(browserMillis));
        System.out.printf("| JVM BondPage.compute (baseline), mean / p99 | %.3f ms / %.3f ms |%n",
                mean(jvmMillis), p99(jvmMillis));
        System.out.printf("| ratio Chromium / JVM (mean) | %.1f |%n", mean(browserMillis) / mean(jvmMillis));
    }

    /** The same computation the page does per event (without the DOM), on the JVM after a warm-up. */
    private static double[] jvmRecompute() {
        BondPage page = new BondPage();
        Map<String, String> fields = new HashMap<>(Map.of("settlement", "2008-02-15", "mode", "date",
                "maturity", "2016-11-15", "rate", "5.75", "frequency", "2", "given", "price", "redemption", "100",
                "basis", "0"));
        double[] times = new double[EVENTS];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < EVENTS; i++) {
                fields.put("price", String.format("%.2f", 80 + (i % 400) / 10.0));
                long t0 = System.nanoTime();
                page.compute(new Fields(fields));
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return times;
    }

    private static long gzipSize(byte[] data) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.size();
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    private static double p99(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.99 * sorted.length) - 1];
    }
}
