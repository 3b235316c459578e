package notes.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrainingComputeTest {
    /**
     * Korthikanti et al., "Reducing Activation Recomputation in Large Transformer Models" (arXiv 2205.05198), §4.1:
     * s·b·h·(34 + 5·a·s/h) bytes per layer. GPT-3 175B's shape (Brown et al., arXiv 2005.14165, Table 2.1):
     * n_ctx s = 2048, d_model h = 12288, n_heads a = 96; with b = 1: 25,165,824 · (34 + 80) = 2,868,903,936 bytes.
     */
    @Test
    void activationMemoryPerLayerFollowsKorthikanti() {
        assertEquals(2_868_903_936.0, TrainingCompute.activationBytesPerLayer(2048, 1, 12288, 96), 0);
        // Linear in the micro-batch b: four sequences take four times as much.
        assertEquals(4 * 2_868_903_936.0, TrainingCompute.activationBytesPerLayer(2048, 4, 12288, 96), 0);
    }

    /**
     * GPT-3 175B on 300B tokens: 3.14e23 FLOPs (Brown et al., arXiv 2005.14165, Table D.1: 3.14E+23). On 1,024
     * A100s at 312 TFLOP/s (NVIDIA A100 datasheet, dense BF16) and 50 % utilisation that is 3.15e23 / 1.59744e17
     * seconds: about 22.8 days.
     */
    @Test
    void wallClockTimeAtAGivenUtilisation() {
        double flops = TrainingCompute.flops(175e9, 300e9);
        // Table D.1 counts 174.6B parameters; 6ND with the rounded 175B gives 3.15e23, within 0.5 % of it.
        assertEquals(3.14e23, flops, 0.005 * 3.14e23);
        double seconds = TrainingCompute.seconds(flops, 1024, 312e12, 0.5);
        assertEquals(3.15e23 / (1024 * 312e12 * 0.5), seconds, 1e-6 * seconds);
        assertEquals(22.8, seconds / 86400, 0.05);
        assertEquals(seconds * 2, TrainingCompute.seconds(flops, 1024, 312e12, 0.25), 1e-6 * seconds);
        assertEquals(seconds, TrainingCompute.seconds(flops, 1024, 312e12, 0.5), 0, "100 % is allowed");
        assertEquals(seconds / 2, TrainingCompute.seconds(flops, 1024, 312e12, 1.0), 1e-6 * seconds);
    }

    @Test
    void impossibleInputsNameTheirField() {
        assertEquals("mfu", assertThrows(LlmProblem.class, () -> TrainingCompute.seconds(1, 1, 1, 0)).field());
        assertEquals("mfu", assertThrows(LlmProblem.class, () -> TrainingCompute.seconds(1, 1, 1, 1.0001)).field());
        assertEquals("gpus", assertThrows(LlmProblem.class, () -> TrainingCompute.seconds(1, 0, 1, 0.5)).field());
        assertEquals("peakFlops",
                assertThrows(LlmProblem.class, () -> TrainingCompute.seconds(1, 1, -1, 0.5)).field());
        assertEquals("parameters", assertThrows(LlmProblem.class, () -> TrainingCompute.flops(0, 1)).field());
        assertEquals("tokens",
                assertThrows(LlmProblem.class, () -> TrainingCompute.flops(1, Double.POSITIVE_INFINITY)).field());
        assertEquals("parameters", assertThrows(LlmProblem.class, () -> TrainingCompute.chinchillaTokens(-1)).field());
        assertEquals("gpuHours",
                assertThrows(LlmProblem.class, () -> TrainingCompute.mfuFromGpuHours(1, 0, 1)).field());
        assertEquals("peakFlops",
                assertThrows(LlmProblem.class, () -> TrainingCompute.mfuFromGpuHours(1, 1, 0)).field());
    }

    /** MFU = FLOPs / (GPU-hours · 3600 · peak): 1 GPU-hour at 1 FLOP/s peak does 3600 FLOPs. */
    @Test
    void mfuFromGpuHoursIsFlopsOverPeakWork() {
        assertEquals(0.5, TrainingCompute.mfuFromGpuHours(1800, 1, 1), 0);
        assertEquals(0.25, TrainingCompute.mfuFromGpuHours(1800, 2, 1), 0);
    }
}
