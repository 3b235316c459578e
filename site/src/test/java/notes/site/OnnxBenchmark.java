package notes.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import notes.base.ByteSource;
import notes.base.LoadedRanges;
import notes.gguf.FileSource;
import notes.onnx.LargeOnnxModel;
import notes.onnx.OnnxModel;
import notes.onnx.OnnxReader;

/**
 * Benchmark, not a test ({@code mvn -B verify -Pbench}): opens one large ONNX model (1,000 blocks of MatMul, Add and
 * Relu: 3,000 nodes, 2,000 initializers, about 1 GB of sparse raw_data) with this project's reader in Chromium (the
 * ONNX versions note's inspector) and on the JVM, and decodes it with the npm package onnx-proto (protobufjs) in
 * Node, which reads the whole file, in the same run. Prints times, bytes read and ratios against Node; and how many
 * ranges the page read, each followed by a parse from the start of the file.
 */
class OnnxBenchmark extends BrowserTest {
    private static final int LAYERS = 1000;
    private static final int WIDTH = 512;
    private static final int RUNS = 3;
    private static final String INSPECTOR = "document.querySelector('[data-calculator=\"onnx-inspector\"]')";

    @Test
    void openALargeModel() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "onnx-bench")).toAbsolutePath();
        Path file = dir.resolve("large.onnx");
        long structure = LargeOnnxModel.write(file, LAYERS, WIDTH);
        long size = Files.size(file);
        OnnxModel model;
        long jvmBytes;
        try (FileSource source = new FileSource(file)) {
            model = OnnxReader.read(source);
            jvmBytes = source.bytesRead();
        }
        double jvm = Tools.median(jvmRuns(file));
        long[] loop = new long[2];
        double jvmLoop = Tools.median(jvmPageLoopRuns(file, loop));
        double chromium = Tools.median(chromiumRuns(file));
        double node = Tools.median(nodeRuns(dir, file, model.nodeCount()));
        long chromiumBytes = Long.parseLong(attribute("data-bytes-read"));
        int chromiumReads = Integer.parseInt(attribute("data-reads"));
        System.out.printf("%n| reader | median of %d opens | bytes read | time / onnx-proto |%n|---|---|---|---|%n",
                RUNS);
        System.out.printf("| this reader, JVM (FileChannel) | %.1f ms | %,d | %.3f |%n", jvm, jvmBytes, jvm / node);
        System.out.printf("| this reader, JVM, the page's loop (LoadedRanges: read a range, resume) | %.1f ms"
                + " | %,d in %,d ranges | %.3f |%n", jvmLoop, loop[0], loop[1], jvmLoop / node);
        System.out.printf("| this reader, Chromium (TeaVM, Blob.slice) | %.1f ms | %,d in %,d ranges | %.3f |%n",
                chromium, chromiumBytes, chromiumReads, chromium / node);
        System.out.printf("| onnx-proto 8.0.1 (protobufjs), readFileSync + ModelProto.decode, Node %s | %.1f ms"
                + " | %,d (the whole file) | 1.00 |%n", Tools.nodeVersion(), node, size);
        System.out.printf("file: %,d bytes, %,d nodes, %,d initializers of %,d bytes; structure (all but raw_data)"
                + " %,d bytes. Chromium: %,d ranges read, each followed by a resumed parse%n", size,
                model.nodeCount(), model.initializerCount(), model.initializerBytes(), structure, chromiumReads);
        String anchor = "onnx-proto 8.0.1, Node " + Tools.nodeVersion();
        BenchTable.add("ONNX, 1 GB model", "open in Chromium (TeaVM)", chromium, anchor, node, "ms");
        BenchTable.add("ONNX, 1 GB model", "open on the JVM", jvm, anchor, node, "ms");
        BenchTable.add("ONNX, 1 GB model", "bytes read by the page", chromiumBytes / 1e6, anchor, size / 1e6, "MB");
        Files.delete(file);
    }

    private static String attribute(String name) {
        return (String) browser.script("return " + INSPECTOR + ".getAttribute('" + name + "')");
    }

    private static double[] jvmRuns(Path file) throws IOException {
        double[] ms = new double[RUNS];
        for (int i = -2; i < RUNS; i++) { // two warm-up opens
            long t0 = System.nanoTime();
            try (FileSource source = new FileSource(file)) {
                OnnxReader.read(source);
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return ms;
    }

    /**
     * What {@code notes.web.OnnxInspector} does, on the JVM: parse from the start; on a miss read the next range
     * from the file and resume the parse. Separates the cost of the parse from Chromium's (Blob.slice, TeaVM).
     */
    private static double[] jvmPageLoopRuns(Path file, long[] bytesAndReads) throws IOException {
        double[] ms = new double[RUNS];
        for (int i = -1; i < RUNS; i++) { // one warm-up open
            long t0 = System.nanoTime();
            try (FileSource source = new FileSource(file)) {
                LoadedRanges ranges = new LoadedRanges(source.size());
                OnnxReader.Resumable reader = new OnnxReader.Resumable(ranges);
                while (true) {
                    try {
                        reader.read();
                        break;
                    } catch (ByteSource.BytesNotLoaded more) {
                        long[] range = ranges.nextRange();
                        byte[] bytes = new byte[(int) (range[1] - range[0])];
                        source.read(range[0], bytes, 0, bytes.length);
                        ranges.add(range[0], bytes);
                    }
                }
                bytesAndReads[0] = ranges.loaded();
                bytesAndReads[1] = ranges.reads();
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return ms;
    }

    private static double[] chromiumRuns(Path file) throws InterruptedException {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            open("notes/onnx-versions.html");
            browser.find("[name='onnx.file']").sendKeys(file.toAbsolutePath().toString());
            // Not browser.waitUntil (10 s): the page may take longer, and the time it takes is what is measured.
            long deadline = System.nanoTime() + 600_000_000_000L;
            while (!Boolean.TRUE.equals(browser.script("return " + INSPECTOR + ".hasAttribute('data-open-ms')"))) {
                String error = (String) browser.script(
                        "return " + INSPECTOR + ".querySelector('[data-error-for=\"onnx.file\"]').textContent");
                if (!error.isEmpty() || System.nanoTime() > deadline) {
                    throw new AssertionError("the page did not open the model: " + error);
                }
                Thread.sleep(100);
            }
            ms[i] = Double.parseDouble(attribute("data-open-ms"));
        }
        return ms;
    }

    /** Installs onnx-proto from the npm registry into target/ and times read + decode in one Node process. */
    private static double[] nodeRuns(Path dir, Path file, int nodes) throws Exception {
        Path node = dir.resolve("node");
        Tools.npmInstall(node, "onnx-proto@8.0.1");
        Path script = node.resolve("bench.cjs");
        Files.writeString(script, "const fs = require('fs');\nconst { onnx } = require('onnx-proto');\n"
                + Tools.nodeTimingLoop(RUNS, "const model = onnx.ModelProto.decode(fs.readFileSync(file));"
                + " if (model.graph.node.length !== " + nodes + ") throw new Error('nodes: ' + model.graph.node.length);"));
        return Tools.nodeTimes(node, script, file);
    }
}
