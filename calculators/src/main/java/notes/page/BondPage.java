package notes.page;

import java.time.LocalDate;
import java.util.List;

import notes.bond.Bond;
import notes.bond.BondException;
import notes.bond.BondProblem;
import notes.bond.CashFlow;
import notes.bond.DayCount;
import notes.bond.FixedRateBond;
import notes.base.IsoDate;
import notes.bond.YearsToMaturity;
import notes.form.LegacyCalculator;
import notes.form.Decimals;
import notes.form.LegacyFields;
import notes.form.Result;

/**
 * The bond-yield calculator of the bond note: reads the form, computes with {@link FixedRateBond} and formats every
 * output. Maturity comes either as a date or as years to maturity; the bond is priced either from a clean price or
 * from a yield.
 */
public final class BondPage implements LegacyCalculator {
    /** Rates are typed as percentages and bounded to what a reader could mean. */
    private static final double MAX_RATE_PERCENT = 100;

    @Override
    public Result compute(LegacyFields in) {
        LocalDate settlement = in.date("settlement");
        String mode = in.choice("mode", "請選擇以到期日或以年數指定到期。", "date", "years");
        LocalDate maturity = mode.equals("date") ? in.date("maturity") : null;
        double years = mode.equals("years") ? in.positive("years", 0, 100, " 年") : 0;
        double rate = in.number("rate", 0, MAX_RATE_PERCENT, " %") / 100;
        int frequency = Integer.parseInt(in.choice("frequency", "每年付息次數只能是 1（年付）、2（半年付）或 4（季付）。", "2", "1", "4"));
        String given = in.choice("given", "請選擇由價格求殖利率，或由殖利率求價格。", "price", "yield");
        double price = given.equals("price") ? in.positive("price", 0, 1_000_000, "") : 0;
        double yield = given.equals("yield") ? in.number("yield", -50, 1000, " %") / 100 : 0;
        double redemption = in.positive("redemption", 0, 1_000_000, "");
        int basis = Integer.parseInt(in.choice("basis", "日數基礎只能是 0 到 4。", "0", "1", "2", "3", "4"));
        if (in.hasProblems()) {
            return in.invalid();
        }
        try {
            if (maturity == null) {
                maturity = YearsToMaturity.maturity(settlement, years);
            }
            FixedRateBond bond = new FixedRateBond(new Bond(settlement, maturity, rate, redemption, frequency,
                    DayCount.ofBasisOrNull(basis)));
            if (given.equals("price")) {
                yield = bond.yieldFromCleanPrice(price);
            } else {
                price = bond.cleanPriceFromYield(yield);
            }
            return results(bond, price, yield, mode.equals("years"));
        } catch (BondException e) {
            in.problem(fieldOf(e.problem(), mode, given), message(e.problem()));
            return in.invalid();
        }
    }

    private static Result results(FixedRateBond bond, double price, double yield, boolean yearsMode) {
        Result r = Result.ok();
        r.number("yieldWithAccrued", Decimals.percent(yield, 2), yield);
        yieldIgnoringAccrued(r, bond, price);
        r.number("cleanPrice", Decimals.fixed(price, 4), price);
        r.number("accrued", Decimals.fixed(bond.accruedInterest(), 4), bond.accruedInterest());
        double dirty = price + bond.accruedInterest();
        r.number("dirtyPrice", Decimals.fixed(dirty, 4), dirty);
        r.number("macaulay", Decimals.fixed(bond.macaulayDuration(yield), 4) + " 年", bond.macaulayDuration(yield));
        r.number("modified", Decimals.fixed(bond.modifiedDuration(yield), 4) + " 年", bond.modifiedDuration(yield));
        r.number("convexity", Decimals.fixed(bond.convexity(yield), 4), bond.convexity(yield));
        r.text("previousCoupon", IsoDate.format(bond.previousCouponDate()));
        r.text("nextCoupon", IsoDate.format(bond.nextCouponDate()));
        r.text("coupons", Integer.toString(bond.couponsRemaining()));
        r.text("accrualDays", bond.daysAccrued() + " / " + Decimals.plain(bond.daysInPeriod()) + " 天（"
                + bond.bond().dayCount().label() + "）");
        r.text("maturityUsed", IsoDate.format(bond.bond().maturity()) + (yearsMode ? "（由年數換算）" : ""));
        r.html("cashFlows", cashFlowRows(bond.cashFlows(yield, SHOWN_AT_EACH_END, SHOWN_AT_EACH_END),
                bond.couponsRemaining()));
        r.html("chart", PriceYieldChart.svg(bond, yield, price));
        return r;
    }

