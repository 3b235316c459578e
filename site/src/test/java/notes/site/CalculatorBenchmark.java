package notes.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import notes.form.Calculator;
import notes.form.Run;

/**
 * Benchmark, not a test ({@code mvn -B verify -Pbench}): for every registered calculator, the shared bundle's size and the time one
 * input event takes to recompute in headless Chromium (1,000 events, each changing one field), against the same
 * Java on the JVM with the same fields in the same run. Prints a table; asserts nothing about speed.
 */
class CalculatorBenchmark extends BrowserTest {
    private static final int EVENTS = 1000;

    @Test
    void recomputeTimes() throws IOException {
        StringBuilder table = new StringBuilder("\n| calculator | bundle raw / gzip | Chromium mean / p99 per event"
                + " | JVM mean (baseline) | Chromium / JVM |\n|---|---|---|---|---|\n");
        byte[] bundle = Files.readAllBytes(BuiltSite.folder().resolve(
                HashedAssets.of(Repo.root(), Repo.root().resolve("web/target/js")).address("bundle")));
        for (EmbeddedCalculators.Embedded c : EmbeddedCalculators.withNumericInput()) {
            double[] browserMillis = inBrowser(c);
            double[] jvmMillis = onJvm(c, browser.urlFields());
            table.append(String.format("| %s | %,d B / %,d B | %.3f ms / %.3f ms | %.3f ms | %.1f |%n", c.name(),
                    bundle.length, gzipSize(bundle), mean(browserMillis), p99(browserMillis), mean(jvmMillis),
                    mean(browserMillis) / mean(jvmMillis)));
        }
        System.out.println(table);
    }

    private static double[] inBrowser(EmbeddedCalculators.Embedded c) {
        open(c.pageShowingField());
        browser.textOf("[data-results]");
        @SuppressWarnings("unchecked")
        List<Number> times = (List<Number>) browser.script(
                "const input = document.querySelector(arguments[0]); const values = arguments[1]; const times = [];"
                        + "for (let i = 0; i < arguments[2]; i++) {"
                        + "  input.value = String(values[i % values.length]);"
                        + "  const t0 = performance.now();"
                        + "  input.dispatchEvent(new Event('input', {bubbles: true}));"
                        + "  times.push(performance.now() - t0); }"
                        + "return times;", c.input(), Arrays.stream(c.values()).boxed().toList(), EVENTS);
        return times.stream().mapToDouble(Number::doubleValue).toArray();
    }


    /** The same computation per event (without the DOM) after two warm-up rounds. */
    private static double[] onJvm(EmbeddedCalculators.Embedded c, Map<String, String> fields) {
        Calculator calculator = c.calculator();
        double[] times = new double[EVENTS];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < EVENTS; i++) {
                double v = c.values()[i % c.values().length];
                fields.put(c.field().name(), notes.form.Decimals.plain(v));
                long t0 = System.nanoTime();
                Run.compute(calculator, fields);
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return times;
    }

    private static long gzipSize(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
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
