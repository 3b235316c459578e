package notes.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import notes.form.Result;

/** The lending and allocation pages on the hand-worked cases of LendingIncomeTest and OwnerSalaryTest. */
class InvestingPagesTest {
    static Map<String, String> loan() {
        Map<String, String> f = new HashMap<>();
        f.put("lend.value", "10,000,000");
        f.put("lend.rate", "3");
        f.put("lend.days", "180");
        f.put("lend.share", "70");
        f.put("lend.payments", "1");
        f.put("lend.nhi", "yes");
        f.put("lend.dividend", "35000");
        return f;
    }

    @Test
    void lendingPageShowsEachDeduction() {
        // 10,000,000 x 3 % x 180 / 365 = 147,945; 70 % paid as 103,562; 10 % withheld = 10,356;
        // premium 103,562 x 2.11 % = 2,185; net 91,020.8 -> 91,021.
        Result r = Pages.run(new SecuritiesLendingPage(), loan());
        assertTrue(r.isValid(), r.problems().toString());
        assertEquals("147,945 元", r.texts().get("lend.gross"));
        assertEquals("103,562 元", r.texts().get("lend.payment"));
        assertEquals("10,356 元", r.texts().get("lend.withheld"));
        assertEquals("2,185 元", r.texts().get("lend.nhiPremium"));
        assertEquals("91,021 元", r.texts().get("lend.net"));
        assertEquals("1.85 %", r.texts().get("lend.yield"));
        // A 35,000 dividend held would bear 35,000 x 2.11 % = 738.5 -> 739; as compensation it bears none.
        assertEquals("35,000 元", r.texts().get("lend.compensation"));
        assertEquals("739 元", r.texts().get("lend.dividendPremium"));
        assertTrue(r.texts().get("lend.explain").contains("扣繳 10 %"), r.texts().get("lend.explain"));
    }

    @Test
    void lendingPageNamesTheFieldAtFault() {
        Map<String, String> f = loan();
        f.put("lend.days", "30");
        f.put("lend.payments", "31");
        Result r = Pages.run(new SecuritiesLendingPage(), f);
        assertFalse(r.isValid());
        assertEquals("收款次數不可超過出借天數（一天最多收一次）。", r.problems().get("lend.payments"));
        f = loan();
        f.put("lend.share", "0");
        assertTrue(Pages.run(new SecuritiesLendingPage(), f).problems().containsKey("lend.share"));
        f = loan();
        f.put("lend.rate", "25");
        assertTrue(Pages.run(new SecuritiesLendingPage(), f).problems().containsKey("lend.rate"));
    }

    @Test
    void ownerSalaryDefaultsAreThePostsAllocation() {
        // Defaults: 10,000,000 as 60 % index at 8 % and 40 % fixed income at 4 %: 40 % x 4 % = 1.6 % = 160,000.
        Result r = Pages.run(new OwnerSalaryPage(), Map.of());
        assertTrue(r.isValid(), r.problems().toString());
        assertEquals("160,000", r.texts().get("alloc.salary"));
        assertEquals("1.60 %", r.texts().get("alloc.salaryRate"));
        assertEquals("4.80 %", r.texts().get("alloc.growthRate"));
        assertEquals("13,333", r.texts().get("alloc.monthly"));
        assertTrue(r.texts().get("alloc.formula").contains("40 % × 4.00 %"), r.texts().get("alloc.formula"));
    }

    @Test
    void ownerSalaryWithTheKoPreset() {
        // OwnerSalaryTest's case: 0.2 x 1.92 % + 0.3 x 4 % = 1.584 % of 10,000,000 = 158,400; 16,457 withheld.
        Map<String, String> f = new HashMap<>(Map.of("alloc.indexWeight", "50", "alloc.dividendWeight", "20",
                "alloc.preset", "KO", "alloc.fixedWeight", "30"));
        Result r = Pages.run(new OwnerSalaryPage(), f);
        assertTrue(r.isValid(), r.problems().toString());
        assertEquals("158,400", r.texts().get("alloc.salary"));
        assertEquals("16,457", r.texts().get("alloc.withheld"));
        assertEquals("1.92 %", r.texts().get("alloc.dividendNet"));
    }

    @Test
    void weightsThatDoNotAddUpAreMarkedOnAllThree() {
        Map<String, String> f = Map.of("alloc.indexWeight", "60", "alloc.fixedWeight", "30.5");
        Result r = Pages.run(new OwnerSalaryPage(), f);
        assertEquals("三個部分的比例合計是 90.5 %，須剛好是 100 %。", r.problems().get("alloc.fixedWeight"));
        assertTrue(r.problems().containsKey("alloc.indexWeight"));
        assertTrue(r.problems().containsKey("alloc.dividendWeight"));
    }
}
