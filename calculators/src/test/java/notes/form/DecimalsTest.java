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
}
