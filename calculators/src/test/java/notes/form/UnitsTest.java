package notes.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitsTest {
    /**
     * Taiwan's large-number units, each 10^4 times the one before (Ministry of Education dictionary: 萬 = 10^4,
     * 億 = 10^8, 兆 = 10^12), at two decimals and at each boundary. Worked by hand: LLaMA-7B's 6,738,415,616
     * parameters (arXiv 2302.13971; 6.74B on its card) / 10^8 = 67.384... -> 67.38 億; DeepSeek-V3's 14.8T
     * pre-training tokens (arXiv 2412.19437) = 14.8 x 10^12 -> 14.80 兆; LoRA on LLaMA-7B's W_q, W_v at r = 8,
     * 32 x 2 x 8 x (4096 + 4096) = 4,194,304 (LoRA paper's formula, arXiv 2106.09685) / 10^4 = 419.4304 -> 419.43 萬.
     */
    @Test
    void countsTakeTheLargestUnitBelowThemselves() {
        assertEquals("9,999", Units.count(9999));
        assertEquals("1.00 萬", Units.count(1e4));
        assertEquals("419.43 萬", Units.count(4_194_304));
        assertEquals("9,999.99 萬", Units.count(99_999_900));
        // 99,999,999.6 / 10^4 = 9,999.99996, which would print as 10,000.00 萬: five digits before a unit.
        assertEquals("1.00 億", Units.count(99_999_999.6));
        assertEquals("1.00 億", Units.count(1e8));
        assertEquals("67.38 億", Units.count(6_738_415_616.0));
        assertEquals("14.80 兆", Units.count(14.8e12));
        assertEquals("-250.00 萬", Units.count(-2.5e6));
    }

    /** Below 10^4 the count itself; a fraction at two places, and one too small for them reads "小於 0.01". */
    @Test
    void smallCountsAreDigits() {
        assertEquals("0", Units.count(0));
        assertEquals("999", Units.count(999));
        assertEquals("0.50", Units.count(0.5));
        // 20N for a typed 10^-28 billion parameters: 20 x 10^-19 = 2 x 10^-18, not eighteen digits after the point.
        assertEquals("小於 0.01", Units.count(2e-18));
    }

    /**
     * A measure word after a count: joined to a unit, spaced after digits. Chinchilla's 20N (arXiv 2203.15556) for
     * DeepSeek-V3's 37B activated parameters: 20 x 37 x 10^9 = 7.4 x 10^11 = 7,400 x 10^8.
     */
    @Test
    void countsWithTheirNoun() {
        assertEquals("7,400.00 億個 token", Units.count(740e9, "個 token"));
        assertEquals("20 個 token", Units.count(20, "個 token"));
        assertEquals("2.00 × 10¹⁶ 個 token", Units.count(2e16, "個 token"));
    }

    /** From 10,000 兆 (10^16) a count is m × 10ⁿ: 9,999.99 兆 is the last with a unit, 1.5 × 10^20 stays 1.50 × 10^20. */
    @Test
    void countsBeyondTheLargestUnitAreScientific() {
        assertEquals("9,999.99 兆", Units.count(9999.99e12));
        assertEquals("1.00 × 10¹⁶", Units.count(9999.996e12));
        assertEquals("1.00 × 10¹⁶", Units.count(1e16));
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
