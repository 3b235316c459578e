package notes.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import notes.bond.BondFunctions;
import notes.bond.FixedRateBond;
import notes.base.IsoDate;

/** {@code bond FILE.csv}: the spreadsheet bond functions for each row, as CSV. */
final class BondBatch {
    static final List<String> INPUT = List.of("id", "settlement", "maturity", "rate", "pr", "yld", "redemption",
            "frequency", "basis");
    static final List<String> OUTPUT = List.of("id", "YIELD", "PRICE", "ACCRINT", "COUPDAYBS", "COUPDAYS",
            "COUPDAYSNC", "COUPNUM", "COUPPCD", "COUPNCD", "DURATION", "MDURATION", "YEARFRAC", "error");

    private BondBatch() {
    }

    static void run(BufferedReader in, PrintStream out) throws IOException {
        Csv.transform(in, out, INPUT, OUTPUT, BondBatch::compute);
    }

    static List<String> compute(Map<String, String> row) {
        Cells c = new Cells(row);
        List<String> cells = new ArrayList<>();
        cells.add(row.get("id"));
        cells.add(c.cell("YIELD", () -> BondFunctions.yield(c.date("settlement"), c.date("maturity"),
                c.number("rate"), c.number("pr"), c.number("redemption"), c.integer("frequency"), c.integer("basis"))));
        cells.add(c.cell("PRICE", () -> BondFunctions.price(c.date("settlement"), c.date("maturity"),
                c.number("rate"), c.number("yld"), c.number("redemption"), c.integer("frequency"), c.integer("basis"))));
        cells.add(c.cell("ACCRINT", () -> BondFunctions.accrint(coupons(c).previousCouponDate(),
                coupons(c).nextCouponDate(), c.date("settlement"), c.number("rate"), 100, c.integer("frequency"),
                c.integer("basis"))));
        cells.add(c.cell("COUPDAYBS", () -> (double) coupons(c).daysAccrued()));
        cells.add(c.cell("COUPDAYS", () -> coupons(c).daysInPeriod()));
        cells.add(c.cell("COUPDAYSNC", () -> coupons(c).daysToNextCoupon()));
        cells.add(c.cell("COUPNUM", () -> (double) coupons(c).couponsRemaining()));
        cells.add(c.cell("COUPPCD", () -> IsoDate.format(coupons(c).previousCouponDate())));
        cells.add(c.cell("COUPNCD", () -> IsoDate.format(coupons(c).nextCouponDate())));
        cells.add(c.cell("DURATION", () -> BondFunctions.duration(c.date("settlement"), c.date("maturity"),
                c.number("rate"), c.number("yld"), c.integer("frequency"), c.integer("basis"))));
        cells.add(c.cell("MDURATION", () -> BondFunctions.mduration(c.date("settlement"), c.date("maturity"),
                c.number("rate"), c.number("yld"), c.integer("frequency"), c.integer("basis"))));
        cells.add(c.cell("YEARFRAC", () -> BondFunctions.yearfrac(c.date("settlement"), c.date("maturity"),
                c.integer("basis"))));
        cells.add(c.errors());
        return cells;
    }

    private static FixedRateBond coupons(Cells c) {
        LocalDate settlement = c.date("settlement");
        return BondFunctions.coupons(settlement, c.date("maturity"), c.integer("frequency"), c.integer("basis"));
    }
}
