package notes.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import notes.bond.Bond;
import notes.bond.FixedRateBond;
import notes.base.IsoDate;
import notes.bond.YearsToMaturity;

/**
 * {@code bond-years FILE.csv}: the years-to-maturity calculator for each row. Prices are in currency for the face
 * value; the accrued interest is per face value; yields are annual decimals.
 */
final class BondYearsBatch {
    static final List<String> INPUT = List.of("id", "years", "coupon_rate", "frequency", "clean_price", "face_value",
            "settlement", "basis");
    static final List<String> OUTPUT = List.of("id", "maturity", "coupons", "accrued", "ytm_with_accrued",
            "ytm_without_accrued", "error");

    private BondYearsBatch() {
    }

    static void run(BufferedReader in, PrintStream out) throws IOException {
        Csv.transform(in, out, INPUT, OUTPUT, BondYearsBatch::compute);
    }

    static List<String> compute(Map<String, String> row) {
        Cells c = new Cells(row);
        List<String> cells = new ArrayList<>();
        cells.add(row.get("id"));
        cells.add(c.cell("maturity", () -> IsoDate.format(bond(c).bond().maturity())));
        cells.add(c.cell("coupons", () -> bond(c).couponsRemaining()));
        cells.add(c.cell("accrued", () -> bond(c).accruedInterest() * face(c) / 100));
        cells.add(c.cell("ytm_with_accrued", () -> bond(c).yieldFromCleanPrice(pricePer100(c))));
        cells.add(c.cell("ytm_without_accrued", () -> bond(c).yieldTakingQuoteAsFullPrice(pricePer100(c))));
        cells.add(c.errors());
        return cells;
    }

    private static FixedRateBond bond(Cells c) {
        var settlement = c.date("settlement");
        var maturity = YearsToMaturity.maturity(settlement, c.number("years"));
        return new FixedRateBond(Bond.of(settlement, maturity, c.number("coupon_rate"), 100, c.integer("frequency"),
                c.integer("basis")));
    }

    private static double face(Cells c) {
        double face = c.number("face_value");
        if (!(face > 0)) {
            throw new IllegalArgumentException("face_value must be above 0");
        }
        return face;
    }

    private static double pricePer100(Cells c) {
        return 100 * c.number("clean_price") / face(c);
    }
}
