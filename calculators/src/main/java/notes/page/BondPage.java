package notes.page;

import java.time.LocalDate;
import java.util.List;

import com.google.auto.service.AutoService;

import notes.base.IsoDate;
import notes.bond.Bond;
import notes.bond.BondException;
import notes.bond.BondProblem;
import notes.bond.CashFlow;
import notes.bond.DayCount;
import notes.bond.FixedRateBond;
import notes.bond.YearsToMaturity;
import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.form.Table;

/**
 * The bond-yield calculator of the bond note ({@code {{< calculator bond >}}}): computes with {@link FixedRateBond}
 * (the spreadsheet PRICE, YIELD, DURATION and MDURATION conventions, per 100 face) and formats every output.
 * Maturity comes either as a date or as years to maturity (settlement plus the rounded months, see
 * {@link YearsToMaturity}); the bond is priced either from a clean price or from a yield. Rates and yields are typed
 * in percent a year.
 */
@AutoService(Calculator.class)
public final class BondPage implements Calculator {
    /**
     * Rows of the cash-flow table: all of them up to twice this many, else the first and the last this many with a
     * row saying how many lie between. A quarterly bond from 1900 to 9999 has 32,400 payments: its table would be
     * over a million pixels tall and take seconds to draw at every keystroke.
     */
    static final int SHOWN_AT_EACH_END = 12;

    /** The highest clean price per 100 face the price field accepts (and a computed price may reach). */
    private static final double MAX_PRICE = 1_000_000;

    /** The spreadsheets' calendar ends with 9999, as the date fields do. */
    private static final int LAST_YEAR = 9999;

    /** The day-count bases' names for readers, by the spreadsheets' basis number (the select and the result). */
    private static final String[] BASIS_NAMES = {"30/360（美國 NASD）", "實際/實際", "實際/360", "實際/365", "30/360（歐洲）"};

