package notes.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import notes.form.Result;

class RefinancingPageTest {
    private final RefinancingPage page = new RefinancingPage();

    /** The source post's case: 10M at 8 % called at 102 %, 300,000 of costs, a 10M issue at 5 %. */
    private static Map<String, String> sourcePostCase() {
        Map<String, String> f = new HashMap<>();
        f.put("refi.oldSize", "10,000,000");
        f.put("refi.oldRate", "8");
        f.put("refi.newSize", "10,000,000");
        f.put("refi.newRate", "5");
        f.put("refi.premium", "2");
        f.put("refi.costs", "300,000");
        f.put("refi.discount", "5");
        return f;
    }

    @Test
    void theSourcePostsCaseIsFlaggedAsUnfunded() {
        Result r = Pages.run(page, sourcePostCase());
        assertTrue(r.isValid(), r.problems().toString());
        // 10,200,000 to call the old issue + 300,000 of costs = 10,500,000 needed; the new issue raises 10,000,000.
        String funding = r.texts().get("refi.funding");
        assertTrue(funding.startsWith("資金缺口 500,000："), funding);
        assertTrue(funding.contains("10,200,000") && funding.contains("10,500,000"), funding);
        // The post's own figure for this case: 500,000 / 300,000, "about 1.67 years".
        assertEquals("1.67 年", r.texts().get("refi.payback"));
    }

    @Test
    void theFundedCasePaysBackInOnePointEightTwoYears() {
        Map<String, String> f = sourcePostCase();
        f.put("refi.newSize", "10,500,000");
        Result r = Pages.run(page, f);
        assertTrue(r.texts().get("refi.funding").startsWith("資金足夠："), r.texts().get("refi.funding"));
        // Issue 14: 500,000 / (800,000 - 525,000) = 1.82 years (worked by hand in DividendsAndRefinancingTest).
        assertEquals("275,000", r.texts().get("refi.saving"));
        assertEquals("1.82 年", r.texts().get("refi.payback"));
        // ln(1.1) / ln(1.05) = 1.9535 years with the savings discounted at 5 % (same test, worked by hand).
        assertEquals("1.95 年", r.texts().get("refi.discountedPayback"));
    }

    @Test
    void theDefaultsAreTheFundedCase() {
        Result r = Pages.run(page, Map.of());
        assertEquals("1.82 年", r.texts().get("refi.payback"));
        assertTrue(r.texts().get("refi.funding").endsWith("剛好付完。"), r.texts().get("refi.funding"));
    }

    @Test
    void savingsThatNeverRepayTheCostAreSaidInWords() {
        Map<String, String> f = sourcePostCase();
        f.put("refi.newSize", "10,500,000");
        f.put("refi.discount", "60"); // 275,000 / 0.6 = 458,333 at most, less than the 500,000 spent
        Result r = Pages.run(page, f);
        assertEquals("1.82 年", r.texts().get("refi.payback"));
        assertTrue(r.texts().get("refi.discountedPayback").startsWith("折現後永遠回不了本"));
        assertTrue(!r.values().containsKey("refi.discountedPayback"), "no number where there is none");
    }
}
