package notes.llm;

import java.util.List;

/**
 * Published model configurations, each with its source. The figures tests compare against are in
 * {@code ../shared/oracles/llm_facts.md} and the papers cited there.
 */
public final class Presets {
    private Presets() {
    }

    /** DeepSeek-V3: deepseek-ai/DeepSeek-V3, inference/configs/config_671B.json; 671B total, 37B activated. */
    public static final ModelShape DEEPSEEK_V3 = new ModelShape("DeepSeek-V3", 61, 3, 7168, 18432, 2048, 256, 1, 8,
            129280, false, new LatentAttention(128, 1536, 512, 128, 64, 128));

    /** DeepSeek-V2: deepseek-ai/DeepSeek-V2 config.json (arXiv 2405.04434); 236B total, 21B activated. */
    public static final ModelShape DEEPSEEK_V2 = new ModelShape("DeepSeek-V2", 60, 1, 5120, 12288, 1536, 160, 2, 6,
            102400, false, new LatentAttention(128, 1536, 512, 128, 64, 128));

    /** Llama-3-8B: meta-llama/llama-models, models/sku_list.py. */
    public static final ModelShape LLAMA_3_8B = new ModelShape("Llama-3-8B", 32, 0, 4096, 14336, 0, 0, 0, 0,
            128256, false, new GroupedQueryAttention(32, 8, 128));

    /** Llama-3-70B: meta-llama/llama-models, models/sku_list.py. */
    public static final ModelShape LLAMA_3_70B = new ModelShape("Llama-3-70B", 80, 0, 8192, 28672, 0, 0, 0, 0,
            128256, false, new GroupedQueryAttention(64, 8, 128));

    /** LLaMA-7B (arXiv 2302.13971, Table 2): 32 layers, dimension 4096, 32 heads, FFN 11008. */
    public static final ModelShape LLAMA_7B = new ModelShape("LLaMA-7B", 32, 0, 4096, 11008, 0, 0, 0, 0, 32000,
            false, new GroupedQueryAttention(32, 32, 128));

    public static final List<ModelShape> ALL = List.of(DEEPSEEK_V3, DEEPSEEK_V2, LLAMA_3_8B, LLAMA_3_70B, LLAMA_7B);

    public static ModelShape byName(String name) {
        for (ModelShape m : ALL) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
