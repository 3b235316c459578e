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
 * dividend saved, the one-time cost (call premium plus issuance costs) and the payback period in years (see
 * {@link Refinancing}). Amounts are in one currency; rates and the premium in percent.
 */
@AutoService(Calculator.class)
public final class RefinancingPage implements Calculator {
    private static final Declaration DECLARATION = Declaration.of("preferred-refinancing",
                    "試算：贖回舊特別股、發行新特別股要多久回本")
            .fields(
                    Field.number("refi.oldSize", "舊發行金額").range(0, 1e15).initial("10000000").hint("例如 50,000,000"),
                    Field.number("refi.oldRate", "舊股息率（%）").unit("%").range(0, 100).initial("8").hint("例如 7.5"),
                    Field.number("refi.newSize", "新發行金額").range(0, 1e15).initial("10000000").hint("例如 50,000,000"),
                    Field.number("refi.newRate", "新股息率（%）").unit("%").range(0, 100).initial("5").hint("例如 5.25"),
                    Field.number("refi.premium", "贖回溢價（舊發行金額的 %）").unit("%").range(0, 100).initial("2").hint("例如 3"),
                    Field.number("refi.costs", "新發行的承銷與其他費用").range(0, 1e15).initial("300000").hint("例如 1,500,000"))
            .outputs(
                    Output.value("refi.saving", "每年省下的股息"),
                    Output.value("refi.cost", "一次性成本"),
                    Output.value("refi.payback", "回本期間", "年"));

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
                .number("refi.cost", WaterfallPage.money(r.oneTimeCost()), r.oneTimeCost());
        double payback = r.paybackYears();
        // No saving means no payback: said in words, since no number of years is the answer.
        return Double.isInfinite(payback)
                ? result.text("refi.payback", "永遠回不了本：新發行的每年股息不比舊的少。")
                : result.number("refi.payback", Decimals.fixed(payback, 2) + " 年", payback);
    }
}
