package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The GGUF note's inspector in headless Chromium: the shipped sample, a file chosen by the reader, corrupt files. */
class GgufPageIT extends BrowserTest {
    private static final Path SAMPLE = Repo.root().resolve("assets/samples/tiny-llama.gguf");

    private static String item(String label) {
        return browser.textOf("[data-html='gguf.summary'] [data-item='" + label + "']");
    }

    @Test
    void theSampleOpensWithItsTables() throws IOException {
        open("notes/gguf.html");
        browser.find("[data-gguf-sample]").click();
        assertEquals("12", item("張量數"));
        assertEquals("17", item("中繼資料筆數"));
        assertTrue(item("總參數").contains("213,376"), item("總參數"));
        assertEquals(12L, browser.script("return document.querySelectorAll('[data-html=\"gguf.tensors\"] tr').length"));
        String metadata = browser.textOf("[data-html='gguf.metadata']");
        assertTrue(metadata.contains("tokenizer.ggml.tokens") && metadata.contains("256 個"), metadata);
        // llama, 1 layer, 2 KV heads x (32 + 32) = 128 elements per token; 4096 tokens at F16: 1 MiB.
        assertEquals("1.00 MiB", browser.textOf("[data-out='gguf.kv']"));
        browser.type("[name='gguf.context']", "8192");
        assertEquals("2.00 MiB", browser.textOf("[data-out='gguf.kv']"));
        browser.type("[name='gguf.context']", "-1");
        assertTrue(browser.textOf("[data-error-for='gguf.context']").contains("須介於 1"));
        browser.screenshot(".calculator", "gguf-sample");
    }

    /** On a phone the metadata table scrolls in its box, and keys, types and values stay readable. */
    @Test
    void theSampleIsReadableOnAPhone() {
        for (int[] size : PhoneLayout.SMALL_SCREENS) {
            browser.resize(size[0], size[1]);
            try {
                open("notes/gguf.html");
                browser.find("[data-gguf-sample]").click();
                browser.textOf("[data-html='gguf.metadata']");
                assertEquals(java.util.List.of(), PhoneLayout.problems(browser), size[0] + " px");
                // Each row's key and type are one line each: their text's boxes share one top.
                Object tallest = browser.script("return Math.max(...[...document.querySelectorAll("
                        + "'[data-html=\"gguf.metadata\"] tr')].flatMap(r => [...r.cells].slice(0, 2)).map(c => {"
                        + " const range = document.createRange(); range.selectNodeContents(c);"
                        + " return new Set([...range.getClientRects()].map(b => Math.round(b.top))).size; }))");
                assertEquals(1L, ((Number) tallest).longValue(), size[0] + " px: lines of the longest key or type");
            } finally {
                browser.desktop();
            }
        }
    }

    @Test
    void aFileChosenByTheReaderIsReadInTheBrowser() {
        open("notes/gguf.html");
        browser.find("[name='gguf.file']").sendKeys(SAMPLE.toAbsolutePath().toString());
        assertTrue(item("檔案").startsWith("tiny-llama.gguf"), item("檔案"));
        assertTrue(item("讀取的位元組").startsWith("180.69 KiB"), item("讀取的位元組"));
    }

    /** A 3 GiB file (sparse on disk) opens by reading its first slice only. */
    @Test
    void aLargeFileIsReadOnlyAsFarAsItsHeader() throws IOException {
        byte[] header = new notes.gguf.GgufWriter()
                .scalar("general.architecture", notes.gguf.ValueType.STRING, "llama")
                .tensor("huge", notes.gguf.GgmlType.F16, 3L << 29, 1).headerOnly().toBytes();
        Path file = Files.createDirectories(Path.of("target", "gguf-it")).resolve("sparse-3g.gguf");
        Files.write(file, header);
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(header.length + (3L << 30));
        }
        open("notes/gguf.html");
        browser.find("[name='gguf.file']").sendKeys(file.toAbsolutePath().toString());
        assertTrue(item("檔案").contains("3.00 GiB"), item("檔案"));
        assertTrue(item("讀取的位元組").startsWith("256.00 KiB"), item("讀取的位元組"));
        Files.delete(file);
    }

    @Test
    void corruptFilesShowTheirReason() throws IOException {
        byte[] sample = Files.readAllBytes(SAMPLE);
        Path dir = Files.createDirectories(Path.of("target", "gguf-it"));
        Path badMagic = dir.resolve("bad-magic.gguf");
        byte[] bad = sample.clone();
        bad[0] = 'X';
        Files.write(badMagic, bad);
        Path truncated = dir.resolve("truncated.gguf");
        Files.write(truncated, Arrays.copyOf(sample, 3000));

        open("notes/gguf.html");
        browser.find("[name='gguf.file']").sendKeys(badMagic.toAbsolutePath().toString());
        assertTrue(browser.textOf("[data-error-for='gguf.file']").contains("這不是 GGUF 檔"));
        assertFalse(browser.find("[data-results]").isDisplayed());

        open("notes/gguf.html");
        browser.find("[name='gguf.file']").sendKeys(truncated.toAbsolutePath().toString());
        String reason = browser.textOf("[data-error-for='gguf.file']");
        // The page words the reader's problems in zh-Hant (GgufMessages): truncated, cannot fit, claims too many bytes.
        assertTrue(reason.contains("檔案不完整") || reason.contains("放不下") || reason.contains("標示長度"), reason);
        browser.screenshot(".calculator", "gguf-truncated");
    }
}
