package notes.page;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.preferred.Refinancing;

/**
 * Calling an old preferred issue and refinancing it ({@code {{< calculator preferred-refinancing >}}}): the yearly
 * dividend saved, the one-time cost (call premium plus issuance costs), the simple payback period in years and the
 * payback with the savings discounted (see {@link Refinancing}), and whether the new issue raises enough to call the
 * old one and pay the costs: a shortfall is said in words, since a payback computed on money the issuer does not
 * have would otherwise look like a plan. Amounts are in one currency; rates, the premium and the discount rate in
 * percent a year.
 */
@AutoService(Calculator.class)
public final class RefinancingPage implements Calculator {
    private static final Declaration DECLARATION = Declaration.of("preferred-refinancing",
                    "試算：贖回舊特別股、發行新特別股要多久回本")
            .fields(
                    Field.number("refi.oldSize", "舊發行金額").range(0, 1e15).initial("10000000").hint("例如 50,000,000"),
                    Field.number("refi.oldRate", "舊股息率（%）").unit("%").range(0, 100).initial("8").hint("例如 7.5"),
                    // 10.5M: the 10M of the old issue, its 2 % call premium and 300,000 of costs, all paid by the new issue.
                    Field.number("refi.newSize", "新發行金額").range(0, 1e15).initial("10500000").hint("例如 50,000,000"),
                    Field.number("refi.newRate", "新股息率（%）").unit("%").range(0, 100).initial("5").hint("例如 5.25"),
                    Field.number("refi.premium", "贖回溢價（舊發行金額的 %）").unit("%").range(0, 100).initial("2").hint("例如 3"),
                    Field.number("refi.costs", "新發行的承銷與其他費用").range(0, 1e15).initial("300000").hint("例如 1,500,000"),
                    Field.number("refi.discount", "折現率（%，算折現後的回本期間）").unit("%").range(0, 100).initial("5")
                            .hint("例如 5"))
            .outputs(
                    Output.value("refi.saving", "每年省下的股息"),
                    Output.value("refi.cost", "一次性成本"),
                    Output.value("refi.payback", "回本期間（不折現）", "年"),
                    Output.value("refi.discountedPayback", "回本期間（折現後）", "年"),
                    Output.sentence("refi.funding", "資金是否足夠"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        Refinancing r = new Refinancing(in.number("refi.oldSize"), in.number("refi.oldRate") / 100,
                in.number("refi.newSize"), in.number("refi.newRate") / 100, in.number("refi.premium") / 100,
                in.number("refi.costs"));
        Result result = Result.ok()
                .number("refi.saving", WaterfallPage.money(r.annualSaving()), r.annualSaving())
                .number("refi.cost", WaterfallPage.money(r.oneTimeCost()), r.oneTimeCost())
                .text("refi.funding", funding(r));
        years(result, "refi.payback", r.paybackYears(), "永遠回不了本：新發行的每年股息不比舊的少。");
        years(result, "refi.discountedPayback", r.discountedPaybackYears(in.number("refi.discount") / 100),
                r.annualSaving() > 0 ? "折現後永遠回不了本：往後每年省下的錢全部折現加總，也不到一次性成本。"
                        : "永遠回不了本：新發行的每年股息不比舊的少。");
        return result;
    }

    /** A number of years, or the reason in words when no number of years is the answer. */
    private static void years(Result result, String name, double years, String never) {
        if (Double.isFinite(years)) {
            result.number(name, Decimals.fixed(years, 2) + " 年", years);
        } else {
            result.text(name, never);
        }
    }

    /**
     * Whether the new issue pays for calling the old one (face plus premium) and for its own costs. A difference
     * below a billionth of the amounts is rounding in the percentages, not a gap.
     */
    static String funding(Refinancing r) {
        String needs = "贖回舊特別股需 " + WaterfallPage.money(r.redemptionPayment()) + "（含溢價），加上費用 "
                + WaterfallPage.money(r.issuanceCosts()) + "，共 " + WaterfallPage.money(r.cashNeeded());
        double gap = r.fundingGap();
        double rounding = 1e-9 * Math.max(r.cashNeeded(), r.newSize());
        if (gap > rounding) {
            return "資金缺口 " + WaterfallPage.money(gap) + "：" + needs + "，新發行只募到 "
                    + WaterfallPage.money(r.newSize()) + "，差額要用現金或借款補上，而它的成本不在上面的回本期間裡。";
        }
        return "資金足夠：" + needs + "，新發行募到 " + WaterfallPage.money(r.newSize())
                + (gap < -rounding ? "，還多出 " + WaterfallPage.money(-gap) + "。" : "，剛好付完。");
    }
}
