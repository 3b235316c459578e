package notes.page;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.preferred.PreferredDividends;

/**
 * Preferred dividends ({@code {{< calculator preferred-dividends >}}}): the annual amount on the face value, and
 * what must be paid before common may receive a dividend when earlier years were skipped (arrears only for
 * cumulative shares, see {@link PreferredDividends}). Amounts are in the currency of the face value.
 */
@AutoService(Calculator.class)
public final class DividendPage implements Calculator {
    private static final Declaration DECLARATION = Declaration.of("preferred-dividends", "試算：特別股股息與積欠")
            .fields(
                    Field.number("div.face", "特別股面額合計").range(0, 1e15).initial("1000000").hint("例如 5,000,000"),
                    Field.number("div.rate", "年股息率（%）").unit("%").range(0, 100).initial("9").hint("例如 6.5"),
                    Field.number("div.years", "已經沒發的年數").unit("年").range(0, 100).initial("2").hint("例如 3"),
                    Field.select("div.cumulative", "種類").option("yes", "累積型").option("no", "非累積型"))
            .outputs(
                    Output.value("div.annual", "每年股息"),
                    Output.value("div.arrears", "要補的積欠股息"),
                    Output.value("div.due", "普通股配息前必須先付"),
                    Output.sentence("div.explain", "說明"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        double face = in.number("div.face");
        double rate = in.number("div.rate") / 100;
        double years = in.number("div.years");
        boolean cumulative = in.text("div.cumulative").equals("yes");
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
