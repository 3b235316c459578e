package notes.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Reading a number as a Taiwanese reader types it. The accepted forms are the zh_Hant locale's number format in
 * Unicode CLDR (group separator "," every three digits from the decimal point, decimal separator "."), and the
 * Halfwidth and Fullwidth Forms block of the Unicode standard (U+FF01–U+FF5E are U+0021–U+007E shifted by 0xFEE0;
 * U+3000 is the ideographic space).
 */
class ReaderTextTest {
    private static Double read(String text, boolean percent) {
        return ReaderText.number(text, percent, new FieldProblem[1]);
    }

    private static FieldProblem why(String text) {
        FieldProblem[] problem = new FieldProblem[1];
        assertNull(ReaderText.number(text, false, problem), text);
        return problem[0];
    }

    @Test
    void groupsOfThreeFromTheFirstOneToThreeDigits() {
        assertEquals(1234.0, read("1,234", false));
        assertEquals(123456.0, read("123,456", false));
        assertEquals(-1234.5, read("-1,234.5", false));
        assertEquals(1234.5, read("+1,234.5", false));
        assertEquals(12345678.0, read("12,345,678", false));
    }

    @Test
    void commasAnywhereElseAreMisplaced() {
        for (String bad : new String[] {",123", "1234,567", "12,345,67", "1,23", "1,2345", "1,234,", "1,,234",
            "1.5,000", "-,123"}) {
            assertEquals(FieldProblem.MISPLACED_COMMA, why(bad), bad);
        }
    }

    @Test
    void fullWidthFormsFoldAtTheEdgesOfTheirBlock() {
        assertEquals("!~", ReaderText.fold("\uFF01\uFF5E"), "the first and last of the block");
        assertEquals("\uFF00\uFF5F", ReaderText.fold("\uFF00\uFF5F"), "just outside it: unchanged");
        assertEquals("1 2", ReaderText.fold("１\u3000２"));
        assertEquals("-5", ReaderText.fold("\u22125"), "the minus sign U+2212");
        assertEquals(-5.0, read("－５", false));
    }

    @Test
    void percentOnlyWhereTheUnitIsPercent() {
        assertEquals(5.75, read("5.75%", true));
        assertEquals(5.75, read("5.75 %", true));
        assertEquals(FieldProblem.PERCENT_NOT_THIS_UNIT, why("5.75%"));
    }

    @Test
    void exponentFormIsNamedAndOtherTextIsNotANumber() {
        assertEquals(FieldProblem.EXPONENT, why("1e6"));
        assertEquals(FieldProblem.EXPONENT, why("2.5E-3"));
        assertEquals(FieldProblem.NOT_A_NUMBER, why("e6"));
        assertEquals(FieldProblem.NOT_A_NUMBER, why("1e"));
        assertEquals(FieldProblem.NOT_A_NUMBER, why("abc"));
        assertEquals(FieldProblem.NOT_A_NUMBER, why("-"));
        assertEquals(FieldProblem.NOT_A_NUMBER, why("."));
    }

    @Test
    void longDecimalsAreStillNumbers() {
        assertEquals(1e39, read("1" + "0".repeat(39), false));
        assertEquals(-1e39, read("-1" + "0".repeat(39), false));
        assertEquals(0.5, read("0." + "5" + "0".repeat(40), false));
    }
}
