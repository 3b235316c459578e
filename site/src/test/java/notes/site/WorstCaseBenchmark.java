package notes.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import notes.form.Calculator;
import notes.form.Run;

/**
 * Benchmark, not a test ({@code mvn -B verify -Pbench}): the slowest input of each calculator. A seeded search on the
 * JVM mutates the page's own inputs (numbers scaled by powers of ten, dates moved to 1900 or 9999, counts raised) and
 * keeps the slowest; that input and two named pathological ones (a quarterly bond from 1900 to 9999, a waterfall of
 * 12 rounds) are then opened in Chromium, where one input event's recompute and the paint after it are timed.
 * Prints a table; asserts nothing about speed.
 */
class WorstCaseBenchmark extends BrowserTest {
    private static final int SEARCH = 3000;

    @Test
    void slowestInputs() {
        StringBuilder table = new StringBuilder("\n| calculator | input | JVM compute | Chromium recompute (mean / max"
                + " of 20 events) | event to next paint (max) | query |\n|---|---|---|---|---|---|\n");
        table.append(row("bond", "notes/bond-yield.html", "[name='rate']", "quarterly 1900-01-01 to 9999-12-31",
                "?settlement=1900-01-01&mode=date&maturity=9999-12-31&rate=5&frequency=4&given=yield&yield=5"
                        + "&redemption=100&basis=0", Double.NaN));
        StringBuilder rounds = new StringBuilder("?exit=50000000&sharesMode=percent");
        for (int i = 0; i < 12; i++) {
            rounds.append("&series.").append(i).append(".name=R").append(i).append("&series.").append(i)
                    .append(".invested=").append(1_000_000 * (i + 1)).append("&series.").append(i)
                    .append(".percent=5&series.").append(i).append(".multiple=1.5&series.").append(i)
                    .append(".rank=").append(12 - i).append("&series.").append(i).append(".participation=CAPPED")
                    .append("&series.").append(i).append(".cap=3");
        }
        table.append(row("preferred-waterfall", "notes/preferred-stock.html", "[name='exit']", "12 rounds, capped participation",
                rounds.toString(), Double.NaN));
        for (EmbeddedCalculators.Embedded c : EmbeddedCalculators.withNumericInput()) {
            open(c.pageShowingField());
            browser.script("const i = document.querySelector(arguments[0]); i.dispatchEvent(new Event('input',"
                    + " {bubbles: true}));", c.input());
            Map<String, String> defaults = browser.urlFields();
            Map<String, String> worst = defaults;
            double worstMillis = 0;
            Random random = new Random(c.name().hashCode());
            Calculator calculator = c.calculator();
            for (int i = 0; i < SEARCH; i++) {
                Map<String, String> fields = mutate(defaults, random);
                long t0 = System.nanoTime();
                Run.compute(calculator, fields);
                double millis = (System.nanoTime() - t0) / 1e6;
                if (millis > worstMillis && i > SEARCH / 10) { // the first tenth warms the JIT up
                    worstMillis = millis;
                    worst = fields;
                }
            }
            table.append(row(c.name(), c.page(), c.input(), "slowest of " + SEARCH + " seeded",
                    "?" + worst.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                            .collect(Collectors.joining("&")), worstMillis));
        }
        System.out.println(table);
    }

    private static String row(String name, String page, String input, String what, String query, double jvm) {
        open(page + query);
        @SuppressWarnings("unchecked")
        List<Number> t = (List<Number>) browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const input = document.querySelector(arguments[0]);"
                        + "const base = input.value; const compute = []; const paint = [];"
                        + "const step = (i) => { if (i === 20) { done([compute.reduce((a, b) => a + b) / 20,"
                        + " Math.max(...compute), Math.max(...paint)]); return; }"
                        + " input.value = i % 2 ? base : base + '1'; const t0 = performance.now();"
                        + " input.dispatchEvent(new Event('input', {bubbles: true})); compute.push(performance.now() - t0);"
                        + " requestAnimationFrame(() => setTimeout(() => { paint.push(performance.now() - t0);"
                        + " step(i + 1); })); };"
                        + "step(0);", input);
        browser.script("const i = document.querySelector(arguments[0]); i.dispatchEvent(new Event('input',"
                + " {bubbles: true}));", input);
        return String.format("| %s | %s | %s | %.1f ms / %.1f ms | %.1f ms | `%s` |%n", name, what,
                Double.isNaN(jvm) ? "" : String.format("%.2f ms", jvm), t.get(0).doubleValue(), t.get(1).doubleValue(),
                t.get(2).doubleValue(), query.length() > 300 ? query.substring(0, 300) + "…" : query);
    }

    /** One to three fields changed: numbers scaled by a power of ten, dates moved to the ends of the range. */
    private static Map<String, String> mutate(Map<String, String> defaults, Random random) {
        Map<String, String> fields = new LinkedHashMap<>(defaults);
        List<String> names = List.copyOf(fields.keySet());
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            String name = names.get(random.nextInt(names.size()));
            String value = fields.get(name);
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                fields.put(name, random.nextBoolean() ? "1900-01-01" : "9999-12-31");
            } else if (value.matches("-?\\d+(\\.\\d+)?")) {
                double scaled = Double.parseDouble(value) * Math.pow(10, random.nextInt(7) - 2);
                fields.put(name, scaled == Math.rint(scaled) ? Long.toString((long) scaled)
                        : notes.form.Decimals.plain(scaled));
            }
        }
        return fields;
    }


    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
