package notes.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitsTest {
    /** Short-scale suffixes as model cards use them (DeepSeek-V3: 671B; LLaMA: 6.7B), each at its boundary. */
    @Test
    void countsTakeTheLargestSuffixBelowThemselves() {
        assertEquals("999", Units.count(999));
        assertEquals("1.00 K", Units.count(1000));
        assertEquals("999.99 K", Units.count(999_990));
        assertEquals("1.00 M", Units.count(1e6));
        assertEquals("6.74 B", Units.count(6_738_415_616.0)); // LLaMA-7B, arXiv 2302.13971
        assertEquals("1.00 B", Units.count(1e9));
        assertEquals("14.80 T", Units.count(14.8e12)); // DeepSeek-V3's pre-training tokens
        assertEquals("-2.50 M", Units.count(-2.5e6));
        assertEquals("0.5", Units.count(0.5));
    }

    /** Past 999.99 T a count is m × 10ⁿ: 10^15 is 1.00 × 10^15, 1.5 × 10^20 stays 1.50 × 10^20. */
    @Test
    void countsBeyondTheLargestSuffixAreScientific() {
        assertEquals("999.99 T", Units.count(999.99e12));
        assertEquals("1.00 × 10¹⁵", Units.count(999.996e12));
        assertEquals("1.00 × 10¹⁵", Units.count(1e15));
        assertEquals("1.50 × 10²⁰", Units.count(1.5e20));
    }

    /** Binary units (IEC 80000-13): 1 GiB = 2^30 bytes; the Llama-3-8B cache at 8,192 tokens (llm_facts.md). */
    @Test
    void bytesInBinaryUnits() {
        assertEquals("1023 B", Units.bytes(1023));
        assertEquals("1.00 KiB", Units.bytes(1024));
        assertEquals("1.00 GiB", Units.bytes(1073741824));
        assertEquals("2.50 GiB", Units.bytes(2684354560.0));
        assertEquals("1,023.99 PiB", Units.bytes(1023.99 * Math.pow(2, 50)));
        // 2^60 = 1,152,921,504,606,846,976 bytes (1 EiB): past the PiB suffix, so m × 10ⁿ B.
        assertEquals("1.15 × 10¹⁸ B", Units.bytes(Math.pow(2, 60)));
        assertEquals("1.00 × 10²⁰ B", Units.bytes(1e20));
        assertEquals("-1.50 KiB", Units.bytes(-1536));
    }

    /** GPT-3's 3.14e23 FLOPs (arXiv 2005.14165, Table D.1) and the rounding that crosses a power of ten. */
    @Test
    void scientificKeepsTheMantissaBelowTen() {
        assertEquals("3.14 × 10²³", Units.scientific(3.14e23));
        assertEquals("1.00 × 10³", Units.scientific(999.9));
        assertEquals("9.99 × 10²", Units.scientific(999.4));
        assertEquals("-2.00 × 10⁻⁵", Units.scientific(-2e-5));
        assertEquals("0", Units.scientific(0));
    }
}
