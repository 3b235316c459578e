package notes.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import notes.form.Result;

class BondPageTest {
    /** Microsoft's YIELD example: settlement 2008-02-15, maturity 2016-11-15, 5.75 %, price 95.04287, 30/360. */
    static Map<String, String> microsoftYieldExample() {
        Map<String, String> f = new HashMap<>();
        f.put("settlement", "2008-02-15");
        f.put("mode", "date");
        f.put("maturity", "2016-11-15");
        f.put("years", "");
        f.put("rate", "5.75");
        f.put("frequency", "2");
        f.put("given", "price");
        f.put("price", "95.04287");
        f.put("yield", "");
        f.put("redemption", "100");
        f.put("basis", "0");
        return f;
    }

    private final BondPage page = new BondPage();

    /** The same example typed with slashes and one-digit months and days, as dates are often written in Taiwan. */
    @Test
    void datesWithSlashesGiveTheSameYield() {
        Map<String, String> f = microsoftYieldExample();
        f.put("settlement", "2008/02/15");
        f.put("maturity", "2016-11-15");
        assertEquals("6.50 %", Pages.run(page, f).texts().get("yieldWithAccrued"));
        f.put("settlement", "2008-2-15");
        f.put("maturity", "2016/11/15");
        Result r = Pages.run(page, f);
        assertEquals("6.50 %", r.texts().get("yieldWithAccrued"));
        assertEquals("2007-11-15", r.texts().get("previousCoupon"));
    }

    @Test
    void microsoftsYieldExampleShowsSixAndAHalfPercent() {
        Result r = Pages.run(page, microsoftYieldExample());
        assertTrue(r.isValid(), r.problems().toString());
        assertEquals("6.50 %", r.texts().get("yieldWithAccrued"));
        assertEquals(0.065, Double.parseDouble(r.values().get("yieldWithAccrued")), 1e-8);
        assertEquals("1.4375", r.texts().get("accrued"));
        assertEquals("96.4804", r.texts().get("dirtyPrice")); // 95.04287 + 1.4375
        assertEquals("2007-11-15", r.texts().get("previousCoupon"));
        assertEquals("18", r.texts().get("coupons"));
        double ignoring = Double.parseDouble(r.values().get("yieldIgnoringAccrued"));
        assertTrue(ignoring > 0.065, "ignoring the accrued interest gives the higher yield: " + ignoring);
        assertEquals(18, count(r.html().get("cashFlows"), "<tr>"));
        assertTrue(r.html().get("chart").startsWith("<svg"));
    }

    @Test
    void yearsModeDerivesMaturityFromRoundedMonths() {
        Map<String, String> f = microsoftYieldExample();
        f.put("mode", "years");
        f.put("years", "7.3"); // 87.6 months round to 88: 2008-02-15 + 88 months = 2015-06-15
        Result r = Pages.run(page, f);
        assertTrue(r.isValid(), r.problems().toString());
        assertTrue(r.texts().get("maturityUsed").startsWith("2015-06-15"), r.texts().get("maturityUsed"));
    }

    @Test
    void yieldGivenPricesTheBond() {
        Map<String, String> f = microsoftYieldExample();
        f.put("maturity", "2017-11-15");
        f.put("given", "yield");
        f.put("yield", "6.5");
        Result r = Pages.run(page, f);
        assertEquals("94.6344", r.texts().get("cleanPrice")); // Microsoft's PRICE example: 94.63436
    }

    @Test
    void eachBadInputNamesItsField() {
        assertProblem("maturity", "2008-02-15", "maturity", "到期日必須晚於交割日");
        // Settlement is half of that problem: both fields are marked.
        assertProblem("maturity", "2008-02-15", "settlement", "到期日必須晚於交割日");
        assertProblem("price", "-5", "price", "須大於 0");
        assertProblem("frequency", "3", "frequency", "不是可選的項目");
        assertProblem("rate", "", "rate", "請填寫「票面利率");
        assertProblem("price", "abc", "price", "不是數字");
        assertProblem("settlement", "2008-02-30", "settlement", "不是日曆上有的日子");
        assertProblem("settlement", "15/02/2008", "settlement", "「15/02/2008」的格式不對，請寫成年-月-日，例如 2008-02-15");
        assertProblem("basis", "5", "basis", "不是可選的項目");
    }

