package notes.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Loans worked by hand: fee = market value x annual rate x days / 365 (the agreed annual rate accrued per calendar
 * day), then the per-payment rules of {@link TaiwanLendingTaxTest}'s sources.
 */
class LendingIncomeTest {
    @Test
    void aYearAtOnePercent() {
        // 1,000,000 x 1 % x 365 / 365 = 10,000; the lender's 70 % is 7,000, below both thresholds.
        SecuritiesLoan loan = new SecuritiesLoan(1_000_000, 0.01, 365, 0.70);
        assertEquals(10_000, loan.grossFee(), 1e-9);
        LendingIncome i = LendingIncome.of(loan, 1, true);
        assertEquals(7_000, i.lenderFee(), 1e-9);
        assertEquals(0, i.withheld());
        assertEquals(0, i.nhiPremium());
        assertEquals(7_000, i.net(), 1e-9);
        // 7,000 on 1,000,000 over a whole year: 0.7 %.
        assertEquals(0.007, i.netYield(), 1e-12);
    }

    @Test
    void halfAYearAtThreePercentPaidOnce() {
        // 10,000,000 x 3 % x 180 / 365 = 54,000,000 / 365 = 147,945.2055 (3 % is the rate the source post first
        // asked). The lender's 70 % = 103,561.64, paid as 103,562. Withheld 10 % = 10,356.2 (above 20,000);
        // premium 103,562 x 2.11 % = 2,185.16 -> 2,185. Net 103,562 - 10,356.2 - 2,185 = 91,020.8.
        SecuritiesLoan loan = new SecuritiesLoan(10_000_000, 0.03, 180, 0.70);
        assertEquals(147_945.2055, loan.grossFee(), 1e-4);
        LendingIncome i = LendingIncome.of(loan, 1, true);
        assertEquals(103_562, i.payment());
        assertEquals(10_356.2, i.withheld(), 1e-9);
        assertEquals(2_185, i.nhiPremium());
        assertEquals(91_020.8, i.net(), 1e-9);
        // 91,020.8 / 10,000,000 x 365 / 180 = 0.0184570.
        assertEquals(0.018457, i.netYield(), 1e-6);
    }

    @Test
    void monthlyPaymentsStayBelowThePerPaymentThresholds() {
        // The same fee in six monthly payments: 103,561.64 / 6 = 17,260.27 -> 17,260 each, below 20,000, so no
        // withholding and no premium; 6 x 17,260 = 103,560 reaches the account.
        SecuritiesLoan loan = new SecuritiesLoan(10_000_000, 0.03, 180, 0.70);
        LendingIncome i = LendingIncome.of(loan, 6, true);
        assertEquals(17_260, i.payment());
        assertEquals(0, i.withheld());
        assertEquals(0, i.nhiPremium());
        assertEquals(103_560, i.net(), 1e-9);
    }

    @Test
    void noPremiumForALenderWhoIsNotInsured() {
        LendingIncome i = LendingIncome.of(new SecuritiesLoan(10_000_000, 0.03, 180, 0.70), 1, false);
        assertEquals(0, i.nhiPremium());
        assertEquals(103_562 - 10_356.2, i.net(), 1e-9);
    }

    @Test
    void inputsOutOfRangeNameTheirField() {
        assertEquals("marketValue", assertThrows(LendingProblem.class,
                () -> new SecuritiesLoan(0, 0.01, 30, 0.7)).field());
        assertEquals(LendingProblemCode.SHARE_OUT_OF_RANGE, assertThrows(LendingProblem.class,
                () -> new SecuritiesLoan(1, 0.01, 30, 1.01)).code());
        assertEquals(LendingProblemCode.NEGATIVE, assertThrows(LendingProblem.class,
                () -> new SecuritiesLoan(1, -0.01, 30, 0.7)).code());
        LendingProblem p = assertThrows(LendingProblem.class,
                () -> LendingIncome.of(new SecuritiesLoan(1_000_000, 0.01, 30, 0.7), 31, true));
        assertEquals(LendingProblemCode.PAYMENTS_EXCEED_DAYS, p.code());
        assertEquals("payments", p.field());
    }
}
