package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One table of every benchmark's figures against the anchors measured in the same run (Hugo, stock JBake,
 * {@code @huggingface/gguf}, onnx-proto...). Each benchmark adds its rows as it measures; when the test run ends
 * (JUnit's launcher session closes, after the last benchmark) the table is printed and written to
 * {@code site/target/bench-summary.md}. Registered in {@code META-INF/services}; a run that adds no row (the normal
 * test run) prints nothing.
 */
public final class BenchTable implements LauncherSessionListener {
    /** A measure of ours against an anchor; {@code ratio} is ours ÷ anchor (lower is better for times and bytes). */
    record Row(String benchmark, String measure, String ours, String anchor, String anchorValue, double ratio) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    /**
     * Adds a row: {@code ours} and {@code anchorValue} in the same {@code unit} (ms, KB, ...), the anchor named as
     * it was run ("Hugo 0.111, same run").
     */
    static synchronized void add(String benchmark, String measure, double ours, String anchor, double anchorValue,
            String unit) {
        ROWS.add(new Row(benchmark, measure, format(ours, unit), anchor, format(anchorValue, unit),
                ours / anchorValue));
    }

    private static String format(double value, String unit) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f %s" : "%,.2f %s", value, unit);
    }

    static synchronized String markdown() {
        StringBuilder out = new StringBuilder("| benchmark | measure | ours | anchor | anchor's | ours / anchor |\n"
                + "|---|---|---|---|---|---|\n");
        for (Row r : ROWS) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f× |%n", r.benchmark(), r.measure(),
                    r.ours(), r.anchor(), r.anchorValue(), r.ratio()));
        }
        return out.toString();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (BenchTable.class) {
            if (ROWS.isEmpty()) {
                return;
            }
        }
        String table = markdown();
        System.out.println("\nAll benchmarks of this run, against the anchors measured in it:\n\n" + table);
        try {
            Files.writeString(Path.of("target", "bench-summary.md"), table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.out.println("(could not write target/bench-summary.md: " + e.getMessage() + ")");
        }
    }
}
