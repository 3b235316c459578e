package notes.page;

import notes.form.LegacyCalculator;
import notes.form.Decimals;
import notes.form.LegacyFields;
import notes.form.Result;
import notes.preferred.Refinancing;

/** Calling an old preferred issue and refinancing it: yearly saving, one-time cost and payback period. */
public final class RefinancingPage implements LegacyCalculator {
    @Override
    public Result compute(LegacyFields in) {
        double oldSize = in.number("refi.oldSize", 0, 1e15, "");
        double oldRate = in.number("refi.oldRate", 0, 100, " %") / 100;
        double newSize = in.number("refi.newSize", 0, 1e15, "");
        double newRate = in.number("refi.newRate", 0, 100, " %") / 100;
        double premium = in.number("refi.premium", 0, 100, " %") / 100;
        double costs = in.number("refi.costs", 0, 1e15, "");
        if (in.hasProblems()) {
            return in.invalid();
        }
        Refinancing r = new Refinancing(oldSize, oldRate, newSize, newRate, premium, costs);
        double payback = r.paybackYears();
        return Result.ok()
                .number("refi.saving", WaterfallPage.money(r.annualSaving()), r.annualSaving())
                .number("refi.cost", WaterfallPage.money(r.oneTimeCost()), r.oneTimeCost())
                .text("refi.payback", Double.isInfinite(payback)
                        ? "永遠回不了本：新發行的每年股息不比舊的少。"
                        : Decimals.fixed(payback, 2) + " 年");
    }
}
