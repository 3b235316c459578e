package notes.preferred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Hand-worked waterfalls; each expected figure is derived in the comment above it. */
class WaterfallTest {
    private static final double CENT = 0.01;

    static PreferredSeries series(String name, double invested, double shares, double multiple, int rank,
                                  Participation participation, double cap) {
        return new PreferredSeries(name, invested, shares, multiple, rank, participation, cap, false, 0, 0);
    }

    private static Distribution run(double exit, double common, double debt, PreferredSeries... series) {
        return new Waterfall(new CapTable(List.of(series), common, debt)).distribute(exit);
    }

    /** 1,000,000 for 20 % with a 1.5X preference, exit 3,000,000 (the note's example). */
    @Test
    void classicExampleParticipating() {
        Distribution d = run(3_000_000, 80, 0, series("A", 1_000_000, 20, 1.5, 1, Participation.FULL, 0));
        // 1.5 x 1,000,000 = 1,500,000 first; the other 1,500,000 is shared 20 : 80, so A adds 300,000.
        assertEquals(1_800_000, d.series().get(0).total(), CENT);
        assertEquals(1_200_000, d.common(), CENT);
        assertEquals(1.8, d.series().get(0).multipleOnInvestment(), 1e-12);
    }

    @Test
    void classicExampleNonParticipatingKeepsThePreference() {
        Distribution d = run(3_000_000, 80, 0, series("A", 1_000_000, 20, 1.5, 1, Participation.NONE, 0));
        // Preference 1,500,000 against 20 % of 3,000,000 = 600,000 as common: it keeps the preference.
        assertEquals(1_500_000, d.series().get(0).total(), CENT);
        assertFalse(d.series().get(0).converted());
        assertEquals(1_500_000, d.common(), CENT);
    }

    @Test
    void nonParticipatingConvertsAboveItsBreakpoint() {
        Waterfall w = new Waterfall(new CapTable(
                List.of(series("A", 1_000_000, 20, 1.5, 1, Participation.NONE, 0)), 80, 0));
        // At 10,000,000: 20 % is 2,000,000 > 1,500,000, so it converts and common keeps 80 %.
        Distribution d = w.distribute(10_000_000);
        assertTrue(d.series().get(0).converted());
        assertEquals(2_000_000, d.series().get(0).total(), CENT);
        assertEquals(8_000_000, d.common(), CENT);
        // Indifferent where 0.2 x E = 1,500,000: E = 7,500,000.
        List<Waterfall.Breakpoint> b = w.breakpoints(20_000_000, 40);
        assertEquals(1, b.size());
        assertEquals(7_500_000, b.get(0).exit(), 1);
        assertTrue(b.get(0).converts());
    }

    @Test
    void seniorIsPaidBeforeJunior() {
        // Exit 4,000,000: senior A takes its 2,000,000; junior B gets the 2,000,000 left of the 3,000,000 it is owed.
        // Converting would pay A 20/70 of 1,000,000 and B 30/80 of 2,000,000: both keep their preference.
        Distribution d = run(4_000_000, 50, 0,
                series("A", 2_000_000, 20, 1, 1, Participation.NONE, 0),
                series("B", 3_000_000, 30, 1, 2, Participation.NONE, 0));
        assertEquals(2_000_000, d.series().get(0).total(), CENT);
        assertEquals(2_000_000, d.series().get(1).total(), CENT);
        assertEquals(0, d.common(), CENT);
    }

    @Test
    void equalRanksSharePaymentProRata() {
        // Pari passu, owed 2,000,000 and 3,000,000 from 4,000,000: 2/5 and 3/5 of it.
        Distribution d = run(4_000_000, 50, 0,
                series("A", 2_000_000, 20, 1, 1, Participation.NONE, 0),
                series("B", 3_000_000, 30, 1, 1, Participation.NONE, 0));
        assertEquals(1_600_000, d.series().get(0).total(), CENT);
        assertEquals(2_400_000, d.series().get(1).total(), CENT);
    }

