package notes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import notes.Oracles;

/**
 * Every row of {@code oracles/bonds/bonds_libreoffice.csv} through the {@code bond} batch command, each output
 * column against LibreOffice 7.4 or Gnumeric 1.12 (whichever we chose where they disagree; see the comments at
 * each choice in {@code notes.bond}) to 1e-9 relative. Durations are checked against the cash-flow form
 * ({@code DURATION_dsce}) that reproduces Microsoft's documented examples.
 */
class BondBatchOracleTest {
    private static final double RELATIVE = 1e-9;

    /** Our column to the oracle column holding the same quantity. */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("YIELD", "YIELD");
        COLUMNS.put("PRICE", "PRICE");
        COLUMNS.put("ACCRINT", "ACCRINT_prev_to_settle");
        COLUMNS.put("COUPDAYBS", "COUPDAYBS");
        COLUMNS.put("COUPDAYS", "COUPDAYS");
        COLUMNS.put("COUPDAYSNC", "COUPDAYSNC");
        COLUMNS.put("COUPNUM", "COUPNUM");
        COLUMNS.put("COUPPCD", "COUPPCD");
        COLUMNS.put("COUPNCD", "COUPNCD");
        COLUMNS.put("DURATION", "DURATION_dsce");
        COLUMNS.put("MDURATION", "MDURATION_dsce");
        COLUMNS.put("YEARFRAC", "YEARFRAC");
    }

    static Stream<Arguments> rows() {
        List<Map<String, String>> libre = Oracles.csv("bonds/bonds_libreoffice.csv");
        List<Map<String, String>> gnumeric = Oracles.csv("bonds/bonds_gnumeric.csv");
        assertEquals(libre.size(), gnumeric.size(), "the two oracle files hold the same rows");
        List<Arguments> args = new ArrayList<>();
        for (int i = 0; i < libre.size(); i++) {
            assertEquals(libre.get(i).get("id"), gnumeric.get(i).get("id"));
            args.add(Arguments.of(libre.get(i).get("id"), libre.get(i), gnumeric.get(i)));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyColumnMatchesLibreOfficeOrGnumeric(String id, Map<String, String> libre, Map<String, String> gnumeric) {
        Map<String, String> out = outputRow(libre);
        List<String> mismatches = new ArrayList<>();
        COLUMNS.forEach((ours, theirs) -> {
            String actual = out.get(ours);
            if (!Oracles.sameValue(actual, libre.get(theirs), RELATIVE)
                    && !Oracles.sameValue(actual, gnumeric.get(theirs), RELATIVE)) {
                mismatches.add(ours + "=" + actual + " (LibreOffice " + libre.get(theirs) + ", Gnumeric "
                        + gnumeric.get(theirs) + ")");
            }
        });
        assertTrue(mismatches.isEmpty(), id + ": " + mismatches);
        boolean anyErr = out.values().stream().anyMatch("ERR"::equals);
        assertEquals(anyErr, !out.get("error").isEmpty(), id + ": an ERR cell comes with its reason: " + out);
    }

    /** With one period or less left, price and yield follow the closed form Microsoft documents (caveat 2). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void lastPeriodUsesMicrosoftsClosedForm(String id, Map<String, String> libre, Map<String, String> gnumeric) {
        if (!"1".equals(libre.get("COUPNUM"))) {
            return;
        }
        Map<String, String> out = outputRow(libre);
        assertTrue(Oracles.sameValue(out.get("YIELD"), libre.get("YIELD_msdoc_N1"), RELATIVE),
                id + " YIELD " + out.get("YIELD") + " vs documented " + libre.get("YIELD_msdoc_N1"));
        if (!libre.get("PRICE_msdoc_N1").isEmpty()) {
            assertTrue(Oracles.sameValue(out.get("PRICE"), libre.get("PRICE_msdoc_N1"), RELATIVE),
                    id + " PRICE " + out.get("PRICE") + " vs documented " + libre.get("PRICE_msdoc_N1"));
        }
    }

    @Test
    void coversEveryGroupOfTheReferenceData() {
        long lastPeriodRows = Oracles.csv("bonds/bonds_libreoffice.csv").stream()
                .filter(r -> "1".equals(r.get("COUPNUM"))).count();
        assertTrue(lastPeriodRows >= 10, "the N = 1 closed form is exercised by " + lastPeriodRows + " rows");
    }

    private static Map<String, String> outputRow(Map<String, String> input) {
        List<String> cells = BondBatch.compute(input);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < BondBatch.OUTPUT.size(); i++) {
            out.put(BondBatch.OUTPUT.get(i), cells.get(i));
        }
        return out;
    }
}
