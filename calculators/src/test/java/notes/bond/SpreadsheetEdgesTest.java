package notes.bond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SpreadsheetEdgesTest {
    private static final LocalDate START = LocalDate.of(2012, 1, 1);
    private static final LocalDate END = LocalDate.of(2012, 7, 30);

    /**
     * Microsoft's YEARFRAC page, its example dates 2012-01-01 to 2012-07-30: basis 0 gives 0.58055556, basis 1
     * 0.57650273, basis 3 0.57808219. The same 211 actual days over 360 (basis 2), and 209 days of European 30/360
     * (basis 4), follow the definitions on the same page.
     */
    @Test
    void yearfracOnMicrosoftsExample() {
        assertEquals(0.58055556, BondFunctions.yearfrac(START, END, 0), 5e-9);
        assertEquals(0.57650273, BondFunctions.yearfrac(START, END, 1), 5e-9);
        assertEquals(211 / 360.0, BondFunctions.yearfrac(START, END, 2), 1e-15);
        assertEquals(0.57808219, BondFunctions.yearfrac(START, END, 3), 5e-9);
        assertEquals(209 / 360.0, BondFunctions.yearfrac(START, END, 4), 1e-15);
        assertEquals(0.58055556, BondFunctions.yearfrac(END, START, 0), 5e-9, "either order");
        assertEquals(0.0, BondFunctions.yearfrac(START, START, 1));
        assertEquals(BondProblem.BASIS_NOT_0_TO_4,
                assertThrows(BondException.class, () -> BondFunctions.yearfrac(START, END, 5)).problem());
    }

    /** The labels the bond page shows next to the accrual days, one per spreadsheet basis. */
    @Test
    void dayCountsByBasis() {
        assertEquals("30/360 (US NASD)", DayCount.ofBasisOrNull(0).label());
        assertEquals("actual/actual", DayCount.ofBasisOrNull(1).label());
        assertEquals(4, DayCount.ofBasisOrNull(4).basis());
        assertEquals(null, DayCount.ofBasisOrNull(-1));
    }

    /** LibreOffice and Excel reject a negative yield in PRICE, DURATION and MDURATION (oracle README, caveat 6). */
    @Test
    void spreadsheetFunctionsRejectANegativeYield() {
        LocalDate s = LocalDate.of(2008, 2, 15);
        LocalDate m = LocalDate.of(2017, 11, 15);
        for (Runnable call : new Runnable[] {
            () -> BondFunctions.price(s, m, 0.0575, -0.001, 100, 2, 0),
            () -> BondFunctions.duration(s, m, 0.0575, -0.001, 2, 0),
            () -> BondFunctions.mduration(s, m, 0.0575, -0.001, 2, 0)}) {
            assertEquals(BondProblem.NEGATIVE_YIELD_IN_SPREADSHEET,
                    assertThrows(BondException.class, call::run).problem());
        }
        assertEquals(94.63436, BondFunctions.price(s, m, 0.0575, 0.065, 100, 2, 0), 5e-6); // Microsoft's PRICE example
    }

    /** Years become whole months (rounded), from one month to 1000 years. */
    @Test
    void yearsToMaturityInWholeMonths() {
        assertEquals(12_000, YearsToMaturity.months(1000));
        assertEquals(1, YearsToMaturity.months(1 / 24.0), "half a month rounds up to one");
        assertEquals(BondProblem.YEARS_NOT_POSITIVE,
                assertThrows(BondException.class, () -> YearsToMaturity.months(1000.01)).problem());
        assertEquals(BondProblem.YEARS_NOT_POSITIVE,
                assertThrows(BondException.class, () -> YearsToMaturity.months(0.04)).problem());
        assertEquals(BondProblem.YEARS_NOT_POSITIVE,
                assertThrows(BondException.class, () -> YearsToMaturity.months(0)).problem());
    }
}