    @Test
    void cappedParticipationStopsAtTheCapThenConverts() {
        Waterfall w = new Waterfall(new CapTable(
                List.of(series("A", 1_000_000, 20, 1, 1, Participation.CAPPED, 2)), 80, 0));
        // 3,000,000: 1,000,000 + 20 % of 2,000,000 = 1,400,000, under the 2,000,000 cap.
        assertEquals(1_400_000, w.distribute(3_000_000).series().get(0).total(), CENT);
        // 8,000,000: 1,000,000 + 20 % of 7,000,000 = 2,400,000 is capped at 2,000,000; common gets 6,000,000.
        // Converting would pay 20 % of 8,000,000 = 1,600,000, so it stays.
        Distribution at8 = w.distribute(8_000_000);
        assertEquals(2_000_000, at8.series().get(0).total(), CENT);
        assertEquals(6_000_000, at8.common(), CENT);
        assertFalse(at8.series().get(0).converted());
        // 12,000,000: 20 % = 2,400,000 beats the cap: it converts. Indifference at 0.2 x E = 2,000,000: E = 10M.
        assertTrue(w.distribute(12_000_000).series().get(0).converted());
        assertEquals(10_000_000, w.breakpoints(20_000_000, 40).get(0).exit(), 1);
    }

    @Test
    void oneSeriesConvertingChangesWhatTheOtherGets() {
        // A: 1,000,000 for 10 shares; B: 1,000,000 for 40 shares; common 50. Exit 4,000,000.
        // If B converts while A keeps 1,000,000: B gets 40/90 of 3,000,000 = 1,333,333.33 > 1,000,000, so B converts.
        // A converting too would pay 10/100 of 4,000,000 = 400,000 < 1,000,000: A keeps.
        Distribution d = run(4_000_000, 50, 0,
                series("A", 1_000_000, 10, 1, 1, Participation.NONE, 0),
                series("B", 1_000_000, 40, 1, 1, Participation.NONE, 0));
        assertFalse(d.series().get(0).converted());
        assertTrue(d.series().get(1).converted());
        assertEquals(1_000_000, d.series().get(0).total(), CENT);
        assertEquals(3_000_000.0 * 40 / 90, d.series().get(1).total(), CENT);
        assertEquals(3_000_000.0 * 50 / 90, d.common(), CENT);
        // B is indifferent where 40/90 x (E - 1,000,000) = 1,000,000: E = 3,250,000.
        Waterfall w = new Waterfall(new CapTable(List.of(d.series().get(0).series(), d.series().get(1).series()), 50, 0));
        assertEquals(3_250_000, w.breakpoints(8_000_000, 80).get(0).exit(), 1);
    }

    @Test
    void debtIsPaidFirstAndCumulativeArrearsJoinThePreference() {
        PreferredSeries cumulative = new PreferredSeries("A", 1_000_000, 20, 1, 1, Participation.NONE, 0, true, 0.08, 2);
        // Preference: 1,000,000 + 1,000,000 x 8 % x 2 years = 1,160,000.
        assertEquals(1_160_000, cumulative.preference(), CENT);
        Distribution d = run(1_500_000, 80, 500_000, cumulative);
        // Debt 500,000 first; 1,000,000 is left for a 1,160,000 preference; common gets nothing.
        assertEquals(500_000, d.debt(), CENT);
        assertEquals(1_000_000, d.series().get(0).total(), CENT);
        assertEquals(0, d.common(), CENT);
        PreferredSeries nonCumulative = new PreferredSeries("A", 1_000_000, 20, 1, 1, Participation.NONE, 0, false,
                0.08, 2);
        assertEquals(1_000_000, nonCumulative.preference(), CENT);
    }

    @Test
    void badInputsNameTheirSeriesAndField() {
        WaterfallException e = assertThrows(WaterfallException.class, () -> new CapTable(List.of(
                series("A", 1, 1, 1, 1, Participation.NONE, 0), series("B", -5, 1, 1, 1, Participation.NONE, 0)),
                10, 0));
        assertEquals(WaterfallProblem.NEGATIVE_INVESTMENT, e.problem());
        assertEquals(1, e.seriesIndex());
        assertEquals(WaterfallProblem.RANK_MISSING, assertThrows(WaterfallException.class, () -> new CapTable(
                List.of(series("A", 1, 1, 1, 0, Participation.NONE, 0)), 10, 0)).problem());
        assertEquals(WaterfallProblem.OWNERSHIP_OVER_100, assertThrows(WaterfallException.class,
                () -> CapTable.commonSharesForOwnership(new double[] {60, 45})).problem());
        assertEquals(WaterfallProblem.CAP_BELOW_PREFERENCE, assertThrows(WaterfallException.class, () -> new CapTable(
                List.of(series("A", 1, 1, 2, 1, Participation.CAPPED, 1.5)), 10, 0)).problem());
    }
}
