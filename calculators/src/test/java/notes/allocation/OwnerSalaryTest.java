package notes.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The source post's own allocation and a preset case, each worked by hand in its comment. */
class OwnerSalaryTest {
    private static final Sleeve NO_DIVIDEND = new Sleeve(0, 0, 0.30);

    @Test
    void thePostsSixtyFortySplitPaysOnePointSixPercentNotSixteen() {
        // The post (資產配置小檢討): 60 % in index funds growing 8-10 % a year grows the whole 4.8-6 %; 40 % in
        // fixed income paying 4 % pays 40 % x 4 % = 1.6 % of assets (the post writes 16 %).
        OwnerSalary low = new OwnerSalary(10_000_000, 0.60, 0.08, NO_DIVIDEND, new Sleeve(0.40, 0.04, 0));
        OwnerSalary high = new OwnerSalary(10_000_000, 0.60, 0.10, NO_DIVIDEND, new Sleeve(0.40, 0.04, 0));
        assertEquals(0.016, low.salaryRate(), 1e-15);
        assertEquals(160_000, low.salary(), 1e-6);
        assertEquals(0.048, low.indexGrowthRate(), 1e-15);
        assertEquals(0.06, high.indexGrowthRate(), 1e-15);
        assertEquals(0, low.withheld());
    }

    @Test
    void aCocaColaSleeveAtThePostsAfterTaxYield() {
        // 10,000,000 as 50 % index, 20 % KO, 30 % fixed income at 4 % with nothing withheld. KO after 30 %
        // withholding pays 1.92 % (the post), so 0.2 x 1.92 % + 0.3 x 4 % = 0.384 % + 1.2 % = 1.584 %: 158,400.
        // Before withholding KO yields 1.92 / 0.7 = 2.742857 %; 30 % of it on 2,000,000 is 16,457.14 withheld.
        Sleeve ko = new Sleeve(0.20, DividendPreset.KO.grossYield(), 0.30);
        OwnerSalary c = new OwnerSalary(10_000_000, 0.50, 0.08, ko, new Sleeve(0.30, 0.04, 0));
        assertEquals(0.027428571, DividendPreset.KO.grossYield(), 1e-9);
        assertEquals(0.0192, ko.netYield(), 1e-15);
        assertEquals(158_400, c.salary(), 1e-6);
        assertEquals(16_457.142857, c.withheld(), 1e-6);
    }

    @Test
    void presetsImplyTheYieldBeforeWithholding() {
        // The post's after-tax yields / 0.7: VIG 1.15 -> 1.642857 %, NOBL 1.46 -> 2.085714 %.
        assertEquals(0.01642857, DividendPreset.VIG.grossYield(), 1e-8);
        assertEquals(0.02085714, DividendPreset.NOBL.grossYield(), 1e-8);
    }

    @Test
    void weightsMustAddUpToTheWhole() {
        AllocationProblem p = assertThrows(AllocationProblem.class,
                () -> new OwnerSalary(1, 0.60, 0.08, NO_DIVIDEND, new Sleeve(0.30, 0.04, 0)));
        assertEquals(AllocationProblemCode.WEIGHTS_NOT_WHOLE, p.code());
        assertEquals(0.9, p.weightSum(), 1e-15);
    }
}
