package notes.form;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The one place a typed value becomes a number, a date, a row or a matrix, checked against its declaration. Input
 * forms come from outside this code: numbers as zh-Hant (Taiwan) text prints them (Unicode CLDR, locale zh_Hant:
 * group separator "," every three digits, decimal separator "."), full-width forms as the Unicode Halfwidth and
 * Fullwidth Forms block defines them (U+FF01–U+FF5E are U+0021–U+007E shifted by 0xFEE0), dates as ISO 8601.
 */
class FieldsTest {
    private static final Declaration FORM = Declaration.of("test", "測試")
            .fields(
                    Field.number("rate", "票面利率（年，%）").unit("%").range(0, 100).initial("5"),
                    Field.number("amount", "金額").range(0, 1e12).initial("1000"),
                    Field.number("price", "價格").above(0, 1000).initial("95"),
                    Field.integer("count", "次數").range(1, 12).initial("2"),
                    Field.date("day", "交割日").initial("2008-02-15"),
                    Field.radio("mode", "到期以什麼指定").option("date", "到期日").option("years", "年數"),
                    Field.number("years", "年數").above(0, 100).initial("7.3").when("mode", "years"),
                    Field.select("model", "模型").option("a", "A").option("custom", "自訂"),
                    Field.select("attention", "注意力").option("mla", "MLA").option("gqa", "GQA")
                            .when("model", "custom"),
                    Field.integer("kvHeads", "KV 頭數").range(1, 128).initial("8").when("attention", "gqa"),
                    Field.matrix("m", "矩陣", 2, 2).initial("1, 0\n0, 1"))
            .rows(new RowGroup("s", "第 {n} 輪", List.of(
                    Field.text("name", "名稱").initial("第 {n} 輪"),
                    Field.select("kind", "種類").option("plain", "一般").option("capped", "有上限"),
                    Field.number("cap", "上限").above(0, 10).initial("3").when("kind", "capped")), 1, 12, "新增",
                    "刪除"));

    private static Fields of(String... keyValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return new Fields(FORM, m);
    }

    private static String problem(Fields f, String name) {
        return f.invalid().problems().get(name);
    }

    @Test
    void missingKeysTakeTheDeclaredDefaults() {
        Fields f = of();
        assertFalse(f.hasProblems());
        assertEquals(5.0, f.number("rate"));
        assertEquals(LocalDate.of(2008, 2, 15), f.date("day"));
        assertEquals("date", f.text("mode"), "the first option is the default when none is given");
        assertEquals("第 1 輪", f.text("s.0.name"), "{n} is the row's number from 1");
        assertEquals(1, f.rows("s"));
    }

    @Test
    void numbersAsTheSitePrintsThemAndAsATaiwaneseKeyboardTypesThem() {
        assertEquals(1_500_000.0, of("amount", "1,500,000").number("amount"));
        assertEquals(1_234_567.89, of("amount", "1,234,567.89").number("amount"));
        assertEquals(123.5, of("amount", "１２３．５").number("amount"), "full-width digits and point");
        assertEquals(1500.0, of("amount", "１，５００").number("amount"), "full-width comma");
        assertEquals(5.75, of("rate", "5.75%").number("rate"), "a trailing % where the unit is %");
        assertEquals(5.75, of("rate", "5.75 ％").number("rate"));
        assertEquals(12.0, of("amount", " 12 ").number("amount"));
    }

    @Test
    void ambiguousOrForeignNumbersGetTheirOwnMessage() {
        assertEquals("「1,5」的逗號不在千分位上；小數點請用「.」（例如 1.5）。", problem(of("amount", "1,5"), "amount"));
        assertEquals("「15,00」的逗號不在千分位上；小數點請用「.」（例如 1.5）。", problem(of("amount", "15,00"), "amount"));
        assertEquals("「1,000.000,5」的逗號不在千分位上；小數點請用「.」（例如 1.5）。",
                problem(of("amount", "1,000.000,5"), "amount"));
        assertEquals("「1e6」用了科學記號，請寫成一般的數（例如 1e6 寫成 1,000,000）。", problem(of("amount", "1e6"), "amount"));
        assertEquals("這一欄不是百分比，請拿掉「%」。", problem(of("amount", "50%"), "amount"));
        assertEquals("「abc」不是數字，請輸入像 1,500,000 或 95.25 這樣的數。", problem(of("amount", "abc"), "amount"));
        assertEquals("「1.500.000」不是數字，請輸入像 1,500,000 或 95.25 這樣的數。",
                problem(of("amount", "1.500.000"), "amount"));
    }