    /** The quote taken as the full price can be at or below the accrued interest: then this one yield has no value. */
    private static void yieldIgnoringAccrued(Result r, FixedRateBond bond, double price) {
        try {
            double y = bond.yieldTakingQuoteAsFullPrice(price);
            r.number("yieldIgnoringAccrued", Decimals.percent(y, 2), y);
        } catch (BondException e) {
            r.text("yieldIgnoringAccrued", "無法計算：" + message(e.problem()));
        }
    }

    /**
     * Rows of the cash-flow table: all of them up to twice this many, else the first and the last this many with a
     * row saying how many lie between. A quarterly bond from 1900 to 9999 has 32,400 payments: its table would be
     * over a million pixels tall and take seconds to draw at every keystroke.
     */
    static final int SHOWN_AT_EACH_END = 12;

    private static String cashFlowRows(List<CashFlow> flows, int total) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < flows.size(); i++) {
            if (i == SHOWN_AT_EACH_END && total > flows.size()) {
                rows.append("<tr class=\"skipped-rows\"><td colspan=\"5\">⋯ 中間還有 ")
                        .append(Decimals.fixed(total - flows.size(), 0)).append(" 筆付款，未列出 ⋯</td></tr>");
            }
            CashFlow f = flows.get(i);
            rows.append("<tr><td>").append(IsoDate.format(f.date())).append("</td><td>")
                    .append(Decimals.fixed(f.years(), 4)).append("</td><td>")
                    .append(Decimals.fixed(f.coupon(), 4)).append("</td><td>")
                    .append(Decimals.fixed(f.principal(), 2)).append("</td><td>")
                    .append(Decimals.fixed(f.presentValue(), 4)).append("</td></tr>");
        }
        return rows.toString();
    }

    /** The field a problem belongs to on this page, where maturity may come from years and yield may be typed. */
    private static String fieldOf(BondProblem problem, String mode, String given) {
        String field = problem.field();
        if (field.equals("maturity") && mode.equals("years")) {
            return "years";
        }
        if (field.equals("price") && given.equals("yield")) {
            return "yield";
        }
        if (field.equals("yield") && given.equals("price")) {
            return "price";
        }
        return field;
    }

    static String message(BondProblem problem) {
        switch (problem) {
            case SETTLEMENT_NOT_BEFORE_MATURITY:
                return "到期日必須晚於交割日。";
            case FREQUENCY_NOT_1_2_4:
                return "每年付息次數只能是 1、2 或 4。";
            case BASIS_NOT_0_TO_4:
                return "日數基礎只能是 0 到 4。";
            case NEGATIVE_COUPON_RATE:
                return "票面利率不可為負。";
            case REDEMPTION_NOT_POSITIVE:
                return "贖回價格須大於 0。";
            case PRICE_NOT_POSITIVE:
                return "價格須大於 0。";
            case PRICE_NOT_ABOVE_ACCRUED:
                return "報價不高於應計利息，若把它當成全部付款，債券等於免費。";
            case YIELD_AT_OR_BELOW_MINUS_FREQUENCY:
                return "殖利率太低：每期折現因子 1 + y/f 必須大於 0。";
            case NO_DAYS_TO_REDEMPTION:
                return "依這個日數基礎，交割日到到期日之間剩 0 天，殖利率沒有定義。";
            case YEARS_NOT_POSITIVE:
                return "到期年數須換算成至少 1 個月。";
            case SOLVER_FAILED:
                return "殖利率求解沒有收斂，請檢查價格是否合理。";
            default:
                return problem.message();
        }
    }
}
