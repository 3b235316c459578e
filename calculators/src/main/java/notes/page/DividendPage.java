package notes.page;

import notes.form.LegacyCalculator;
import notes.form.Decimals;
import notes.form.LegacyFields;
import notes.form.Result;
import notes.preferred.PreferredDividends;

/** Preferred dividends: the annual amount, and what must be paid before common when dividends were skipped. */
public final class DividendPage implements LegacyCalculator {
    @Override
    public Result compute(LegacyFields in) {
        double face = in.number("div.face", 0, 1e15, "");
        double rate = in.number("div.rate", 0, 100, " %") / 100;
        double years = in.number("div.years", 0, 100, " 年");
        boolean cumulative = in.choice("div.cumulative", "請選擇累積或非累積。", "yes", "no").equals("yes");
        if (in.hasProblems()) {
            return in.invalid();
        }
        double annual = PreferredDividends.annualDividend(face, rate);
        double due = PreferredDividends.dueBeforeCommon(face, rate, years, cumulative);
        return Result.ok()
                .number("div.annual", WaterfallPage.money(annual), annual)
                .number("div.arrears", WaterfallPage.money(due - annual), due - annual)
                .number("div.due", WaterfallPage.money(due), due)
                .text("div.explain", cumulative
                        ? "累積型：積欠的 " + Decimals.plain(years) + " 年股息會一直掛帳，要先補齊，普通股才能配息。"
                        : "非累積型：沒發的股息就此作廢，只要先付今年的，普通股就能配息。");
    }
}