    @Test
    void rangesAreInclusiveAndWrittenLikeResults() {
        assertEquals(0.0, of("rate", "0").number("rate"));
        assertEquals(100.0, of("rate", "100").number("rate"));
        assertEquals("須介於 0 % 與 100 % 之間。", problem(of("rate", "100.01"), "rate"));
        assertEquals("須介於 0 與 1,000,000,000,000 之間。", problem(of("amount", "-1"), "amount"));
        assertEquals("須大於 0，且不超過 1,000。", problem(of("price", "0"), "price"));
        assertEquals(1000.0, of("price", "1000").number("price"));
        assertEquals("須為整數（「2.5」有小數）。", problem(of("count", "2.5"), "count"));
        assertEquals(12, of("count", "12").integer("count"));
    }

    @Test
    void aUnitFollowsItsNumberWithASpaceOnlyWhenItIsLatin() {
        Declaration years = Declaration.of("t", "測試").fields(Field.number("y", "年數").unit("年").range(0, 100));
        assertEquals("須介於 0 年與 100 年之間。", new Fields(years, Map.of("y", "101")).invalid().problems().get("y"));
    }

    @Test
    void aNumberWithMoreDigitsThanDoublesKeepIsStillANumberOutOfRange() {
        assertEquals("須介於 0 與 1,000,000,000,000 之間。", problem(of("amount", "9".repeat(400)), "amount"));
        assertEquals("「" + "x".repeat(20) + "…」不是數字，請輸入像 1,500,000 或 95.25 這樣的數。",
                problem(of("amount", "x".repeat(400)), "amount"), "a long entry is quoted by its start");
    }

    @Test
    void emptyFieldsAreNamed() {
        assertEquals("請填寫「票面利率（年，%）」。", problem(of("rate", ""), "rate"));
        assertEquals("請選擇「模型」。", problem(of("model", ""), "model"));
        assertEquals("「b」不是可選的項目，請從清單中選一個。", problem(of("model", "b"), "model"));
    }

    @Test
    void datesFrom1900To9999() {
        assertEquals(LocalDate.of(1900, 1, 1), of("day", "1900-01-01").date("day"));
        assertEquals(LocalDate.of(9999, 12, 31), of("day", "９９９９－１２－３１").date("day"), "full-width date");
        Fields early = of("day", "1899-12-31");
        assertNull(early.date("day"));
        assertEquals("「1899-12-31」早於 1900 年，請填 1900 到 9999 年之間的日期。", problem(early, "day"));
        // February 2024 has 29 days (2024 is divisible by 4 and not by 100: Gregorian rule), so no 30th.
        assertEquals("「2024-02-30」不是日曆上有的日子，請檢查月份與日期（例如 2 月最多 29 日）。",
                problem(of("day", "2024-02-30"), "day"));
        assertEquals("「2024/02/30」不是日曆上有的日子，請檢查月份與日期（例如 2 月最多 29 日）。",
                problem(of("day", "2024/02/30"), "day"));
        assertEquals("「2024-13-01」不是日曆上有的日子，請檢查月份與日期（例如 2 月最多 29 日）。",
                problem(of("day", "2024-13-01"), "day"));
    }

    /** The shape is what is wrong for day-first or two-digit-year text and for mixed separators: say so. */
    @Test
    void aDateOfAnotherShapeIsAFormatProblem() {
        for (String typed : List.of("15/02/2008", "08-02-15", "2008-02/15", "2008.02.15", "2008-002-15", "明天")) {
            assertEquals("「" + typed + "」的格式不對，請寫成年-月-日，例如 2008-02-15（2008/2/15 也可以）。",
                    problem(of("day", typed), "day"), typed);
        }
    }

