package notes.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import notes.form.Result;
import notes.form.Run;
import notes.gguf.ByteArraySource;
import notes.gguf.GgufWriter;
import notes.gguf.ValueType;

/** The inspector's memory estimate on the page: the sliding-window cache and the notes, in zh-Hant. */
class GgufInspectorPageTest {
    private static Result run(GgufWriter w, String context) {
        return Run.compute(new GgufInspectorPage(), Map.of("gguf.file", "model.gguf", "gguf.context", context,
                "gguf.cacheType", "F16"), Map.of("gguf.file", new ByteArraySource(w.toBytes())));
    }

    private static GgufWriter header(String arch, long layers, long kvHeads, long headDim, long window) {
        return new GgufWriter().scalar("general.architecture", ValueType.STRING, arch)
                .scalar(arch + ".block_count", ValueType.UINT32, layers)
                .scalar(arch + ".attention.head_count_kv", ValueType.UINT32, kvHeads)
                .scalar(arch + ".attention.key_length", ValueType.UINT32, headDim)
                .scalar(arch + ".attention.value_length", ValueType.UINT32, headDim)
                .scalar(arch + ".attention.sliding_window", ValueType.UINT32, window);
    }

    /**
     * Issue 14: a Gemma-3-27B header at 128K tokens (F16) showed 62.00 GiB; llama.cpp allocates about 10.5 GiB.
     * Config (google/gemma-3-27b-it): 62 layers, 16 KV heads of 128, window 1024, five sliding layers in six. By
     * llama.cpp's rule (src/llama-kv-cache-iswa.cpp) 10 GiB for the 10 global layers + 624 MiB for 52 sliding layers
     * of 1,536 cells = 10.609375 GiB; the sentence keeps the 62.00 GiB an every-layer cache would take.
     */
    @Test
    void gemma3LargeAt128kShowsTheSlidingCache() {
        Result r = run(header("gemma3", 62, 16, 128, 1024), "131072");
        assertTrue(r.isValid(), r.problems().toString());
        assertEquals("10.61 GiB", r.texts().get("gguf.kv"));
        String basis = r.texts().get("gguf.kvBasis");
        assertTrue(basis.contains("其中 52 層是滑動視窗層（視窗 1,024 token），只保留 1,536 格"), basis);
        assertTrue(basis.contains("若每層都保留整段上下文，要 62.00 GiB"), basis);
    }

    /** A window on an architecture with no known pattern is named in the sentence, in zh-Hant. */
    @Test
    void anUnknownLayoutIsSaidOnThePage() {
        Result r = run(header("llama", 32, 8, 128, 4096), "8192");
        String basis = r.texts().get("gguf.kvBasis");
        assertTrue(basis.contains("檔案設定了 4,096 token 的滑動視窗，但本工具不知道這個架構哪幾層使用它"), basis);
        // Llama-3-8B-sized (llm_facts.md): 1 GiB at 8,192 tokens, every layer at full context.
        assertEquals("1.00 GiB", r.texts().get("gguf.kv"));
    }

    @Test
    void missingMetadataIsWorded() {
        Result r = run(new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama"), "4096");
        assertEquals("無法估計：沒有 block_count（層數），或它不是正整數", r.texts().get("gguf.kv"));
    }
}
