package notes.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import notes.form.Result;

class PreferredPagesTest {
    /** The note's example: 1,000,000 for 20 % with a 1.5X preference, exit 3,000,000. */
    static Map<String, String> classic(String participation) {
        Map<String, String> f = new HashMap<>();
        f.put("exit", "3000000");
        f.put("debt", "0");
        f.put("sharesMode", "percent");
        f.put("series.0.name", "A 輪");
        f.put("series.0.invested", "1000000");
        f.put("series.0.percent", "20");
        f.put("series.0.multiple", "1.5");
        f.put("series.0.rank", "1");
        f.put("series.0.participation", participation);
        f.put("series.0.cap", "3");
        f.put("series.0.cumulative", "no");
        f.put("series.0.dividendRate", "0");
        f.put("series.0.yearsUnpaid", "0");
        return f;
    }

    /**
     * Axis labels in 萬 and 億 (10^4, 10^8), and from 10^12 (一兆) on as m × 10ⁿ: 2 × 10^8 is 2 億, 1.5 × 10^6 is
     * 150 萬, 1.5 × 10^15 is 1.50 × 10^15 rather than 15,000,000 億.
     */
    @Test
    void waterfallAxisLabelsUseWanYiAndScientificForm() {
        assertEquals("2 億", WaterfallPage.compact(2e8));
        assertEquals("150 萬", WaterfallPage.compact(1.5e6));
        assertEquals("9999 億", WaterfallPage.compact(9.999e11));
        assertEquals("1.50 × 10¹⁵", WaterfallPage.compact(1.5e15));
    }

    @Test
    void participatingGetsOnePointEightMillion() {
        Result r = Pages.run(new WaterfallPage(), classic("FULL"));
        assertTrue(r.isValid(), r.problems().toString());
        assertTrue(r.html().get("payouts").contains("<td>1,800,000</td>"), r.html().get("payouts"));
        assertEquals("1,200,000", r.texts().get("common"));
        assertEquals("3,000,000", r.texts().get("check"));
    }

    @Test
    void nonParticipatingTakesTheOnePointFiveMillionPreference() {
        Result r = Pages.run(new WaterfallPage(), classic("NONE"));
        assertTrue(r.html().get("payouts").contains("<td>領回優先清算額</td><td>1,500,000</td>"), r.html().get("payouts"));
        assertTrue(r.html().get("breakpoints").contains("7,500,000 時改為轉換成普通股"), r.html().get("breakpoints"));
    }

    @Test
    void badInputsAreNamed() {
        Map<String, String> f = classic("NONE");
        f.put("series.0.rank", "");
        assertTrue(problem(f, "series.0.rank").contains("請填寫「清償順位"));
        f = classic("NONE");
        f.put("series.0.invested", "-1");
        assertTrue(problem(f, "series.0.invested").contains("須介於"));
        f = classic("NONE");
        f.put("series.1.invested", "1000000");
        f.put("series.1.percent", "85");
        f.put("series.1.multiple", "1");
        f.put("series.1.rank", "2");
        f.put("series.1.participation", "NONE");
        f.put("series.1.cumulative", "no");
        f.put("series.1.dividendRate", "0");
        f.put("series.1.yearsUnpaid", "0");
        assertTrue(problem(f, "series.0.percent").contains("100 %"));
        // Both rounds' percentages make up the total: both are marked.
        assertTrue(problem(f, "series.1.percent").contains("100 %"));
    }

    @Test
    void dividendsAndRefinancing() {
        Map<String, String> d = Map.of("div.face", "1000000", "div.rate", "9", "div.years", "2",
                "div.cumulative", "yes");
        Result r = Pages.run(new DividendPage(), d);
        assertEquals("90,000", r.texts().get("div.annual"));
        assertEquals("270,000", r.texts().get("div.due"));
        Map<String, String> refi = Map.of("refi.oldSize", "10000000", "refi.oldRate", "8", "refi.newSize", "10000000",
                "refi.newRate", "5", "refi.premium", "2", "refi.costs", "300000");
        Result s = Pages.run(new RefinancingPage(), refi);
        assertEquals("300,000", s.texts().get("refi.saving"));
        assertEquals("500,000", s.texts().get("refi.cost"));
        assertEquals("1.67 年", s.texts().get("refi.payback"));
    }

    private static String problem(Map<String, String> fields, String field) {
        Result r = Pages.run(new WaterfallPage(), fields);
        assertFalse(r.isValid());
        assertTrue(r.problems().containsKey(field), r.problems().toString());
        return r.problems().get(field);
    }
}
