package notes.page;

import java.util.ArrayList;
import java.util.List;

import notes.form.LegacyCalculator;
import notes.form.Decimals;
import notes.form.LegacyFields;
import notes.form.Html;
import notes.form.LineChart;
import notes.form.Result;
import notes.preferred.CapTable;
import notes.preferred.Distribution;
import notes.preferred.Participation;
import notes.preferred.PreferredSeries;
import notes.preferred.Waterfall;
import notes.preferred.WaterfallException;

/**
 * The liquidation-waterfall calculator of the preferred-stock note. Series are repeated rows
 * ({@code series.N.invested} ...); holdings are given as shares or as ownership percentages.
 */
public final class WaterfallPage implements LegacyCalculator {
    private static final String ROW = "series";
    private static final int CHART_POINTS = 121;
    private static final double MAX_AMOUNT = 1e15;

    @Override
    public Result compute(LegacyFields in) {
        double exit = in.number("exit", 0, MAX_AMOUNT, "");
        double debt = in.number("debt", 0, MAX_AMOUNT, "");
        boolean byPercent = in.choice("sharesMode", "請選擇以股數或持股比例輸入。", "percent", "shares")
                .equals("percent");
        int rows = in.rows(ROW);
        if (rows == 0) {
            in.problem("series.0.invested", "至少需要一輪特別股。");
        }
        List<PreferredSeries> series = new ArrayList<>();
        double[] percents = new double[rows];
        for (int i = 0; i < rows; i++) {
            series.add(readSeries(in, i, byPercent, percents));
        }
        double common = byPercent ? 0 : in.positive("commonShares", 0, MAX_AMOUNT, "");
        if (in.hasProblems()) {
            return in.invalid();
        }
        try {
            if (byPercent) {
                common = CapTable.commonSharesForOwnership(percents);
            }
            Waterfall waterfall = new Waterfall(new CapTable(series, common, debt));
            return results(waterfall, waterfall.distribute(exit));
        } catch (WaterfallException e) {
            in.problem(fieldOf(e, byPercent), PreferredMessages.of(e.problem()));
            return in.invalid();
        }
    }

    private static PreferredSeries readSeries(LegacyFields in, int i, boolean byPercent, double[] percents) {
        String p = ROW + "." + i + ".";
        String name = in.text(p + "name").isEmpty() ? "第 " + (i + 1) + " 輪" : in.text(p + "name");
        double invested = in.number(p + "invested", 0, MAX_AMOUNT, "");
        double shares;
        if (byPercent) {
            percents[i] = in.positive(p + "percent", 0, 100, " %");
            shares = percents[i];
        } else {
            shares = in.positive(p + "shares", 0, MAX_AMOUNT, "");
        }
        double multiple = in.number(p + "multiple", 0, 100, " 倍");
        if (in.text(p + "rank").isEmpty()) {
            in.problem(p + "rank", "請填寫清償順位（1 為最優先，同順位按比例分配）。");
        }
        int rank = in.integer(p + "rank", 1, 100);
        Participation participation = Participation.valueOf(in.choice(p + "participation",
                "請選擇參與方式：不參與、完全參與或設上限參與。", "NONE", "FULL", "CAPPED"));
        double cap = participation == Participation.CAPPED ? in.number(p + "cap", 0, 100, " 倍") : 0;
        boolean cumulative = in.choice(p + "cumulative", "請選擇是否累積。", "no", "yes").equals("yes");
        double rate = in.number(p + "dividendRate", 0, 100, " %") / 100;
        double years = in.number(p + "yearsUnpaid", 0, 100, " 年");
        return new PreferredSeries(name, invested, shares, multiple, rank, participation, cap, cumulative, rate, years);
    }

    private static Result results(Waterfall waterfall, Distribution d) {
        Result r = Result.ok();
        StringBuilder rows = new StringBuilder();
        for (Distribution.SeriesPayout p : d.series()) {
            rows.append("<tr><th scope=\"row\">").append(Html.escape(p.series().name())).append("</th><td>")
                    .append(decision(p)).append("</td><td>").append(money(p.preference())).append("</td><td>")
                    .append(money(p.participation())).append("</td><td>").append(money(p.total())).append("</td><td>")
                    .append(Decimals.fixed(p.multipleOnInvestment(), 2)).append(" 倍</td></tr>");
        }
        r.html("payouts", rows.toString());
        r.number("common", money(d.common()), d.common());
        r.number("debtPaid", money(d.debt()), d.debt());
        r.number("stack", money(waterfall.table().preferenceStack()), waterfall.table().preferenceStack());
        r.number("check", money(d.total()), d.total());
        // From 0 to a few times the preference stack, far enough to show every conversion and the current exit.
        CapTable table = waterfall.table();
        double top = Math.max(Math.max(3 * table.preferenceStack(), 1.2 * table.conversionHorizon()), 1.2 * d.exit());
        top = top > 0 ? top : 1_000_000;
        r.html("chart", chart(waterfall, top));
        r.html("breakpoints", breakpoints(waterfall, top));
        return r;
    }

    private static String decision(Distribution.SeriesPayout p) {
        if (p.converted()) {
            return "轉換為普通股";
        }
        switch (p.series().participation()) {
            case FULL:
                return "領回優先清算額並參與分配";
            case CAPPED:
                return "領回優先清算額並參與分配（有上限）";
            default:
                return "領回優先清算額";
        }
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

    private static String breakpoints(Waterfall waterfall, double top) {
        List<Waterfall.Breakpoint> found = waterfall.breakpoints(top, 120);
        if (found.isEmpty()) {
            return "<li>在圖中的範圍內，沒有任何一輪改變選擇。</li>";
        }
        StringBuilder items = new StringBuilder();
        for (Waterfall.Breakpoint b : found) {
            items.append("<li>").append(Html.escape(waterfall.table().series().get(b.seriesIndex()).name()))
                    .append("：出場價值超過 ").append(money(b.exit()))
                    .append(b.converts() ? " 時改為轉換成普通股" : " 時改回領取優先清算額").append("</li>");
        }
        return items.toString();
    }

    private static String fieldOf(WaterfallException e, boolean byPercent) {
        if (e.seriesIndex() < 0) {
            return e.problem().field().equals("ownership") ? ROW + ".0.percent" : e.problem().field();
        }
        String field = e.problem().field();
        if (field.equals("shares") && byPercent) {
            field = "percent";
        }
        return ROW + "." + e.seriesIndex() + "." + field;
    }

    static String money(double amount) {
        return Decimals.fixed(amount, 0);
    }

    /** Axis labels: 1,500,000 as "150 萬", 200,000,000 as "2 億". */
    static String compact(double amount) {
        double abs = Math.abs(amount);
        if (abs >= 1e8) {
            return Decimals.plain(Math.round(amount / 1e6) / 100.0) + " 億";
        }
        if (abs >= 1e4) {
            return Decimals.plain(Math.round(amount / 1e2) / 100.0) + " 萬";
        }
        return Decimals.plain(Math.round(amount));
    }
}
