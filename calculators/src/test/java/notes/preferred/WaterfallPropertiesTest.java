package notes.preferred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Properties of the waterfall over thousands of random cap tables. */
class WaterfallPropertiesTest {
    private static final int TABLES = 3000;

    @Test
    void payoutsAddUpToTheExitValue() {
        Random random = new Random(1);
        for (int t = 0; t < TABLES; t++) {
            Waterfall w = new Waterfall(randomTable(random));
            double exit = random.nextDouble() * 3 * w.table().preferenceStack() + random.nextDouble() * 1e6;
            Distribution d = w.distribute(exit);
            assertEquals(exit, d.total(), 1e-9 * Math.max(1, exit), w.table() + " at " + exit);
        }
    }

    @Test
    void moreExitValueNeverPaysAnyHolderLess() {
        Random random = new Random(2);
        for (int t = 0; t < TABLES / 3; t++) {
            Waterfall w = new Waterfall(randomTable(random));
            double top = 3 * w.table().preferenceStack() + 1e6;
            Distribution previous = w.distribute(0);
            for (int k = 1; k <= 30; k++) {
                Distribution d = w.distribute(top * k / 30);
                double tolerance = 1e-9 * top;
                assertTrue(d.common() >= previous.common() - tolerance, w.table() + " common at " + d.exit());
                assertTrue(d.debt() >= previous.debt() - tolerance);
                for (int i = 0; i < d.series().size(); i++) {
                    assertTrue(d.series().get(i).total() >= previous.series().get(i).total() - tolerance,
                            w.table() + " series " + i + " at " + d.exit());
                }
                previous = d;
            }
        }
    }

    /** Each series that may convert made the better choice, the others' choices given. */
    @Test
    void noSeriesWouldDoBetterByChangingItsDecision() {
        Random random = new Random(3);
        for (int t = 0; t < TABLES; t++) {
            Waterfall w = new Waterfall(randomTable(random));
            double exit = random.nextDouble() * 4 * w.table().preferenceStack();
            Distribution d = w.distribute(exit);
            for (int i = 0; i < d.series().size(); i++) {
                Distribution.SeriesPayout p = d.series().get(i);
                if (p.series().participation() == Participation.FULL) {
                    continue;
                }
                // In particular a non-participating series that kept its preference gets at least what it would
                // as common, and one that converted at least its preference.
                assertTrue(p.total() >= w.payoutIfDeviating(exit, i) - 1e-9 * Math.max(1, exit),
                        w.table() + " series " + i + " at " + exit);
            }
        }
    }

    static CapTable randomTable(Random random) {
        int n = 1 + random.nextInt(5);
        List<PreferredSeries> series = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Participation participation = Participation.values()[random.nextInt(3)];
            double multiple = random.nextInt(4) * 0.5 + 0.5;
            series.add(new PreferredSeries("S" + i, 1e5 + random.nextDouble() * 1e7, 1 + random.nextInt(100),
                    multiple, 1 + random.nextInt(3), participation, multiple + random.nextInt(3),
                    random.nextBoolean(), random.nextDouble() * 0.1, random.nextInt(4)));
        }
        return new CapTable(series, 1 + random.nextInt(200), random.nextInt(3) == 0 ? random.nextDouble() * 5e6 : 0);
    }
}
