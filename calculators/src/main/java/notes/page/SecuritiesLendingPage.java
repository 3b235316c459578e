package notes.page;

import java.util.Map;

import com.google.auto.service.AutoService;

import notes.form.Calculator;
import notes.form.Decimals;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Result;
import notes.form.Run;
import notes.lending.LendingIncome;
import notes.lending.LendingProblem;
import notes.lending.SecuritiesLoan;
import notes.lending.TaiwanLendingTax;

/**
 * Lending shares in Taiwan ({@code {{< calculator securities-lending >}}}): the fee (market value x annual rate x
 * days / 365), the lender's share of it, the income tax withheld and the NHI supplementary premium per payment (see
 * {@link TaiwanLendingTax}), what reaches the account and its yearly yield on the market value; and, for a cash
 * dividend paid while the shares are out, the compensation and the premium a dividend of that size would bear.
 * Amounts in NT$; rates and the share in percent.
 */
@AutoService(Calculator.class)
public final class SecuritiesLendingPage implements Calculator {
    private static final Declaration DECLARATION = Declaration.of("securities-lending", "試算：出借股票的借券收入")
            .fields(
                    Field.number("lend.value", "出借股票的市值（元）").above(0, 1e12).initial("1000000")
                            .hint("例如 2,000,000"),
                    // TWSE 有價證券借貸辦法 §5: negotiated and auction rates are at most 20 % a year.
                    Field.number("lend.rate", "年費率（%）").unit("%").range(0, 20).initial("1").hint("例如 1.5"),
                    Field.integer("lend.days", "出借天數").range(1, 1100).initial("30").hint("例如 90"),
                    Field.number("lend.share", "出借人分得（借券費的 %）").unit("%").above(0, 100).initial("80")
                            .hint("例如 80，依券商契約"),
                    Field.integer("lend.payments", "分幾次收到借券費").range(1, 1100).initial("1")
                            .hint("例如 3，按月收付時為月數"),
                    Field.select("lend.nhi", "二代健保補充保費").option("yes", "要扣（健保保險對象）")
                            .option("no", "不扣（免扣取的身分）"),
                    Field.number("lend.dividend", "出借期間除息的現金股利（元）").range(0, 1e12).initial("0")
                            .hint("例如 30,000，沒有除息填 0"))
            .outputs(
                    Output.value("lend.gross", "借券人付的借券費", "元"),
                    Output.value("lend.lenderFee", "出借人分得", "元"),
                    Output.value("lend.payment", "每次收到", "元"),
                    Output.value("lend.withheld", "扣繳所得稅（預繳）", "元"),
                    Output.value("lend.nhiPremium", "補充保費", "元"),
                    Output.value("lend.net", "實際入帳", "元"),
                    Output.value("lend.yield", "入帳金額的年化收益率", "%"),
                    Output.value("lend.compensation", "權益補償（其他所得）", "元"),
                    Output.value("lend.dividendPremium", "同額股利要扣的補充保費", "元"),
                    Output.sentence("lend.explain", "說明"));

    /** Form field of each domain input a problem can name. */
    private static final Map<String, String> FIELDS = Map.of("marketValue", "lend.value", "annualRate", "lend.rate",
            "days", "lend.days", "lenderShare", "lend.share", "payments", "lend.payments");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public Result compute(Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        LendingIncome income;
        try {
            SecuritiesLoan loan = new SecuritiesLoan(in.number("lend.value"), in.number("lend.rate") / 100,
                    in.integer("lend.days"), in.number("lend.share") / 100);
            income = LendingIncome.of(loan, in.integer("lend.payments"), in.text("lend.nhi").equals("yes"));
        } catch (LendingProblem e) {
            in.reject(LendingMessages.zhHant(e), FIELDS.getOrDefault(e.field(), Run.FORM));
            return in.invalid();
        }
        double dividend = in.number("lend.dividend");
        long dividendPremium = TaiwanLendingTax.nhiPremium(Math.round(dividend));
        return Result.ok()
                .number("lend.gross", yuan(income.grossFee()), income.grossFee())
                .number("lend.lenderFee", yuan(income.lenderFee()), income.lenderFee())
                .number("lend.payment", yuan(income.payment()), income.payment())
                .number("lend.withheld", yuan(income.withheld()), income.withheld())
                .number("lend.nhiPremium", yuan(income.nhiPremium()), income.nhiPremium())
                .number("lend.net", yuan(income.net()), income.net())
                .number("lend.yield", Decimals.share(income.netYield(), 2), income.netYield())
                .number("lend.compensation", yuan(dividend), dividend)
                .number("lend.dividendPremium", yuan(dividendPremium), dividendPremium)
                .text("lend.explain", explain(income, in.text("lend.nhi").equals("yes")));
    }

    /** Which per-payment rule applied, so a reader sees why a deduction is zero. */
    private static String explain(LendingIncome income, boolean insured) {
        String each = "每次 " + yuan(income.payment());
        String tax = income.withheld() > 0
                ? "超過 20,000 元，扣繳 10 %"
                : "未超過 20,000 元，免扣繳";
        String nhi = !insured ? "不扣補充保費"
                : income.nhiPremium() > 0 ? "達 20,000 元，扣 2.11 % 補充保費" : "未達 20,000 元，不扣補充保費";
        return each + "：" + tax + "；" + nhi + "。扣繳的稅是預繳，借券收入仍要併入當年綜合所得申報。";
    }

    private static String yuan(double amount) {
        return Decimals.fixed(amount, 0) + " 元";
    }
}
