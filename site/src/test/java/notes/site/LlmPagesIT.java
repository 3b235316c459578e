package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * The five LLM notes in headless Chromium: each preset shows its known figure, a URL with state reproduces it, and
 * a bad input shows its message instead of a result.
 */
class LlmPagesIT extends BrowserTest {
    private static void select(String css, String value) {
        browser.script("const s = document.querySelector(arguments[0]); s.value = arguments[1];"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));", css, value);
    }

    private static void assertReproducedByUrl(String outputCss) {
        String shown = browser.textOf(outputCss);
        browser.open(browser.driver().getCurrentUrl());
        assertEquals(shown, browser.textOf(outputCss));
    }

    @Test
    void moeSizingPresetsAndUrlState() throws IOException {
        open("notes/moe.html");
        // config_671B.json summed by hand (LlmPagesTest): 671,026,404,352 = 6,710.26 億, the card's 671B.
        assertEquals("6,710.26 億", browser.textOf("[data-out='size.total']"));
        select("[name='size.model']", "DeepSeek-V2");
        // DeepSeek-V2 (config_236B.json) by hand: per layer MLA 5120 x 1536 + 1536 + 1536 x 24576 + 5120 x 576
        // + 512 + 512 x 32768 + 16384 x 5120 = 149,227,520 and norms 10,240, x 60; one dense FFN 3 x 5120 x 12288;
        // 59 MoE layers of 162 experts x 3 x 5120 x 1536 plus a 160 x 5120 router; embedding and head
        // 2 x 102400 x 5120 and a final norm 5120: 235,741,434,880 = 2,357.41 億 (the paper's 236B).
        assertEquals("2,357.41 億", browser.textOf("[data-out='size.total']"));
        assertTrue(browser.driver().getCurrentUrl().contains("size.model=DeepSeek-V2"));
        assertReproducedByUrl("[data-out='size.active']");
        // Active: the same with 8 experts (2 shared + 6 routed) per MoE layer: 8,954,265,600 + 188,743,680
        // + 59 x (8 x 23,592,960 + 819,200) + 1,048,581,120 = 21,375,800,320 = 213.76 億 (the paper's 21B).
        assertEquals("213.76 億", browser.textOf("[data-out='size.active']"));
        browser.screenshot("[data-calculator='moe-routing']", "moe-routing");
    }

    @Test
    void moeRoutingRejectsTopKAboveTheExperts() {
        open("notes/moe.html?route.topK=7");
        assertTrue(browser.textOf("[data-error-for='route.topK']").contains("不可超過路由專家數 6"));
        assertFalse(browser.find("[data-calculator='moe-routing'] [data-results]").isDisplayed());
        open("notes/moe.html?route.source=seed&route.seed=42&route.experts=8&route.topK=3");
        assertEquals(3, browser.textOf("[data-out='route.chosen']").split("、").length);
        assertReproducedByUrl("[data-out='route.chosen']");
    }

    /**
     * Expert capacity as GShard defines it (arXiv 2006.16668, section 2.2: capacity = factor x tokens x k / experts):
     * 32 tokens, 8 experts, top-2 at factor 1.0 give 8 per expert; at factor 4.0 every expert can take all 64
     * assignments' worth, so none is dropped. The page's dropped count and per-expert table must agree.
     */
    @Test
    void expertCapacityFollowsGshardAndDropsNothingWhenItCannotOverflow() {
        open("notes/moe.html?cap.tokens=32&cap.experts=8&cap.topK=2&cap.factor=1.0&cap.seed=7");
        assertEquals("8 個 token", browser.textOf("[data-out='cap.capacity']"));
        String[] droppedOfAll = browser.textOf("[data-out='cap.dropped']").split(" / ");
        assertEquals("64", droppedOfAll[1], "32 tokens x top-2 assignments");
        long dropped = Long.parseLong(droppedOfAll[0]);
        Object tableDropped = browser.script("return [...document.querySelectorAll('[data-html=\"cap.table\"] tr')]"
                + ".reduce((sum, r) => sum + Number(r.cells[3].textContent.replace(/,/g, '')), 0)");
        assertEquals(dropped, ((Number) tableDropped).longValue(), "the table's dropped column adds up");
        open("notes/moe.html?cap.tokens=32&cap.experts=8&cap.topK=2&cap.factor=4.0&cap.seed=7");
        assertEquals("32 個 token", browser.textOf("[data-out='cap.capacity']"));
        assertEquals("0 / 64", browser.textOf("[data-out='cap.dropped']"));
    }

    /** A seed gives the same vectors in the page (TeaVM's JavaScript) as on the JVM, where java.util.Random need not. */
    @Test
    void aSeedGivesTheSameRoutingInThePageAsOnTheJvm() {
        open("notes/moe.html?route.source=seed&route.seed=42&route.dim=4&route.experts=8&route.topK=2");
        java.util.Map<String, String> fields = new java.util.HashMap<>(java.util.Map.of("route.source", "seed",
                "route.seed", "42", "route.dim", "4", "route.experts", "8", "route.topK", "2", "route.variant",
                browser.find("[name='route.variant']").getAttribute("value")));
        var jvm = notes.form.Run.compute(new notes.page.MoeRoutingPage(), fields).texts();
        assertEquals(jvm.get("route.chosen"), browser.textOf("[data-out='route.chosen']"));
        assertEquals(jvm.get("route.token"), browser.textOf("[data-out='route.token']"));
    }

    @Test
    void kvCacheGqaEquivalentGroups() throws IOException {
        open("notes/mla.html");
        assertEquals("2.25 組", browser.textOf("[data-out='kv.equivalent']"));
        select("[name='kv.model']", "Llama-3-8B");
        select("[name='kv.dtype']", "FP16");
        browser.type("[name='kv.context']", "8192");
        assertEquals("1.00 GiB", browser.textOf("[data-out='kv.gqa']")); // llm_facts.md: 1073741824 bytes
        assertReproducedByUrl("[data-out='kv.gqa']");
        open("notes/mla.html?kv.model=custom&kv.heads=0");
        assertTrue(browser.textOf("[data-error-for='kv.heads']").contains("須介於 1"));
        browser.screenshot(".calculator", "kv-cache");
    }

    @Test
    void ppoBatchAndBadEpsilon() {
        open("notes/ppo.html?ppo.epsilon=0.2&sample.0.ratio=1.5&sample.0.advantage=1&sample.0.reward=1"
                + "&sample.0.kl=2&sample.1.ratio=0.5&sample.1.advantage=-1&sample.1.reward=0&sample.1.kl=0");
        assertEquals(2L, browser.script("return document.querySelectorAll('[data-row]').length"));
        assertEquals("0.2000", browser.textOf("[data-out='ppo.mean']"));
        browser.type("[name='ppo.epsilon']", "0");
        assertTrue(browser.textOf("[data-error-for='ppo.epsilon']").contains("須大於 0"));
        // 1 passes the field's range (0, 1] but not PPO's clip range (0, 1): the domain's own message.
        browser.type("[name='ppo.epsilon']", "1");
        assertTrue(browser.textOf("[data-error-for='ppo.epsilon']").contains("ε 必須大於 0 且小於 1"));
    }

    @Test
    void trainingComputeShowsDeepSeekV3AndTheSourcePostsMfu() {
        open("notes/training-compute.html");
        // DeepSeek-V3 pre-training (arXiv 2412.19437): 6 x 37e9 x 14.8e12 = 3.2856e24 FLOPs over 2,664K H800 hours
        // (Table 1) at the dense FP8 peak 1,979 TFLOP/s (NVIDIA H100 datasheet, SXM): 1.8979e25, so 17.3 %.
        assertEquals("3.29 × 10²⁴ FLOPs", browser.textOf("[data-out='compute.flops6nd']"));
        assertEquals("17.3 %", browser.textOf("[data-out='compute.impliedMfu6nd']"));
        // Memory takes the 671B total: 671e9 x 16 bytes (ZeRO, arXiv 1910.02054, section 3.1) = 9.76 TiB.
        assertEquals("9.76 TiB", browser.textOf("[data-out='compute.state']"));
        open("notes/training-compute.html?compute.activated=671&compute.total=671"
                + "&compute.gpu=H100_PCIE_FP8_SPARSE");
        // The source post: 5.9585e25 / (2.664e6 x 3600 x 3026e12 = 2.9021e25) = 2.053, "205 %".
        assertEquals("205.3 %", browser.textOf("[data-out='compute.impliedMfu6nd']"));
        String verdict = browser.textOf("[data-out='compute.verdict']");
        assertTrue(verdict.startsWith("超過 100 %") && verdict.contains("稀疏"), verdict);
        // Absurd but valid: 10^15 parameters over 10^18 tokens on one 1 TFLOP/s GPU at 100 % MFU, a size-1 shape.
        // 6ND = 6 x 10^33 (Kaplan et al., arXiv 2001.08361), 6 x 10^33 / 10^12 s = 6 x 10^21 s = 6.94 x 10^16 days
        // and 1.67 x 10^18 GPU-hours: scientific form in the page too (TeaVM), never 17 digits or an "E".
        open("notes/training-compute.html?compute.activated=1000000&compute.total=1000000"
                + "&compute.tokens=1000000000&compute.gpu=custom&compute.peak=1&compute.gpus=1&compute.mfu=100"
                + "&compute.layers=1&compute.heads=1&compute.qkHeadDim=1&compute.valueHeadDim=1&compute.sequence=1");
        assertEquals("6.94 × 10¹⁶ 天", browser.textOf("[data-out='compute.days']"));
        assertEquals("1.67 × 10¹⁸ GPU 小時", browser.textOf("[data-out='compute.gpuHoursNeeded']"));
        assertEquals("6.00 × 10³³ FLOPs", browser.textOf("[data-out='compute.flops6nd']"));
        // 3.5 x 10^9 tokens at the defaults: 9.9192 x 10^20 FLOPs / 1.6212 x 10^18 FLOP/s = 612 s (LlmPagesTest).
        open("notes/training-compute.html?compute.tokens=3.5");
        assertEquals("10 分鐘", browser.textOf("[data-out='compute.days']"));
        assertEquals("348 GPU 小時", browser.textOf("[data-out='compute.gpuHoursNeeded']"));
        // Chinchilla's 20N for 37 x 10^9 parameters: 7.4 x 10^11 = 7,400 億 tokens.
        assertEquals("7,400.00 億個 token", browser.textOf("[data-out='compute.chinchilla']"));
        open("notes/training-compute.html?compute.layers=1.5");
        assertTrue(browser.textOf("[data-error-for='compute.layers']").contains("整數"));
    }

    @Test
    void loraSeedExampleAndModel() {
        open("notes/lora.html");
        // The source post's lab: FC1 is 100 -> 128, so its weight is 128 x 100 and r = 8 gives 8 x (128 + 100).
        assertEquals("1,824", browser.textOf("[data-out='lora.lora']"));
        assertTrue(browser.textOf("[data-out='lora.modelLora']").startsWith("4,194,304"));
        browser.find("input[name='lora.o']").click();
        // W_o adds 32 x 8 x (4096 + 4096) = 2,097,152: 6,291,456 in all.
        assertTrue(browser.textOf("[data-out='lora.modelLora']").startsWith("6,291,456"));
        assertReproducedByUrl("[data-out='lora.modelLora']");
        open("notes/lora.html?lora.rank=-3");
        assertTrue(browser.textOf("[data-error-for='lora.rank']").contains("須介於 1"));
    }
}
