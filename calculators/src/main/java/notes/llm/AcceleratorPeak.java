package notes.llm;

/**
 * Peak tensor throughput of one GPU, in FLOP/s, as NVIDIA's datasheets print it. The H100 datasheet marks its tensor
 * figures "shown with sparsity" (2:4 structured sparsity) and says they are half as high without it; MFU divides by
 * the <em>dense</em> peak of the precision the model was trained in (PaLM, arXiv 2204.02311, appendix B, divides by
 * the peak matmul throughput), because dense training never runs the sparse path. A sparse figure is kept here only so
 * that a reader can reproduce a published mistake and be told why it is one.
 *
 * <p>NVIDIA publishes no full datasheet for the H800; it is the H100 with a slower chip-to-chip link, and its tensor
 * peaks are taken as the H100 SXM's (the usual assumption in analyses of DeepSeek-V3).
 */
public enum AcceleratorPeak {
    /** H100/H800 SXM, FP8 dense: 3,958 TFLOP/s with sparsity in the H100 datasheet, halved. */
    HOPPER_SXM_FP8(1979e12, false),
    /** H100/H800 SXM, BF16 dense: 1,979 TFLOP/s with sparsity in the H100 datasheet, halved. */
    HOPPER_SXM_BF16(989e12, false),
    /** H100 PCIe, FP8 with sparsity: 3,026 TFLOP/s (1,513 dense); not a peak any dense training can reach. */
    H100_PCIE_FP8_SPARSE(3026e12, true),
    /** A100, BF16 dense: 312 TFLOP/s (624 with sparsity), NVIDIA A100 datasheet. */
    A100_BF16(312e12, false);

    private final double flops;
    private final boolean sparse;

    AcceleratorPeak(double flops, boolean sparse) {
        this.flops = flops;
        this.sparse = sparse;
    }

    /** The peak in FLOP/s. */
    public double flops() {
        return flops;
    }

    /** Whether the figure counts 2:4 structured sparsity (twice the dense peak), which MFU must not use. */
    public boolean sparse() {
        return sparse;
    }
}
