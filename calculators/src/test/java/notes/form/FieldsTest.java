package notes.form;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The one place a typed value becomes a number, a date, a row count or a matrix, each edge with its message. */
class FieldsTest {
    private static Fields of(String... keyValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return new Fields(m);
    }

    private static String problem(Fields f, String name) {
        return f.invalid().problems().get(name);
    }

    @Test
    void datesFrom1900To9999() {
        assertEquals(LocalDate.of(1900, 1, 1), of("d", "1900-01-01").date("d"));
        assertEquals(LocalDate.of(9999, 12, 31), of("d", "9999-12-31").date("d"));
        Fields early = of("d", "1899-12-31");
        assertNull(early.date("d"));
        assertEquals("「1899-12-31」不是 1900 到 9999 年之間的有效日期，請用 YYYY-MM-DD。", problem(early, "d"));
        Fields empty = of("d", "");
        assertNull(empty.date("d"));
        assertEquals("請輸入日期（YYYY-MM-DD）。", problem(empty, "d"));
    }

    @Test
    void numbersWithinTheirBoundsIncludingTheBounds() {
        assertEquals(0.0, of("n", "0").number("n", 0, 100, " %"));
        assertEquals(100.0, of("n", "100").number("n", 0, 100, " %"));
        Fields over = of("n", "100.01");
        over.number("n", 0, 100, " %");
        assertEquals("須介於 0 % 與 100 % 之間。", problem(over, "n"));
        Fields under = of("n", "-0.01");
        under.number("n", 0, 100, "");
        assertEquals("須介於 0 與 100 之間。", problem(under, "n"));
    }

    @Test
    void positiveExcludesItsLowerBound() {
        assertEquals(0.01, of("n", "0.01").positive("n", 0, 10, ""));
        Fields zero = of("n", "0");
        zero.positive("n", 0, 10, " 年");
        assertEquals("須大於 0 年。", problem(zero, "n"));
        Fields big = of("n", "11");
        big.positive("n", 0, 10, "");
        assertEquals("須介於 0 與 10 之間。", problem(big, "n"), "the range message, not a second one");
        assertEquals(10.0, of("n", "10").positive("n", 0, 10, ""));
    }

    @Test
    void rowsCountToTheHighestIndexPresent() {
        assertEquals(0, of("x", "1").rows("s"));
        assertEquals(3, of("s.0.a", "1", "s.2.a", "1").rows("s"));
        assertEquals(1000, of("s.999.a", "1").rows("s"));
        assertEquals(0, of("s.1000.a", "1", "s.-1.a", "1", "s.x.a", "1", "s.3", "1").rows("s"));
        assertEquals(1, of("s.0.a", "1", "sx.5.a", "1").rows("s"));
    }

    @Test
    void matricesOfNumbersSeparatedByCommasAndSpaces() {
        double[][] m = of("m", "0.5, -0.2\r\n1\t0\n\n").matrix("m", 2, 2);
        assertArrayEquals(new double[] {0.5, -0.2}, m[0]);
        assertArrayEquals(new double[] {1, 0}, m[1]);
        assertEquals(2, m.length);
        Fields ragged = of("m", "1, 2\n3");
        assertEquals(0, ragged.matrix("m", 4, 4).length);
        assertEquals("第 2 列有 1 個數，和第 1 列的 2 個不同。", problem(ragged, "m"));
        Fields wide = of("m", "1, 2, 3");
        wide.matrix("m", 4, 2);
        assertEquals("每列最多 2 個數。", problem(wide, "m"));
        Fields tall = of("m", "1\n2\n3");
        assertEquals(3, tall.matrix("m", 2, 2).length);
        assertEquals("最多 2 列。", problem(tall, "m"));
        Fields bad = of("m", "1, x");
        bad.matrix("m", 2, 2);
        assertEquals("第 1 列的「x」不是數字。", problem(bad, "m"));
        Fields blank = of("m", " \n ");
        blank.matrix("m", 2, 2);
        assertEquals("此欄不可空白。", problem(blank, "m"));
        Fields spaced = of("m", "1 2");
        assertArrayEquals(new double[] {1, 2}, spaced.matrix("m", 1, 2)[0]);
        assertFalse(spaced.hasProblems());
    }
}