    private static final Declaration DECLARATION = Declaration.of("bond", "試算：到期殖利率與債券價格")
            .fields(
                    Field.date("settlement", "交割日").initial("2008-02-15").hint("例如 2024-03-15（YYYY-MM-DD）"),
                    Field.radio("mode", "到期以什麼指定").option("date", "到期日").option("years", "距到期年數"),
                    Field.date("maturity", "到期日").initial("2016-11-15")
                            .hint("例如 2034-03-15（YYYY-MM-DD）").when("mode", "date"),
                    // Above 0 and at most 100 years: the limits the page has always had.
                    Field.number("years", "距到期年數（可帶小數，例如 7.3）").unit("年").above(0, 100).initial("7.3").hint("例如 10")
                            .when("mode", "years"),
                    Field.number("rate", "票面利率（年，%）").unit("%").range(0, 100).initial("5.75").hint("例如 5.75"),
                    Field.select("frequency", "每年付息次數").option("1", "1（年付）").option("2", "2（半年付）")
                            .option("4", "4（季付）").initial("2"),
                    Field.radio("given", "已知的是").option("price", "乾淨價格，求殖利率").option("yield", "殖利率，求價格"),
                    Field.number("price", "乾淨價格（每 100 面額）").above(0, MAX_PRICE).initial("95.04287").hint("例如 98.5")
                            .when("given", "price"),
                    // Down to -50 %: a yield of -100 % x frequency or less has no discount factor.
                    Field.number("yield", "到期殖利率（年，%）").unit("%").range(-50, 1000).initial("6.5").hint("例如 4.25")
                            .when("given", "yield"),
                    Field.number("redemption", "贖回價格（每 100 面額）").above(0, 1_000_000).initial("100").hint("例如 100"),
                    Field.select("basis", "日數基礎（basis）").option("0", "0：" + BASIS_NAMES[0])
                            .option("1", "1：" + BASIS_NAMES[1]).option("2", "2：" + BASIS_NAMES[2])
                            .option("3", "3：" + BASIS_NAMES[3]).option("4", "4：" + BASIS_NAMES[4]).initial("0"))
            .outputs(
                    Output.value("yieldWithAccrued", "到期殖利率（含應計利息，試算表 YIELD）", "%"),
                    Output.value("yieldIgnoringAccrued", "到期殖利率（忽略應計利息，把報價當全部付款）", "%"),
                    Output.value("cleanPrice", "乾淨價格"),
                    Output.value("accrued", "應計利息"),
                    Output.value("dirtyPrice", "含息價格（實付）"),
                    Output.value("macaulay", "Macaulay 存續期間", "年"),
                    Output.value("modified", "修正存續期間", "年"),
                    Output.value("convexity", "凸性"),
                    Output.value("previousCoupon", "上一個付息日"),
                    Output.value("nextCoupon", "下一個付息日"),
                    Output.value("coupons", "剩餘付息次數"),
                    Output.value("accrualDays", "本期已過天數 / 本期天數"),
                    Output.value("maturityUsed", "採用的到期日"),
                    Output.chart("chart", "價格與殖利率的關係：曲線向下且向外凸，圓點是目前的組合。"),
                    Output.table("cashFlows", "剩餘現金流（每 100 面額）與依目前殖利率算出的現值",
                            "日期", "距交割（年）", "票息", "本金", "現值"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        // The radio buttons decide which fields are shown, so they are read before any field they hide.
        boolean yearsMode = in.text("mode").equals("years");
        boolean priceGiven = in.text("given").equals("price");
        try {
            FixedRateBond bond = bondOf(in, yearsMode);
            if (bond == null) {
                return in.invalid();
            }
            double price = priceGiven ? in.number("price") : bond.cleanPriceFromYield(in.number("yield") / 100);
            double yield = priceGiven ? bond.yieldFromCleanPrice(price) : in.number("yield") / 100;
            checkMakesSense(in, bond, price, yield, priceGiven);
            if (in.hasProblems()) {
                return in.invalid();
            }
            return results(bond, price, yield, yearsMode);
        } catch (BondException e) {
            in.reject(message(e.problem(), priceGiven), fieldsOf(e.problem(), yearsMode, priceGiven));
            return in.invalid();
        }
    }

    /** The bond the fields describe, or null after rejecting a maturity past the spreadsheets' calendar. */
    private static FixedRateBond bondOf(Fields in, boolean yearsMode) {
        LocalDate settlement = in.date("settlement");
        LocalDate maturity = yearsMode ? YearsToMaturity.maturity(settlement, in.number("years")) : in.date("maturity");
        if (maturity.getYear() > LAST_YEAR) {
            in.reject("交割日加上到期年數超過 9999 年底，請縮短年數或提前交割日。", "settlement", "years");
            return null;
        }
        return new FixedRateBond(new Bond(settlement, maturity, in.number("rate") / 100, in.number("redemption"),
                Integer.parseInt(in.text("frequency")), DayCount.ofBasisOrNull(Integer.parseInt(in.text("basis")))));
    }

    /**
     * Rejects results a reader could not use: a clean price at or below 0 (the accrued interest exceeds everything
     * the bond is worth at that yield), or figures too large for a number (a strongly negative yield compounded over
     * centuries). A computed price above what the price field accepts is refused too, so that every price shown can be
     * typed back to find its yield. Shown silently, any of these would look like an answer.
     */
    private static void checkMakesSense(Fields in, FixedRateBond bond, double price, double yield, boolean priceGiven) {
        String input = priceGiven ? "price" : "yield";
        if (!Double.isFinite(price) || !Double.isFinite(yield)) {
            in.reject(priceGiven ? "這個價格算出的殖利率超出能表示的範圍，請檢查價格與贖回價格。"
                    : "這個殖利率算出的價格超出能表示的範圍：殖利率太低或期限太長。", input);
        } else if (!priceGiven && price <= 0) {
            in.reject("依這個殖利率算出的乾淨價格是 " + Decimals.fixed(price, 4)
                    + "，不大於 0（應計利息已超過債券在這個殖利率下的全部價值），這個殖利率不合理。", "yield");
        } else if (!priceGiven && price > MAX_PRICE) {
            in.reject("依這個殖利率算出的乾淨價格超過 " + Decimals.fixed(MAX_PRICE, 0)
                    + "（每 100 面額），沒有人會付這個價；這個殖利率太低或期限太長。", "yield");
        } else if (!Double.isFinite(bond.macaulayDuration(yield)) || !Double.isFinite(bond.convexity(yield))) {
            in.reject("存續期間或凸性超出能表示的範圍：殖利率太低或期限太長。", input);
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
                + BASIS_NAMES[bond.bond().dayCount().basis()] + "）");
        r.text("maturityUsed", IsoDate.format(bond.bond().maturity()) + (yearsMode ? "（由年數換算）" : ""));
        r.table("cashFlows", cashFlowRows(bond.cashFlows(yield, SHOWN_AT_EACH_END, SHOWN_AT_EACH_END),
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
            r.text("yieldIgnoringAccrued", "無法計算：" + message(e.problem(), true));
        }
    }

    private static Table cashFlowRows(List<CashFlow> flows, int total) {
        Table rows = new Table();
        for (int i = 0; i < flows.size(); i++) {
            if (i == SHOWN_AT_EACH_END && total > flows.size()) {
                rows.note("⋯ 中間還有 " + Decimals.fixed(total - flows.size(), 0) + " 筆付款，未列出 ⋯", 5);
            }
            CashFlow f = flows.get(i);
            rows.row().text(IsoDate.format(f.date()))
                    .number(Decimals.fixed(f.years(), 4), f.years())
                    .number(Decimals.fixed(f.coupon(), 4), f.coupon())
                    .number(Decimals.fixed(f.principal(), 2), f.principal())
                    .number(Decimals.fixed(f.presentValue(), 4), f.presentValue());
        }
        return rows;
    }

    /**
     * Every shown field a problem involves on this page, where maturity may come from years and either the price or
     * the yield is typed (the other one is computed, so a problem with it is a problem with the one typed).
     */
    static String[] fieldsOf(BondProblem problem, boolean yearsMode, boolean priceGiven) {
        String maturity = yearsMode ? "years" : "maturity";
        String typed = priceGiven ? "price" : "yield";
        return switch (problem) {
            case SETTLEMENT_NOT_BEFORE_MATURITY, NO_DAYS_TO_REDEMPTION -> new String[] {"settlement", maturity};
            case YEARS_NOT_POSITIVE -> new String[] {maturity};
            case SETTLEMENT_ON_COUPON_DATE -> new String[] {"settlement"};
            case FREQUENCY_NOT_1_2_4 -> new String[] {"frequency"};
            case BASIS_NOT_0_TO_4 -> new String[] {"basis"};
            case NEGATIVE_COUPON_RATE, ZERO_COUPON_RATE -> new String[] {"rate"};
            case REDEMPTION_NOT_POSITIVE -> new String[] {"redemption"};
            // The price typed is too high for the cash flows (rate and redemption) to be discounted at any yield.
            case PRICE_NOT_POSITIVE, PRICE_NOT_ABOVE_ACCRUED, NEGATIVE_YIELD_IN_SPREADSHEET,
                 YIELD_AT_OR_BELOW_MINUS_FREQUENCY, SOLVER_FAILED -> new String[] {typed};
        };
    }

    /** The page's wording (zh-Hant) for each bond problem; {@code priceGiven} tells which of price or yield was typed. */
    static String message(BondProblem problem, boolean priceGiven) {
        return switch (problem) {
            case SETTLEMENT_NOT_BEFORE_MATURITY -> "到期日必須晚於交割日。";
            case FREQUENCY_NOT_1_2_4 -> "每年付息次數只能是 1、2 或 4。";
            case BASIS_NOT_0_TO_4 -> "日數基礎只能是 0 到 4。";
            case NEGATIVE_COUPON_RATE -> "票面利率不可為負。";
            case ZERO_COUPON_RATE -> "試算表的 ACCRINT 需要大於 0 的票面利率。";
            case REDEMPTION_NOT_POSITIVE -> "贖回價格須大於 0。";
            case PRICE_NOT_POSITIVE -> "價格須大於 0。";
            case PRICE_NOT_ABOVE_ACCRUED -> "報價不高於應計利息，若把它當成全部付款，債券等於免費。";
            case NEGATIVE_YIELD_IN_SPREADSHEET -> "試算表的 PRICE 與 DURATION 不接受負的殖利率。";
            case YIELD_AT_OR_BELOW_MINUS_FREQUENCY -> priceGiven
                    ? "價格高到殖利率會低於 −100 % × 每年付息次數，折現沒有意義；請檢查價格與贖回價格。"
                    : "殖利率太低：每期折現因子 1 + y/f 必須大於 0。";
            case SETTLEMENT_ON_COUPON_DATE -> "交割日落在付息日上，試算表的 ACCRINT 不接受。";
            case NO_DAYS_TO_REDEMPTION -> "依這個日數基礎，交割日到到期日之間剩 0 天，殖利率沒有定義。";
            case YEARS_NOT_POSITIVE -> "到期年數須換算成至少 1 個月。";
            case SOLVER_FAILED -> "殖利率求解沒有收斂，請檢查價格是否合理。";
        };
    }
}
