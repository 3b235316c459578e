package notes.site;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import notes.gguf.FileSource;
import notes.gguf.GgmlType;
import notes.gguf.GgufReader;
import notes.gguf.GgufWriter;
import notes.gguf.ValueType;

/**
 * Benchmark, not a test ({@code mvn -B verify -Pbench}): opens one large GGUF file (150,000-token vocabulary, 1,000
 * tensors, about 2.3 GB of sparse tensor data behind a 3.8 MB header) with this project's reader in Chromium and on
 * the JVM, and with the npm package @huggingface/gguf in Node and in Chromium (its browser build, reading the same
 * file from the page's File through its {@code fetch} option), in the same run. Prints times, bytes read and ratios
 * against the package in Node.
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
        // Read from the inspector's page before the package's page replaces it.
        long chromiumBytes = Long.parseLong((String) browser.script(
                "return document.querySelector('[data-calculator=\"gguf-inspector\"]').getAttribute('data-bytes-read')"));
        Object lastOpen = browser.script("const c = document.querySelector('[data-calculator=\"gguf-inspector\"]');"
                + " return 'copy ' + c.dataset.copyMs + ' ms, last parse ' + c.dataset.parseMs + ' ms, render '"
                + " + c.dataset.renderMs + ' ms'");
        double node = Tools.median(nodeRuns(dir, file));
        double packageInChromium = Tools.median(chromiumPackageRuns(dir, file));
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
        System.out.printf("| @huggingface/gguf 0.4.6, %s (browser build, fetch from the File) | %.1f ms |"
                + " (not reported) | %.2f |%n", chromiumVersion(), packageInChromium, packageInChromium / node);
        System.out.printf("| @huggingface/gguf 0.4.6, Node %s | %.1f ms | (not reported) | 1.00 |%n",
                Tools.nodeVersion(), node);
        System.out.printf("file: %,d bytes, header %,d bytes; last Chromium open: %s%n", Files.size(file), headerBytes,
                lastOpen);
        String anchor = "@huggingface/gguf 0.4.6, Node " + Tools.nodeVersion();
        BenchTable.add("GGUF header", "open in Chromium (TeaVM)", chromium, anchor, node, "ms");
        BenchTable.add("GGUF header", "open on the JVM", jvm, anchor, node, "ms");
        BenchTable.add("GGUF header", "open in Chromium (TeaVM)", chromium, "@huggingface/gguf 0.4.6, Chromium",
                packageInChromium, "ms");
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

    /**
     * This reader's times are each a fresh page's first open (what a reader waits for, tables included); the
     * package's, like Node's, the median after two warm-up parses in one page.
     */
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


    /**
     * Times @huggingface/gguf's browser build in Chromium on the same file: a page served from target/ (no third-party
     * host) whose script answers the package's range requests from the chosen File, so it parses the bytes a reader
     * picks, as the inspector does.
     */
    private static double[] chromiumPackageRuns(Path dir, Path file) throws IOException {
        Path web = packagePage(dir);
        try (StaticServer pages = StaticServer.start(web, 0, "/", HostHeaders.NONE)) {
            browser.open(pages.url() + "index.html");
            browser.find("input").sendKeys(file.toAbsolutePath().toString());
            new WebDriverWait(browser.driver(), Duration.ofMinutes(5))
                    .until(d -> browser.script("return document.body.dataset.times || null") != null);
            String times = (String) browser.script("return document.body.dataset.times");
            return Arrays.stream(times.split(" ")).mapToDouble(Double::parseDouble).toArray();
        }
    }

    /** The package's browser build (its one bare import pointed at @huggingface/tasks' ES modules) and the page. */
    private static Path packagePage(Path dir) throws IOException {
        Path node = dir.resolve("node");
        Path pkg = Tools.npmInstall(node, "@huggingface/gguf@0.4.6");
        Path web = Files.createDirectories(dir.resolve("browser"));
        Path tasks = node.resolve("node_modules/@huggingface/tasks/dist/esm");
        try (Stream<Path> files = Files.walk(tasks)) {
            for (Path from : files.filter(Files::isRegularFile).toList()) {
                Path to = web.resolve("tasks").resolve(tasks.relativize(from).toString());
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(web.resolve("gguf.mjs"), Files.readString(pkg.resolve("dist/browser/index.mjs"))
                .replace("from \"@huggingface/tasks\"", "from \"./tasks/index.js\""));
        Files.writeString(web.resolve("index.html"), "<!doctype html><meta charset=\"utf-8\"><link rel=\"icon\""
                + " href=\"data:,\"><title>@huggingface/gguf</title><input type=\"file\">"
                + "<script type=\"module\" src=\"bench.mjs\"></script>\n");
        Files.writeString(web.resolve("bench.mjs"), String.join("\n",
                "import { gguf } from './gguf.mjs';",
                "// Answers the package's range requests from the chosen File (a Blob).",
                "const fromBlob = blob => async (url, init) => {",
                "  const [, first, last] = /bytes=(\\d+)-(\\d+)/.exec(init.headers.Range);",
                "  const end = Math.min(Number(last) + 1, blob.size);",
                "  return new Response(blob.slice(Number(first), end),",
                "      { status: 206, headers: { 'content-range': `bytes ${first}-${end - 1}/${blob.size}` } });",
                "};",
                "document.querySelector('input').addEventListener('change', async e => {",
                "  const blob = e.target.files[0];",
                "  const times = [];",
                "  for (let i = -2; i < " + RUNS + "; i++) {",
                "    const t0 = performance.now();",
                "    await gguf('local.gguf', { fetch: fromBlob(blob) });",
                "    if (i >= 0) times.push(performance.now() - t0);",
                "  }",
                "  document.body.dataset.times = times.join(' ');",
                "});", ""));
        return web;
    }

    private static String chromiumVersion() {
        String agent = (String) browser.script("return navigator.userAgent");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Chrome/([0-9.]+)").matcher(agent);
        return m.find() ? "Chromium " + m.group(1) : "Chromium";
    }
}
