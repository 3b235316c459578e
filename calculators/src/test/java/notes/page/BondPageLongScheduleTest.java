package notes.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import notes.form.Result;

/** A quarterly bond from 1900 to 9999: 32,400 payments, a table of its two ends and a count between. */
class BondPageLongScheduleTest {
    @Test
    void theTableShowsBothEndsAndCountsTheRest() {
        Map<String, String> f = new HashMap<>(Map.of("settlement", "1900-01-01", "mode", "date",
                "maturity", "9999-12-31", "rate", "5", "frequency", "4", "given", "yield", "yield", "5",
                "redemption", "100", "basis", "0"));
        Result r = Pages.run(new BondPage(), f);
        assertTrue(r.isValid(), r.problems().toString());
        // (9999 - 1900) years x 4 + the quarter that ends 9999-12-31 after 1900-01-01's own quarter: COUPNUM.
        assertEquals("32400", r.texts().get("coupons"));
        String rows = r.html().get("cashFlows");
        assertEquals(2 * BondPage.SHOWN_AT_EACH_END + 1, count(rows, "<tr"));
        assertTrue(rows.contains("中間還有 32,376 筆付款，未列出"), rows.substring(0, 200));
        assertTrue(rows.startsWith("<tr><td>1900-03-31</td>"), rows.substring(0, 60));
        assertTrue(rows.contains("<tr><td>9999-12-31</td>"), "the last payment is maturity");
        // At a yield equal to the coupon a bond is worth par on a coupon date, and its full price grows at the yield
        // in between (Fabozzi, Bond Markets, Analysis and Strategies, "full price"): 100 x 1.0125^(A/E); here A = 1
        // day of 30/360 since 1899-12-31 in a 90-day quarter, and the clean price subtracts 1.25 x A/E.
        double expected = 100 * Math.pow(1.0125, 1 / 90.0) - 1.25 / 90;
        assertEquals(expected, Double.parseDouble(r.values().get("cleanPrice")), 1e-9);
    }

    @Test
    void aShortScheduleIsShownWhole() {
        Map<String, String> f = new HashMap<>(Map.of("settlement", "2008-02-15", "mode", "date",
                "maturity", "2016-11-15", "rate", "5.75", "frequency", "2", "given", "price", "price", "95.04287",
                "redemption", "100", "basis", "0"));
        String rows = Pages.run(new BondPage(), f).html().get("cashFlows");
        assertEquals(18, count(rows, "<tr")); // Microsoft's YIELD example: COUPNUM 18
        assertTrue(!rows.contains("未列出"));
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
