package notes.page;

import java.util.ArrayList;
import java.util.List;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.LineChart;
import notes.form.Output;
import notes.form.Result;
import notes.form.RowGroup;
import notes.form.Table;
import notes.form.Units;
import notes.preferred.CapTable;
import notes.preferred.Distribution;
import notes.preferred.Participation;
import notes.preferred.PreferredSeries;
import notes.preferred.Waterfall;
import notes.preferred.WaterfallException;

/**
 * The liquidation-waterfall calculator of the preferred-stock note ({@code {{< calculator preferred-waterfall >}}}):
 * debt first, then each round of preferred stock by seniority, then common, with each round choosing between its
 * preference and converting (see {@link Waterfall}). Rounds are repeated rows ({@code series.N.invested} ...);
 * holdings are given as as-converted shares or as ownership percentages. Amounts are in any one currency.
 */
@AutoService(Calculator.class)
public final class WaterfallPage implements Calculator {
    private static final String ROW = "series";
    private static final int CHART_POINTS = 121;
    /** Amounts up to 10^15: beyond that a double no longer keeps whole currency units. */
    private static final double MAX_AMOUNT = 1e15;

    private static final Declaration DECLARATION = Declaration.of("preferred-waterfall", "試算：清算分配瀑布")
            .fields(
                    Field.number("exit", "出場價值（出售或清算所得）").range(0, MAX_AMOUNT).initial("3000000").hint("例如 25,000,000"),
                    Field.number("debt", "先還的負債").range(0, MAX_AMOUNT).initial("0").hint("例如 2,000,000"),
                    Field.radio("sharesMode", "持股以什麼表示").option("percent", "持股比例（%）").option("shares", "股數"),
                    Field.number("commonShares", "普通股股數").above(0, MAX_AMOUNT).initial("80").hint("例如 8,000,000")
                            .when("sharesMode", "shares"))
            .rows(new RowGroup(ROW, "第 {n} 輪特別股", List.of(
                    Field.text("name", "名稱").initial("第 {n} 輪").hint("例如 A 輪"),
                    Field.number("invested", "投資金額").range(0, MAX_AMOUNT).initial("1000000").hint("例如 2,000,000"),
                    Field.number("percent", "持股比例（轉換後，%）").unit("%").above(0, 100).initial("20").hint("例如 15")
                            .when("sharesMode", "percent"),
                    Field.number("shares", "轉換後股數").above(0, MAX_AMOUNT).initial("20")
                            .hint("例如 1,500,000").when("sharesMode", "shares"),
                    Field.number("multiple", "清算優先倍數（1.5 = 1.5X）").unit("倍").range(0, 100).initial("1.5").hint("例如 1"),
                    Field.integer("rank", "清償順位（1 最優先，相同則按比例）").range(1, 100).initial("{n}").hint("例如 2"),
                    Field.select("participation", "參與分配").option("NONE", "不參與（優先額或轉換，取高者）")
                            .option("FULL", "完全參與").option("CAPPED", "參與，但有上限"),
                    Field.number("cap", "上限（總領取為投資額的幾倍）").unit("倍").range(0, 100).initial("3").hint("例如 2.5")
                            .when("participation", "CAPPED"),
                    Field.select("cumulative", "股息").option("no", "非累積").option("yes", "累積（積欠的要先補）"),
                    Field.number("dividendRate", "年股息率（%）").unit("%").range(0, 100).initial("0").hint("例如 8"),
                    Field.number("yearsUnpaid", "積欠股息年數").unit("年").range(0, 100).initial("0").hint("例如 2")),
                    1, 12, "新增一輪特別股", "刪除這一輪"))
            .outputs(
                    Output.table("payouts", "這個出場價值下，各方分到的金額",
                            "特別股", "選擇", "優先清算額", "參與／轉換所得", "合計", "投資倍數"),
                    Output.value("common", "普通股合計"),
                    Output.value("debtPaid", "負債償還"),
                    Output.value("stack", "負債加全部優先額"),
                    Output.value("check", "分配總和（應等於出場價值）"),
                    Output.chart("chart", "出場價值由 0 增加時，各方分到的金額；轉折處是某一輪開始轉換或碰到上限。"),
                    Output.list("breakpoints", "轉換的門檻"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        // The radio decides whether percent or shares (and common shares) are shown: read it first.
        boolean byPercent = in.text("sharesMode").equals("percent");
        int rows = in.rows(ROW);
        List<PreferredSeries> series = new ArrayList<>();
        double[] percents = new double[rows];
        for (int i = 0; i < rows; i++) {
            series.add(readSeries(in, i, byPercent, percents));
            rejectNumberLikeName(in, i);
        }
        if (in.hasProblems()) {
            return in.invalid();
        }
        try {
            double common = byPercent ? CapTable.commonSharesForOwnership(percents) : in.number("commonShares");
            Waterfall waterfall = new Waterfall(new CapTable(series, common, in.number("debt")));
            return results(waterfall, waterfall.distribute(in.number("exit")));
        } catch (WaterfallException e) {
            in.reject(PreferredMessages.of(e.problem()), fieldsOf(e, byPercent, rows));
            return in.invalid();
        }
    }

    /** Row {@code i}; by percent, its ownership stands in for its shares (on a base of 100 shares). */
    private static PreferredSeries readSeries(Fields in, int i, boolean byPercent, double[] percents) {
        String p = ROW + "." + i + ".";
        String name = in.text(p + "name").trim().isEmpty() ? "第 " + (i + 1) + " 輪" : in.text(p + "name").trim();
        double shares;
        if (byPercent) {
            percents[i] = in.number(p + "percent");
            shares = percents[i];
        } else {
            shares = in.number(p + "shares");
        }
        Participation participation = Participation.valueOf(in.text(p + "participation"));
        // A cap is shown, and read, only for a capped round.
        double cap = participation == Participation.CAPPED ? in.number(p + "cap") : 0;
        return new PreferredSeries(name, in.number(p + "invested"), shares, in.number(p + "multiple"),
                in.integer(p + "rank"), participation, cap, in.text(p + "cumulative").equals("yes"),
                in.number(p + "dividendRate") / 100, in.number(p + "yearsUnpaid"));
    }

    /**
     * A name is shown next to amounts in the table, the chart's legend and the breakpoints; one that reads as a
     * broken number ("NaN", "Infinity", "1e999") would pass for a calculation gone wrong, so it is refused.
     */
    private static void rejectNumberLikeName(Fields in, int i) {
        String field = ROW + "." + i + ".name";
        String name = in.text(field).trim();
        String unsigned = name.startsWith("-") || name.startsWith("+") ? name.substring(1).trim() : name;
        if (unsigned.equalsIgnoreCase("NaN") || unsigned.equalsIgnoreCase("Infinity") || unsigned.equals("∞")
                || hasExponent(name)) {
            in.reject("名稱「" + name + "」讀起來像一個數值或計算錯誤，放在金額旁會被誤認；請改用文字，例如「A 輪」。",
                    field);
        }
    }

    /** Whether the text has a digit, "e" or "E", an optional sign and a digit in a row (1e999, 2E-3). */
    private static boolean hasExponent(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char e = text.charAt(i);
            if ((e == 'e' || e == 'E') && isDigit(text.charAt(i - 1))) {
                int next = text.charAt(i + 1) == '-' || text.charAt(i + 1) == '+' ? i + 2 : i + 1;
                if (next < text.length() && isDigit(text.charAt(next))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Result results(Waterfall waterfall, Distribution d) {
        Result r = Result.ok();
        Table payouts = new Table();
        for (Distribution.SeriesPayout p : d.series()) {
            payouts.row(p.series().name()).text(decision(p))
                    .number(money(p.preference()), p.preference())
                    .number(money(p.participation()), p.participation())
                    .number(money(p.total()), p.total())
                    .number(Decimals.fixed(p.multipleOnInvestment(), 2) + " 倍", p.multipleOnInvestment());
        }
        r.table("payouts", payouts);
        r.number("common", money(d.common()), d.common());
        r.number("debtPaid", money(d.debt()), d.debt());
        r.number("stack", money(waterfall.table().preferenceStack()), waterfall.table().preferenceStack());
        r.number("check", money(d.total()), d.total());
        // From 0 to a few times the preference stack, far enough to show every conversion and the current exit.
        CapTable table = waterfall.table();
        double top = Math.max(Math.max(3 * table.preferenceStack(), 1.2 * table.conversionHorizon()), 1.2 * d.exit());
        top = top > 0 ? top : 1_000_000;
        r.html("chart", chart(waterfall, top));
        r.list("breakpoints", breakpoints(waterfall, top));
        return r;
    }

    private static String decision(Distribution.SeriesPayout p) {
        if (p.converted()) {
            return "轉換為普通股";
        }
        return switch (p.series().participation()) {
            case NONE -> "領回優先清算額";
            case FULL -> "領回優先清算額並參與分配";
            case CAPPED -> "領回優先清算額並參與分配（有上限）";
        };
    }

    private static String chart(Waterfall waterfall, double top) {
        int n = waterfall.table().series().size();
        double[] xs = new double[CHART_POINTS];
        double[][] ys = new double[n + 1][CHART_POINTS];
        for (int k = 0; k < CHART_POINTS; k++) {
            xs[k] = top * k / (CHART_POINTS - 1);
            Distribution d = waterfall.distribute(xs[k]);
            for (int i = 0; i < n; i++) {
                ys[i][k] = d.series().get(i).total();
            }
            ys[n][k] = d.common();
        }
        LineChart chart = new LineChart("各輪特別股與普通股在不同出場價值下分到的金額", "出場價值", "分得金額")
                .xFormat(WaterfallPage::compact).yFormat(WaterfallPage::compact);
        for (int i = 0; i < n; i++) {
            chart.series(waterfall.table().series().get(i).name(), xs, ys[i]);
        }
        chart.series("普通股", xs, ys[n]);
        return chart.svg();
    }

    private static List<String> breakpoints(Waterfall waterfall, double top) {
        List<Waterfall.Breakpoint> found = waterfall.breakpoints(top, 120);
        if (found.isEmpty()) {
            return List.of("在圖中的範圍內，沒有任何一輪改變選擇。");
        }
        List<String> items = new ArrayList<>();
        for (Waterfall.Breakpoint b : found) {
            items.add(waterfall.table().series().get(b.seriesIndex()).name() + "：出場價值超過 " + money(b.exit())
                    + (b.converts() ? " 時改為轉換成普通股" : " 時改回領取優先清算額"));
        }
        return items;
    }

    /**
     * Every shown field a problem involves: the row's field for a round's problem (its percent when holdings are
     * typed as percentages), both multiples for a cap below the preference, every round's percent when together
     * they leave nothing to common.
     */
    private static String[] fieldsOf(WaterfallException e, boolean byPercent, int rows) {
        String row = ROW + "." + Math.max(e.seriesIndex(), 0) + ".";
        return switch (e.problem()) {
            case NEGATIVE_INVESTMENT -> new String[] {row + "invested"};
            case SHARES_NOT_POSITIVE -> new String[] {row + (byPercent ? "percent" : "shares")};
            case NEGATIVE_MULTIPLE -> new String[] {row + "multiple"};
            case RANK_MISSING -> new String[] {row + "rank"};
            case CAP_BELOW_PREFERENCE -> new String[] {row + "cap", row + "multiple"};
            case NEGATIVE_DIVIDEND -> new String[] {row + "dividendRate"};
            case NEGATIVE_YEARS_UNPAID -> new String[] {row + "yearsUnpaid"};
            case COMMON_SHARES_NOT_POSITIVE -> new String[] {"commonShares"};
            case NEGATIVE_DEBT -> new String[] {"debt"};
            case NEGATIVE_EXIT, NO_STABLE_DECISION -> new String[] {"exit"};
            case OWNERSHIP_OVER_100 -> everyPercent(rows);
        };
    }

    private static String[] everyPercent(int rows) {
        String[] fields = new String[rows];
        for (int i = 0; i < rows; i++) {
            fields[i] = ROW + "." + i + ".percent";
        }
        return fields;
    }

    /** An amount in whole currency units with thousands separators: 1500000 as "1,500,000". */
    static String money(double amount) {
        return Decimals.fixed(amount, 0);
    }

    /**
     * Axis labels: 1,500,000 as "150 萬", 200,000,000 as "2 億"; from 10^12 (one 兆) on in scientific form, as every
     * large figure ({@link Decimals#SCIENTIFIC_FROM}): 1.5e15 as "1.50 × 10¹⁵", not "15000000 億".
     */
    static String compact(double amount) {
        double abs = Math.abs(amount);
        if (abs >= Decimals.SCIENTIFIC_FROM) {
            return Units.scientific(amount);
        }
        if (abs >= 1e8) {
            return Decimals.plain(Math.round(amount / 1e6) / 100.0) + " 億";
        }
        if (abs >= 1e4) {
            return Decimals.plain(Math.round(amount / 1e2) / 100.0) + " 萬";
        }
        return Decimals.plain(Math.round(amount));
    }
}