    /**
     * A yield so high that the clean price comes out negative is flagged on the yield, not shown. Annual coupons of
     * 100 (rate 100 %) on 11-15, settled half-way through the period (2008-05-15: 180 of 360 days under 30/360), at
     * a yield of 1000 %: the discount factor per year is 1 / 11, so the next coupon is worth 100 x (1/11)^0.5 =
     * 30.2, the later ones and the redemption add about 3, while the accrued interest is 100 x 180 / 360 = 50: the
     * clean price is about -17 (the documented PRICE formula has no floor at 0, so nothing else stops it).
     */
    @Test
    void aYieldGivingANegativeCleanPriceIsAProblemOnTheYield() {
        Map<String, String> f = microsoftYieldExample();
        f.put("settlement", "2008-05-15");
        f.put("rate", "100");
        f.put("frequency", "1");
        f.put("given", "yield");
        f.put("yield", "1000");
        Result r = Pages.run(page, f);
        assertFalse(r.isValid(), r.texts().toString());
        assertTrue(r.problems().get("yield").contains("不大於 0"), r.problems().toString());
        assertTrue(r.texts().isEmpty(), "no result is shown with a problem");
    }

    /**
     * A yield of -40 % a year on a 300-year annual bond: the redemption alone is worth 100 / (1 - 0.4)^300, about
     * 10^68.5 per 100 face, far above the 1,000,000 the price field accepts, so the yield is refused, not priced.
     */
    @Test
    void aYieldGivingAPriceNoOneCouldTypeIsAProblemOnTheYield() {
        Map<String, String> f = microsoftYieldExample();
        f.put("settlement", "1900-01-01");
        f.put("maturity", "2200-12-31");
        f.put("frequency", "1");
        f.put("given", "yield");
        f.put("yield", "-40");
        Result r = Pages.run(page, f);
        assertFalse(r.isValid(), r.texts().toString());
        assertTrue(r.problems().get("yield").contains("超過 1,000,000"), r.problems().toString());
    }

    private void assertProblem(String field, String value, String expectedField, String expectedText) {
        Map<String, String> f = microsoftYieldExample();
        f.put(field, value);
        Result r = Pages.run(page, f);
        assertFalse(r.isValid(), field + "=" + value);
        assertTrue(r.problems().get(expectedField).contains(expectedText), r.problems().toString());
        assertTrue(r.texts().isEmpty(), "no result is shown with a problem");
    }

    /** Random text in every field never yields NaN, Infinity or an exception: either outputs, or problems. */
    @Test
    void randomInputsNeverProduceNaN() {
        Random random = new Random(7);
        String[] pool = {"", "abc", "-1", "0", "1e5", "NaN", "Infinity", "2008-02-15", "2030-02-29", "2024-02-29",
                "100", "95.5", "3", "4", "1", "2", "0.0001", "99999999", "date", "years", "price", "yield", " 7.3 ",
                "1,000", "+5", "-0", ".5", "5.", "9999-12-31", "1900-01-01"};
        Map<String, String> base = microsoftYieldExample();
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            Map<String, String> f = new HashMap<>(base);
            for (String key : base.keySet()) {
                if (random.nextInt(3) == 0) {
                    f.put(key, pool[random.nextInt(pool.length)]);
                }
            }
            Result r = Pages.run(page, f);
            if (r.isValid()) {
                valid++;
                for (String text : r.texts().values()) {
                    assertFalse(text.contains("NaN") || text.contains("Infinity") || text.isEmpty(), f + " -> " + text);
                }
                assertFalse(r.html().get("chart").contains("NaN"), f.toString());
            } else {
                r.problems().values().forEach(m -> assertFalse(m.isBlank(), f.toString()));
            }
        }
        assertTrue(valid > 1000, "valid cases among the random ones: " + valid);
    }

    private static int count(String text, String needle) {
        return text.split(needle, -1).length - 1;
    }
}
