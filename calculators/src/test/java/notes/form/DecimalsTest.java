package notes.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void parsesOnlyPlainDecimals() {
        assertEquals(95.25, Decimals.parseOrNull(" 95.25 "));
        assertEquals(-0.5, Decimals.parseOrNull("-.5"));
        assertEquals(5.0, Decimals.parseOrNull("+5"));
        for (String bad : new String[] {"", "abc", "1e5", "NaN", "Infinity", "1,000", "1.2.3", "12abc", "5d", "-"}) {
            assertNull(Decimals.parseOrNull(bad), bad);
        }
    }

    @Test
    void formatsWithGroupingAndRounding() {
        assertEquals("1,234.50", Decimals.fixed(1234.5, 2));
        assertEquals("0.0010", Decimals.fixed(0.001, 4));
        assertEquals("-12.35", Decimals.fixed(-12.345678, 2));
        assertEquals("0.00", Decimals.fixed(-0.001, 2));
        assertEquals("1,000,000", Decimals.fixed(999999.6, 0));
        assertEquals("6.50 %", Decimals.percent(0.0650000068807, 2));
    }

    /**
     * A figure of 10^12 (one 兆) or more is printed as m × 10ⁿ with 1 <= m < 10 rounded to two places, never in 13 or
     * more plain digits, with a caret or with Java's "E". The expected strings are the powers of ten written out:
     * 1.01e17 = 1.01 × 10^17; 999,999,999,999.96 rounds to 10^12 at one decimal, so it is 1.00 × 10^12.
     */
    @Test
    void figuresFromTenToTheTwelfthArePrintedInScientificForm() {
        assertEquals("999,999,999,999", Decimals.fixed(999_999_999_999.0, 0));
        assertEquals("999,999,999,999.9", Decimals.fixed(999_999_999_999.94, 1));
        assertEquals("1.00 × 10¹²", Decimals.fixed(999_999_999_999.96, 1));
        assertEquals("1.00 × 10¹²", Decimals.fixed(1e12, 0));
        assertEquals("1.00 × 10¹⁵", Decimals.fixed(1e15, 0));
        assertEquals("-1.01 × 10¹⁷", Decimals.fixed(-1.01e17, 2));
        // 16 digits of days (the "1234567890123456 天"): 1.234567890123456 × 10^15 rounds to 1.23.
        assertEquals("1.23 × 10¹⁵", Decimals.fixed(1234567890123456.0, 1));
        // A percentage goes through fixed too: a fraction of 10^18 is 10^20 %.
        assertEquals("1.00 × 10²⁰ %", Decimals.percent(1e18, 1));
    }

    /** Never Java's exponent form (1.0E15, 9.999999747378752E-6): the digits a reader can type back. */
    @Test
    void largeAndSmallNumbersAreWrittenWithoutAnExponent() {
        assertEquals("1000000000000000", Decimals.plain(1e15));
        assertEquals("0.00001", Decimals.plain(1e-5));
        assertEquals("0.000000125", Decimals.plain(1.25e-7));
        assertEquals("-2.5", Decimals.plain(-2.5));
        assertEquals("123456789012345680000", Decimals.plain(1.2345678901234568e20));
        // GGUF stores llama's rms epsilon as FLOAT32 1e-5 (float value 9.999999747378752E-6 as a double).
        assertEquals("0.00001", Decimals.plainFloat(1e-5f));
        assertEquals("500000", Decimals.plainFloat(500000f));
    }

    /**
     * LoRA on a 1,000,000 x 1,000,000 matrix at rank 8 trains r(d + k) = 16,000,000 of d k = 10^12 weights (Hu et al.,
     * arXiv 2106.09685, section 4): a share of 1.6 x 10^-5, which must not print as "0.00 %".
     */
    @Test
    void smallSharesKeepTwoSignificantDigits() {
        assertEquals("0.0016 %", Decimals.share(16_000_000.0 / 1e12, 2));
        assertEquals("12.50 %", Decimals.share(2048.0 / 16384, 2), "8 x (128 + 128) of 128 x 128");
        assertEquals("0.062 %", Decimals.share(0.00062, 2));
        assertEquals("0.00 %", Decimals.share(0, 2));
        assertEquals("0.00000010 %", Decimals.share(1e-9, 2), "at most eight places");
    }

    /**
     * A figure that is not zero but rounds to zero at the places shown says it lies below the smallest step; a
     * figure of half a step or more rounds as usual (0.005 -> 0.01, half-up as in {@code Math.round}).
     */
    @Test
    void figuresTooSmallForTheirPlacesSaySo() {
        assertEquals("小於 0.01", Decimals.fixedOrBelow(0.00001, 2));
        assertEquals("介於 -0.01 與 0 之間", Decimals.fixedOrBelow(-0.00001, 2));
        assertEquals("0.01", Decimals.fixedOrBelow(0.005, 2));
        assertEquals("0.00", Decimals.fixedOrBelow(0, 2));
        assertEquals("小於 1", Decimals.fixedOrBelow(0.2, 0));
        assertEquals("1,234.50", Decimals.fixedOrBelow(1234.5, 2));
        // A percentage: 10^-7 of a whole is 10^-5 %, below 0.01 %.
        assertEquals("小於 0.01 %", Decimals.percent(1e-7, 2));
        // A share past its eight places: 2 x 10^-24 (12 attention FLOPs a token over 6N = 6 x 10^24) is 2 x 10^-22 %.
        assertEquals("小於 0.00000001 %", Decimals.share(2e-24, 2));
    }
}
