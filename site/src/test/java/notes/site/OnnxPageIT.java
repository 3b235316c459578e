package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The ONNX versions note's inspector in headless Chromium under the production headers (BrowserTest fails a test on
 * any CSP violation or console error): the shipped sample at phone width, and a truncated oracle file.
 */
class OnnxPageIT extends BrowserTest {
    private static final Path SAMPLE = Repo.root().resolve("assets/samples/phi-like-block.onnx");
    private static final Path TRUNCATED = Path.of(System.getProperty("oracles.dir", "../shared/oracles"))
            .resolve("onnx/bad_truncated_graph.onnx").toAbsolutePath().normalize();

    private static String item(String label) {
        return browser.textOf("[data-html='onnx.summary'] [data-item='" + label + "']");
    }

    @Test
    void theSampleFlagsSimplifiedLayerNormalizationAtPhoneWidth() throws java.io.IOException {
        browser.resize(360, 740);
        try {
            open("notes/onnx-versions.html");
            browser.find("[data-onnx-sample]").click();
            assertEquals("ai.onnx 14、com.microsoft 1", item("opset 宣告"));
            assertEquals("8", item("IR 版本"));
            String flags = browser.textOf("[data-html='onnx.flags']");
            assertTrue(flags.contains("SimplifiedLayerNormalization") && flags.contains("不是 ONNX 標準運算子"), flags);
            String operators = browser.textOf("[data-html='onnx.operators']");
            assertTrue(operators.contains("MatMulNBits") && operators.contains("com.microsoft"), operators);
            String values = browser.textOf("[data-html='onnx.values']");
            assertTrue(values.contains("[batch, seq, 32]"), values);
            assertFalse(browser.find("[data-empty-for='onnx.flags']").isDisplayed());
            // The whole 904-byte sample is one range: read once, parsed once more.
            assertEquals("904", browser.script("return document.querySelector("
                    + "'[data-calculator=\"onnx-inspector\"]').getAttribute('data-bytes-read')"));
            // The inspector fits the phone: its tables scroll inside their own boxes, the section never overflows.
            assertEquals(Boolean.TRUE, browser.script("const c = document.querySelector('.calculator.onnx');"
                    + " return c.scrollWidth <= c.clientWidth && c.getBoundingClientRect().right <= innerWidth;"));
            browser.screenshot(".calculator.onnx", "onnx-sample-360");
        } finally {
            browser.desktop();
        }
    }

    @Test
    void aFileChosenByTheReaderIsReadInTheBrowser() {
        open("notes/onnx-versions.html");
        browser.find("[name='onnx.file']").sendKeys(SAMPLE.toAbsolutePath().toString());
        assertTrue(item("檔案").startsWith("phi-like-block.onnx"), item("檔案"));
        assertEquals("phi_like_block", item("計算圖"));
    }

    @Test
    void aTruncatedFileShowsItsReasonWithTheOffset() {
        open("notes/onnx-versions.html");
        browser.find("[name='onnx.file']").sendKeys(TRUNCATED.toAbsolutePath().toString());
        String reason = browser.textOf("[data-error-for='onnx.file']");
        assertTrue(reason.contains("檔案不完整") && reason.matches(".*（第 \\d+ 個位元組）。"), reason);
        assertFalse(browser.find(".calculator.onnx [data-results]").isDisplayed());
    }
}
