package notes.site;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import notes.gguf.FileSource;
import notes.gguf.GgmlType;
import notes.gguf.GgufReader;
import notes.gguf.GgufWriter;
import notes.gguf.ValueType;

/**
 * Benchmark, not a test ({@code mvn -B verify -Pbench}): opens one large GGUF file (150,000-token vocabulary, 1,000
 * tensors, about 9 GiB of sparse tensor data) with this project's reader in Chromium and on the JVM, and with the
 * npm package @huggingface/gguf in Node, in the same run. Prints times, bytes read and ratios.
 */
class GgufBenchmark extends BrowserTest {
    private static final int VOCAB = 150_000;
    private static final int TENSORS = 1000;
    private static final int RUNS = 5;

    @Test
    void openALargeFile() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "gguf-bench")).toAbsolutePath();
        Path file = dir.resolve("large.gguf");
        long headerBytes = writeLargeFile(file);
        double jvm = Tools.median(jvmRuns(file));
        double chromium = Tools.median(chromiumRuns(file));
        double node = Tools.median(nodeRuns(dir, file));
        long chromiumBytes = Long.parseLong((String) browser.script(
                "return document.querySelector('[data-calculator=\"gguf-inspector\"]').getAttribute('data-bytes-read')"));
        long jvmBytes;
        try (FileSource source = new FileSource(file)) {
            GgufReader.read(source);
            jvmBytes = source.bytesRead();
        }
        System.out.printf("%n| reader | median of %d opens | bytes read | time / @huggingface/gguf |%n|---|---|---|---|%n",
                RUNS);
        System.out.printf("| this reader, JVM (FileChannel) | %.1f ms | %,d | %.2f |%n", jvm, jvmBytes, jvm / node);
        System.out.printf("| this reader, Chromium (TeaVM, Blob.slice) | %.1f ms | %,d | %.2f |%n", chromium,
                chromiumBytes, chromium / node);
        System.out.printf("| @huggingface/gguf 0.4.6, Node %s | %.1f ms | (not reported) | 1.00 |%n",
                Tools.nodeVersion(), node);
        System.out.printf("file: %,d bytes, header %,d bytes; last Chromium open: %s%n", Files.size(file), headerBytes,
                browser.script("const c = document.querySelector('[data-calculator=\"gguf-inspector\"]'); return 'copy '"
                        + " + c.dataset.copyMs + ' ms, last parse ' + c.dataset.parseMs + ' ms, render '"
                        + " + c.dataset.renderMs + ' ms'"));
        Files.delete(file);
    }

    private static long writeLargeFile(Path file) throws IOException {
        List<String> tokens = new ArrayList<>(VOCAB);
        List<Float> scores = new ArrayList<>(VOCAB);
        List<Integer> types = new ArrayList<>(VOCAB);
        for (int i = 0; i < VOCAB; i++) {
            tokens.add(i % 7 == 0 ? "▁詞" + i : "tok" + i);
            scores.add(-i / 1000f);
            types.add(1);
        }
        GgufWriter w = new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama")
                .scalar("llama.block_count", ValueType.UINT32, TENSORS / 10)
                .scalar("llama.embedding_length", ValueType.UINT32, 4096)
                .scalar("llama.attention.head_count", ValueType.UINT32, 32)
                .scalar("llama.attention.head_count_kv", ValueType.UINT32, 8)
                .array("tokenizer.ggml.tokens", ValueType.STRING, tokens)
                .array("tokenizer.ggml.scores", ValueType.FLOAT32, scores)
                .array("tokenizer.ggml.token_type", ValueType.INT32, types);
        GgmlType[] kinds = {GgmlType.Q4_K, GgmlType.Q6_K, GgmlType.Q8_0, GgmlType.F16};
        long dataBytes = 0;
        for (int i = 0; i < TENSORS; i++) {
            GgmlType type = kinds[i % kinds.length];
            w.tensor("blk." + i / 10 + ".t" + i + ".weight", type, 4096, 512);
            dataBytes += (4096L * 512 / type.blockSize() * type.typeSize() + 31) / 32 * 32;
        }
        byte[] header = w.headerOnly().toBytes();
        Files.write(file, header);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(header.length + dataBytes); // sparse: the data takes no disk space
        }
        return header.length;
    }

    private static double[] jvmRuns(Path file) throws IOException {
        double[] ms = new double[RUNS];
        for (int i = -2; i < RUNS; i++) { // two warm-up opens
            long t0 = System.nanoTime();
            try (FileSource source = new FileSource(file)) {
                GgufReader.read(source);
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return ms;
    }

    private static double[] chromiumRuns(Path file) {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            open("notes/gguf.html");
            browser.find("[name='gguf.file']").sendKeys(file.toAbsolutePath().toString());
            browser.waitUntil("return document.querySelector('[data-calculator=\"gguf-inspector\"]').hasAttribute('data-open-ms')");
            ms[i] = Double.parseDouble((String) browser.script(
                    "return document.querySelector('[data-calculator=\"gguf-inspector\"]').getAttribute('data-open-ms')"));
        }
        return ms;
    }

    /** Installs @huggingface/gguf from the npm registry into target/ and times gguf(path) in one Node process. */
    private static double[] nodeRuns(Path dir, Path file) throws Exception {
        Path node = dir.resolve("node");
        Tools.npmInstall(node, "@huggingface/gguf@0.4.6");
        Path script = node.resolve("bench.mjs");
        Files.writeString(script, "import { gguf } from '@huggingface/gguf';\n"
                + Tools.nodeTimingLoop(RUNS, "await gguf(file, { allowLocalFile: true });"));
        return Tools.nodeTimes(node, script, file);
    }

}
