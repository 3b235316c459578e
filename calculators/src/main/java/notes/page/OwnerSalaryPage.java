package notes.page;

import com.google.auto.service.AutoService;

import notes.allocation.AllocationProblem;
import notes.allocation.DividendPreset;
import notes.allocation.OwnerSalary;
import notes.allocation.Sleeve;
import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;

/**
 * A portfolio as a company paying its owner ({@code {{< calculator owner-salary >}}}): an index part that grows, a
 * dividend holding (a preset from the source post, or a yield typed in) and fixed income; the yearly "salary" is
 * assets x the sum of weight x yield x (1 - withholding) over the paying parts (see {@link OwnerSalary}). Weights,
 * yields, growth and withholding in percent; amounts in one currency.
 */
@AutoService(Calculator.class)
public final class OwnerSalaryPage implements Calculator {
    private static final String CUSTOM = "custom";
    private static final Declaration DECLARATION = Declaration.of("owner-salary", "試算：資產配置每年發給自己的「薪水」")
            .fields(
                    Field.number("alloc.assets", "總資產").range(0, 1e15).initial("10000000").hint("例如 30,000,000"),
                    Field.number("alloc.indexWeight", "指數型基金（占總資產 %）").unit("%").range(0, 100).initial("60")
                            .hint("例如 60"),
                    Field.number("alloc.indexGrowth", "指數每年成長（%）").unit("%").range(-100, 100).initial("8")
                            .hint("例如 8"),
                    Field.number("alloc.dividendWeight", "配息股（占總資產 %）").unit("%").range(0, 100).initial("0")
                            .hint("例如 10"),
                    Field.select("alloc.preset", "配息股是哪一檔")
                            .option(DividendPreset.VIG.name(), "VIG（貼文：稅後 1.15 %）")
                            .option(DividendPreset.NOBL.name(), "NOBL（貼文：稅後 1.46 %）")
                            .option(DividendPreset.KO.name(), "KO（貼文：稅後 1.92 %）")
                            .option(CUSTOM, "自己輸入殖利率"),
                    Field.number("alloc.dividendYield", "配息股稅前殖利率（%）").unit("%").range(0, 100).initial("2")
                            .hint("例如 2.5").when("alloc.preset", CUSTOM),
                    Field.number("alloc.withholding", "股利被預扣的稅率（%）").unit("%").range(0, 100).initial("30")
                            .hint("例如 30，美國對台灣居民"),
                    Field.number("alloc.fixedWeight", "固定收益（占總資產 %）").unit("%").range(0, 100).initial("40")
                            .hint("例如 40"),
                    Field.number("alloc.fixedYield", "固定收益殖利率（%）").unit("%").range(0, 100).initial("4")
                            .hint("例如 4.5"),
                    Field.number("alloc.fixedWithholding", "固定收益被預扣的稅率（%）").unit("%").range(0, 100)
                            .initial("0").hint("例如 0（直接持有美國公債）或 30"))
            .outputs(
                    Output.value("alloc.salary", "每年的「薪水」（稅後）"),
                    Output.value("alloc.salaryRate", "薪水占總資產", "%"),
                    Output.value("alloc.monthly", "平均每月"),
                    Output.value("alloc.growthRate", "指數部分讓總資產每年成長", "%"),
                    Output.value("alloc.growth", "指數部分每年成長金額"),
                    Output.value("alloc.withheld", "每年被預扣的稅"),
                    Output.value("alloc.dividendNet", "配息股稅後殖利率", "%"),
                    Output.sentence("alloc.formula", "算式"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        double withholding = in.number("alloc.withholding") / 100;
        Sleeve dividend = new Sleeve(in.number("alloc.dividendWeight") / 100, dividendYield(in), withholding);
        Sleeve fixed = new Sleeve(in.number("alloc.fixedWeight") / 100, in.number("alloc.fixedYield") / 100,
                in.number("alloc.fixedWithholding") / 100);
        OwnerSalary company;
        try {
            company = new OwnerSalary(in.number("alloc.assets"), in.number("alloc.indexWeight") / 100,
                    in.number("alloc.indexGrowth") / 100, dividend, fixed);
        } catch (AllocationProblem e) {
            in.reject(AllocationMessages.zhHant(e), "alloc.indexWeight", "alloc.dividendWeight", "alloc.fixedWeight");
            return in.invalid();
        }
        double growth = company.assets() * company.indexGrowthRate();
        return Result.ok()
                .number("alloc.salary", money(company.salary()), company.salary())
                .number("alloc.salaryRate", Decimals.share(company.salaryRate(), 2), company.salaryRate())
                .number("alloc.monthly", money(company.salary() / 12), company.salary() / 12)
                .number("alloc.growthRate", Decimals.percent(company.indexGrowthRate(), 2), company.indexGrowthRate())
                .number("alloc.growth", money(growth), growth)
                .number("alloc.withheld", money(company.withheld()), company.withheld())
                .number("alloc.dividendNet", Decimals.percent(dividend.netYield(), 2), dividend.netYield())
                .text("alloc.formula", formula(dividend, fixed, company));
    }

    /** The preset's yield before withholding (the post's figure / 0.7), or the one typed in. */
    private static double dividendYield(Fields in) {
        String preset = in.text("alloc.preset");
        return preset.equals(CUSTOM)
                ? in.number("alloc.dividendYield") / 100
                : DividendPreset.valueOf(preset).grossYield();
    }

    /** The sum with the reader's numbers, so the percent of a percent is visible: 40 % × 4.00 % = 1.60 %. */
    private static String formula(Sleeve dividend, Sleeve fixed, OwnerSalary company) {
        return "薪水占總資產 = " + term(dividend) + " + " + term(fixed) + " = "
                + Decimals.share(company.salaryRate(), 2) + "（配息股 + 固定收益，各為比例 × 稅後殖利率）";
    }

    private static String term(Sleeve s) {
        return Decimals.readable(Math.round(s.weight() * 1e8) / 1e6) + " % × " + Decimals.percent(s.netYield(), 2);
    }

    private static String money(double amount) {
        return Decimals.fixed(amount, 0);
    }
}
