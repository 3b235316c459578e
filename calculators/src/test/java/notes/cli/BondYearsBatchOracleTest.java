package notes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import notes.Oracles;

/**
 * The years-to-maturity calculator ({@code bond-years}) against {@code oracles/bonds/bonds_simple.csv}: maturity by
 * EDATE(settlement, ROUND(years x 12)), coupon count, accrued interest per face and both yields, as LibreOffice (or,
 * for one period or less, Gnumeric's documented closed form) computed them.
 */
class BondYearsBatchOracleTest {
    private static final double RELATIVE = 1e-9;

    static Stream<Map<String, String>> rows() {
        return Oracles.csv("bonds/bonds_simple.csv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void basis0MatchesTheSpreadsheets(Map<String, String> row) {
        Map<String, String> out = run(row, 0);
        String id = row.get("id");
        assertEquals(row.get("maturity"), out.get("maturity"), id + " maturity");
        assertEquals(row.get("COUPNUM_b0"), out.get("coupons"), id + " coupons");
        assertClose(id + " accrued", out.get("accrued"), row.get("accrued_per_face_b0"));
        assertEitherClose(id + " ytm_with_accrued", out.get("ytm_with_accrued"), row.get("yield_clean_b0"),
                row.get("yield_clean_b0_gnumeric"));
        assertEitherClose(id + " ytm_without_accrued", out.get("ytm_without_accrued"),
                row.get("yield_quoted_as_full_b0"), row.get("yield_quoted_as_full_b0_gnumeric"));
        double with = Double.parseDouble(out.get("ytm_with_accrued"));
        double without = Double.parseDouble(out.get("ytm_without_accrued"));
        assertTrue(with <= without, id + ": paying accrued interest on top can only lower the yield");
    }

    /**
     * Basis 1 has LibreOffice values only, and LibreOffice compounds the last period (caveat 2), so the yields are
     * compared where more than one coupon remains or settlement is on a coupon date (where both forms agree).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void basis1MatchesLibreOffice(Map<String, String> row) {
        Map<String, String> out = run(row, 1);
        String id = row.get("id");
        assertClose(id + " accrued", out.get("accrued"), row.get("accrued_per_face_b1"));
        boolean forms_agree = !"1".equals(row.get("COUPNUM_b0")) || "0".equals(row.get("COUPDAYBS_b0"));
        if (forms_agree) {
            assertClose(id + " ytm_with_accrued", out.get("ytm_with_accrued"), row.get("yield_clean_b1"));
            assertClose(id + " ytm_without_accrued", out.get("ytm_without_accrued"),
                    row.get("yield_quoted_as_full_b1"));
        }
    }

    private static Map<String, String> run(Map<String, String> row, int basis) {
        Map<String, String> input = new LinkedHashMap<>(row);
        input.put("basis", Integer.toString(basis));
        List<String> cells = BondYearsBatch.compute(input);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < BondYearsBatch.OUTPUT.size(); i++) {
            out.put(BondYearsBatch.OUTPUT.get(i), cells.get(i));
        }
        assertEquals("", out.get("error"), row.get("id") + " has no error");
        return out;
    }

    private static void assertClose(String what, String actual, String expected) {
        assertTrue(Oracles.sameValue(actual, expected, RELATIVE), what + ": " + actual + " vs " + expected);
    }

    private static void assertEitherClose(String what, String actual, String libre, String gnumeric) {
        assertTrue(Oracles.sameValue(actual, libre, RELATIVE) || Oracles.sameValue(actual, gnumeric, RELATIVE),
                what + ": " + actual + " vs LibreOffice " + libre + " / Gnumeric " + gnumeric);
    }
}
