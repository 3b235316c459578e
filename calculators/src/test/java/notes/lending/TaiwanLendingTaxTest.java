package notes.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The per-payment rules applied by hand to amounts on each side of their thresholds. Sources:
 * 各類所得扣繳率標準 §2 I (rent: 10 % of the payment) and §13 (no withholding when the tax on one payment is at most
 * NT$2,000), https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=G0340028; 全民健康保險扣取及繳納補充保險費辦法 §4 I
 * (one payment of at least NT$20,000), https://law.moj.gov.tw/LawClass/LawSingle.aspx?pcode=L0060027&flno=4;
 * 全民健康保險法 §31 I (the part above NT$10,000,000 of one payment is exempt),
 * https://law.moj.gov.tw/LawClass/LawSingle.aspx?pcode=L0060001&flno=31; rate 2.11 % since 2021-01-01,
 * https://www.mohw.gov.tw/cp-16-57420-1.html; rounding to whole NT$, half up (NHIA Q&A,
 * https://www.nhi.gov.tw/ch/cp-2947-71ec6-3150-1.html).
 */
class TaiwanLendingTaxTest {
    @Test
    void withholdingStartsAboveTwentyThousand() {
        // 10 % of 20,000 is 2,000: not above 2,000, so nothing is withheld.
        assertEquals(0, TaiwanLendingTax.withholding(20_000));
        // 10 % of 20,001 is 2,000.1 > 2,000: all of it is withheld (the exemption is not a deductible).
        assertEquals(2_000.1, TaiwanLendingTax.withholding(20_001), 1e-9);
        // 10 % of 103,562 = 10,356.2.
        assertEquals(10_356.2, TaiwanLendingTax.withholding(103_562), 1e-9);
        assertEquals(0, TaiwanLendingTax.withholding(0));
    }

    @Test
    void premiumFromTwentyThousandRoundedHalfUp() {
        assertEquals(0, TaiwanLendingTax.nhiPremium(19_999));
        // 20,000 x 2.11 % = 422 exactly.
        assertEquals(422, TaiwanLendingTax.nhiPremium(20_000));
        // 35,000 x 2.11 % = 738.5; half up gives 739 (a binary 0.0211 would give 738.4999... and round down).
        assertEquals(739, TaiwanLendingTax.nhiPremium(35_000));
        // 103,562 x 2.11 % = 2,185.1582 -> 2,185.
        assertEquals(2_185, TaiwanLendingTax.nhiPremium(103_562));
    }

    @Test
    void premiumStopsAtTenMillionPerPayment() {
        // 20,000,000: only the first 10,000,000 bears the premium: 10,000,000 x 2.11 % = 211,000.
        assertEquals(211_000, TaiwanLendingTax.nhiPremium(20_000_000));
        assertEquals(211_000, TaiwanLendingTax.nhiPremium(10_000_000));
    }

    @Test
    void negativePaymentIsRejected() {
        LendingProblem p = assertThrows(LendingProblem.class, () -> TaiwanLendingTax.nhiPremium(-1));
        assertEquals(LendingProblemCode.NEGATIVE, p.code());
    }
}
