package notes.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import notes.Oracles;

/**
 * Presets and formulas against {@code oracles/llm_facts.md} (numbers read from the file itself) and against
 * published totals: DeepSeek-V3 671B total / 36.7B activated (README_WEIGHTS.md), DeepSeek-V2 236B / 21B
 * (arXiv 2405.04434, abstract), Llama 3 8.03B / 70.6B (Meta's model cards), LLaMA-7B 6.7B (arXiv 2302.13971).
 */
class LlmFactsTest {
    private static String facts() throws IOException {
        return Files.readString(Oracles.dir().resolve("llm_facts.md"), StandardCharsets.UTF_8);
    }

    /** The bold number in the row of a markdown table whose first cell starts with {@code rowStart}. */
    private static long factRow(String rowStart) throws IOException {
        Matcher m = Pattern.compile("(?m)^\\| " + Pattern.quote(rowStart) + "[^\\n]*?\\*\\*([0-9.]+)\\*\\*")
                .matcher(facts());
        assertTrue(m.find(), "llm_facts.md has a row " + rowStart);
        return Long.parseLong(m.group(1));
    }

    @Test
    void kvElementsPerTokenMatchDeepSeekV2TableOne() throws IOException {
        assertEquals(factRow("MHA elements / token / layer"), KvCache.mha(128, 128));
        assertEquals(factRow("MHA elements / token (60 layers)"), KvCache.mha(128, 128) * 60);
        assertEquals(factRow("MQA elements / token / layer"), KvCache.mqa(128));
        assertEquals(factRow("MLA elements / token / layer"), KvCache.mla(512, 64));
        assertEquals(factRow("MLA elements / token (60 layers)"), KvCache.mla(512, 64) * 60);
        assertEquals(2.25, KvCache.gqaEquivalentGroups(KvCache.mla(512, 64), 128), 0);
        assertEquals(factRow("MLA elements / token (61 layers)"),
                Presets.DEEPSEEK_V3.attention().kvElementsPerToken() * Presets.DEEPSEEK_V3.layers());
    }

    @Test
    void llama3CacheSizesMatchTheFactsTable() throws IOException {
        String facts = facts();
        // "| bytes for 8192 tokens at FP16 | 1073741824 (1 GiB) | 2684354560 (2.5 GiB) |"
        Matcher m = Pattern.compile("bytes for 8192 tokens at FP16 \\| (\\d+) [^|]*\\| (\\d+)").matcher(facts);
        assertTrue(m.find());
        assertEquals(Double.parseDouble(m.group(1)), KvCache.bytes(
                Presets.LLAMA_3_8B.attention().kvElementsPerToken(), 32, 8192, 1, KvCache.Dtype.FP16));
        assertEquals(Double.parseDouble(m.group(2)), KvCache.bytes(
                Presets.LLAMA_3_70B.attention().kvElementsPerToken(), 80, 8192, 1, KvCache.Dtype.FP16));
    }

    @Test
    void deepSeekV3TotalAndActivatedParameters() {
        double total = Presets.DEEPSEEK_V3.totalParameters();
        double activated = Presets.DEEPSEEK_V3.activatedParameters();
        assertEquals(671e9, total, 0.005 * 671e9, "671B total (README_WEIGHTS.md): " + total);
        // README_WEIGHTS.md: 36.7B activated including 0.9B embedding and 0.9B output head; counting every weight of
        // the configuration gives 37.6B. Within 2.5 % of the quoted figure, and rounding to the usual "37B".
        assertEquals(36.7e9, activated, 0.025 * 36.7e9, "activated: " + activated);
        assertEquals(37, Math.round(activated / 1e9 - 0.5));
    }

    @Test
    void deepSeekV2TotalAndActivatedParameters() {
        assertEquals(236e9, Presets.DEEPSEEK_V2.totalParameters(), 0.005 * 236e9);
        assertEquals(21e9, Presets.DEEPSEEK_V2.activatedParameters(), 0.025 * 21e9);
    }

    @Test
    void denseModelsCountLikeTheirPapers() {
        assertEquals(8.03e9, Presets.LLAMA_3_8B.totalParameters(), 0.005e9);
        assertEquals(70.55e9, Presets.LLAMA_3_70B.totalParameters(), 0.01e9);
        assertEquals(Presets.LLAMA_3_8B.totalParameters(), Presets.LLAMA_3_8B.activatedParameters());
        // LLaMA-7B: 6,738,415,616 weights (the total Hugging Face reports for the converted checkpoint).
        assertEquals(6_738_415_616L, Presets.LLAMA_7B.totalParameters());
    }
}