    /**
     * Slashes and one-digit months and days, as dates are often written in Taiwan, read as the same day and are
     * kept in ISO form (the URL and the echo): 2008/02/15, 2008/2/15 and 2008-2-15 are all 2008-02-15.
     */
    @Test
    void slashesAndOneDigitMonthsAndDaysAreRead() {
        for (String typed : List.of("2008/02/15", "2008/2/15", "2008-2-15", " 2008/2/15 ", "２００８／２／１５")) {
            Fields f = of("day", typed);
            assertEquals(LocalDate.of(2008, 2, 15), f.date("day"), typed);
            assertEquals("2008-02-15", f.shownText().get("day"), typed);
        }
        assertEquals(LocalDate.of(2008, 2, 5), of("day", "2008-2-5").date("day"));
        assertEquals(Map.of("day", "2008-02-05", "n", "1/2"),
                Fields.withIsoDates(FORM, Map.of("day", "2008/2/5", "n", "1/2")));
        assertEquals(Map.of("day", "2008/02/30"), Fields.withIsoDates(FORM, Map.of("day", "2008/02/30")));
    }

    @Test
    void hiddenFieldsAreNeitherCheckedNorReadable() {
        Fields byDate = of("mode", "date", "years", "abc");
        assertFalse(byDate.hasProblems(), "years is hidden while the maturity is a date");
        assertFalse(byDate.isShown("years"));
        assertFalse(byDate.shownText().containsKey("years"), "nor kept in the URL");
        assertThrows(IllegalStateException.class, () -> byDate.number("years"));
        assertEquals("須大於 0，且不超過 100。", problem(of("mode", "years", "years", "0"), "years"));
    }

    @Test
    void aConditionOnAHiddenFieldHidesItsFieldToo() {
        Fields preset = of("model", "a", "attention", "gqa", "kvHeads", "abc");
        assertFalse(preset.isShown("attention"));
        assertFalse(preset.isShown("kvHeads"), "attention is hidden, so its gqa fields are too");
        assertFalse(preset.hasProblems());
        assertEquals("須介於 1 與 128 之間。", problem(of("model", "custom", "attention", "gqa", "kvHeads", "0"), "kvHeads"));
    }

    @Test
    void rowsAreCheckedPerRowWithTheirOwnConditions() {
        Fields f = of("s.0.kind", "capped", "s.0.cap", "0", "s.1.kind", "plain", "s.1.cap", "abc");
        assertEquals(2, f.rows("s"));
        assertEquals("須大於 0，且不超過 10。", problem(f, "s.0.cap"));
        assertFalse(f.isShown("s.1.cap"), "row 2 is not capped, so its cap is hidden");
        assertEquals("第 2 輪", f.text("s.1.name"));
        assertEquals(3, of("s.2.name", "x").rows("s"), "one more than the highest index present");
        assertEquals(1, of("s.1000.name", "x", "s.x.name", "y").rows("s"), "indexes above 999 or not numbers: none");
    }

    @Test
    void matricesOfNumbersSeparatedByCommasAndSpaces() {
        double[][] m = of("m", "0.5, -0.2\r\n1\t0\n\n").matrix("m");
        assertArrayEquals(new double[] {0.5, -0.2}, m[0]);
        assertArrayEquals(new double[] {1, 0}, m[1]);
        assertEquals("第 2 列有 1 個數，和第 1 列的個數不同。", problem(of("m", "1, 2\n3"), "m"));
        assertEquals("每列最多 2 個數。", problem(of("m", "1, 2, 3"), "m"));
        assertEquals("最多 2 列。", problem(of("m", "1\n2\n3"), "m"));
        assertEquals("第 1 列的「x」不是數字。", problem(of("m", "1, x"), "m"));
        assertEquals("第 1 列的「2000000」超出範圍：每個數須介於 -1,000,000 與 1,000,000 之間。",
                problem(of("m", "1, 2000000"), "m"));
        assertEquals("請填寫「矩陣」。", problem(of("m", " \n "), "m"));
        assertArrayEquals(new double[] {1, 2}, of("m", "1 2").matrix("m")[0]);
    }

    @Test
    void aProblemInvolvingSeveralFieldsMarksEachOfThem() {
        Fields f = of();
        f.reject("兩個欄位互相矛盾。", "rate", "amount");
        assertEquals("兩個欄位互相矛盾。", problem(f, "rate"));
        assertEquals("兩個欄位互相矛盾。", problem(f, "amount"));
        f.reject("第二個問題。", "rate");
        assertEquals("兩個欄位互相矛盾。", problem(f, "rate"), "a field keeps its first problem");
    }

    @Test
    void undeclaredFieldsAreABugNotAReaderError() {
        assertThrows(IllegalStateException.class, () -> of().number("nosuch"));
        assertFalse(of("nosuch", "abc").hasProblems(), "other calculators' URL keys are ignored");
    }
}
