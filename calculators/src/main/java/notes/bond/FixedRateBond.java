package notes.bond;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices, yields and risk measures of a {@link Bond} on its settlement date, with the spreadsheet conventions:
 * prices per 100 face, yields compounded {@code frequency} times a year, and the first (broken) period discounted
 * by the fraction DSC/E of a period, where A, E and DSC are COUPDAYBS, COUPDAYS and COUPDAYSNC.
 *
 * <p>With one coupon period or less to redemption (N = 1) price and yield use the closed form Microsoft documents
 * for PRICE and YIELD (simple interest over the remaining fraction of the period), as Excel and Gnumeric do.
 * LibreOffice discounts that last period with compound interest instead; its YIELD differs there (e.g. 0.056532
 * against 0.056163), and the page explains the choice.
 */
public final class FixedRateBond {
    /** Yield search stops when the discount factor is known to this relative precision. */
    private static final double SOLVER_TOLERANCE = 1e-15;
    private static final int SOLVER_MAX_ITERATIONS = 300;

    private final Bond bond;
    private final LocalDate previousCoupon;
    private final LocalDate nextCoupon;
    private final int couponsRemaining;
    private final int daysAccrued;
    private final double daysInPeriod;
    private final double daysToNextCoupon;

    public FixedRateBond(Bond bond) {
        this.bond = bond;
        CouponSchedule schedule = bond.schedule();
        LocalDate settlement = bond.settlement();
        this.couponsRemaining = schedule.remainingCoupons(settlement);
        this.previousCoupon = schedule.couponDate(couponsRemaining);
        this.nextCoupon = schedule.couponDate(couponsRemaining - 1);
        DayCount dayCount = bond.dayCount();
        this.daysAccrued = dayCount.days(previousCoupon, settlement);
        this.daysInPeriod = dayCount.couponPeriodDays(previousCoupon, nextCoupon, bond.frequency());
        this.daysToNextCoupon = dayCount.countsDaysToCouponAsRemainder()
                ? daysInPeriod - daysAccrued
                : dayCount.days(settlement, nextCoupon);
    }

    public Bond bond() {
        return bond;
    }

    /** COUPPCD. */
    public LocalDate previousCouponDate() {
        return previousCoupon;
    }

    /** COUPNCD. */
    public LocalDate nextCouponDate() {
        return nextCoupon;
    }

    /** COUPNUM. */
    public int couponsRemaining() {
        return couponsRemaining;
    }

    /** COUPDAYBS: days from the previous coupon date to settlement. */
    public int daysAccrued() {
        return daysAccrued;
    }

    /** COUPDAYS: days in the coupon period that holds settlement. */
    public double daysInPeriod() {
        return daysInPeriod;
    }

    /** COUPDAYSNC: days from settlement to the next coupon date. */
    public double daysToNextCoupon() {
        return daysToNextCoupon;
    }

    /** Interest accrued since the previous coupon, per 100 face, which the buyer pays the seller on top of the clean price. */
    public double accruedInterest() {
        return bond.couponPerPeriod() * daysAccrued / daysInPeriod;
    }

    /** PRICE: the clean price per 100 face at an annual yield. */
    public double cleanPriceFromYield(double yield) {
        requireDiscountable(yield);
        if (couponsRemaining == 1) {
            return lastPeriodCleanPrice(yield);
        }
        return dirtyPrice(discountFactor(yield)) - accruedInterest();
    }

    /** Clean price plus accrued interest: what the buyer actually pays per 100 face. */
    public double dirtyPriceFromYield(double yield) {
        return cleanPriceFromYield(yield) + accruedInterest();
    }

    /**
     * YIELD: the annual yield at which the bond's cash flows are worth the clean price plus the accrued interest the
     * buyer pays (the yield that "includes accrued interest").
     */
    public double yieldFromCleanPrice(double cleanPrice) {
        if (!(cleanPrice > 0) || Double.isInfinite(cleanPrice)) {
            throw new BondException(BondProblem.PRICE_NOT_POSITIVE);
        }
        if (couponsRemaining == 1) {
            return lastPeriodYield(cleanPrice);
        }
        double target = cleanPrice + accruedInterest();
        double v = RootFinder.increasingRoot(x -> dirtyPrice(x) - target, this::dirtyPriceDerivative,
                0, upperDiscountFactor(target), SOLVER_TOLERANCE, SOLVER_MAX_ITERATIONS);
        return bond.frequency() * (1 / v - 1);
    }

    /**
     * The yield when the quoted price is taken as everything paid (the yield that "ignores accrued interest"): the
     * quote is treated as the full price, so the clean price behind it is the quote less the accrued interest. It is
     * never below {@link #yieldFromCleanPrice}, because the buyer is assumed to pay less for the same cash flows.
     */
    public double yieldTakingQuoteAsFullPrice(double quote) {
        if (!(quote > 0) || Double.isInfinite(quote)) {
            throw new BondException(BondProblem.PRICE_NOT_POSITIVE);
        }
        if (!(quote > accruedInterest())) {
            throw new BondException(BondProblem.PRICE_NOT_ABOVE_ACCRUED);
        }
        return yieldFromCleanPrice(quote - accruedInterest());
    }

    /** DURATION (Macaulay), in years: the present-value-weighted mean time of the cash flows. */
    public double macaulayDuration(double yield) {
        requireDiscountable(yield);
        double v = discountFactor(yield);
        double weighted = 0;
        double total = 0;
        double vt = Math.pow(v, periodsTo(1));
        for (int k = 1; k <= couponsRemaining; k++, vt *= v) {
            double pv = cashFlow(k) * vt;
            weighted += periodsTo(k) * pv;
            total += pv;
        }
        return weighted / total / bond.frequency();
    }

    /** MDURATION: Macaulay duration divided by (1 + yield/frequency), in years. */
    public double modifiedDuration(double yield) {
        return macaulayDuration(yield) / (1 + yield / bond.frequency());
    }

    /** Convexity in years squared: the second derivative of the full price with respect to yield, over the price. */
    public double convexity(double yield) {
        requireDiscountable(yield);
        double v = discountFactor(yield);
        double curvature = 0;
        double total = 0;
        double vt = Math.pow(v, periodsTo(1));
        for (int k = 1; k <= couponsRemaining; k++, vt *= v) {
            double t = periodsTo(k);
            double pv = cashFlow(k) * vt;
            curvature += t * (t + 1) * pv;
            total += pv;
        }
        double f = bond.frequency();
        return curvature * v * v / (total * f * f);
    }

    /** The remaining cash flows per 100 face with their present values at {@code yield}, earliest first. */
    public List<CashFlow> cashFlows(double yield) {
        return cashFlows(yield, couponsRemaining, 0);
    }

    /**
     * The first {@code head} and the last {@code tail} remaining cash flows (all of them when there are no more than
     * that), earliest first: a 1900-2099 quarterly bond has 800 rows, and the page shows their two ends. Only the
     * dates shown are computed.
     */
    public List<CashFlow> cashFlows(double yield, int head, int tail) {
        requireDiscountable(yield);
        double v = discountFactor(yield);
        List<CashFlow> flows = new ArrayList<>();
        for (int k = 1; k <= couponsRemaining; k++) {
            if (k > head && k <= couponsRemaining - tail) {
                k = couponsRemaining - tail;
                continue;
            }
            double t = periodsTo(k);
            double principal = k == couponsRemaining ? bond.redemption() : 0;
            LocalDate date = bond.schedule().couponDate(couponsRemaining - k);
            flows.add(new CashFlow(date, bond.couponPerPeriod(), principal, t / bond.frequency(),
                    (bond.couponPerPeriod() + principal) * Math.pow(v, t)));
        }
        return flows;
    }

    /** Periods from settlement to the k-th remaining payment: the broken first period DSC/E, then whole periods. */
    private double periodsTo(int k) {
        return k - 1 + daysToNextCoupon / daysInPeriod;
    }

    private double cashFlow(int k) {
        return bond.couponPerPeriod() + (k == couponsRemaining ? bond.redemption() : 0);
    }

    private double discountFactor(double yield) {
        return 1 / (1 + yield / bond.frequency());
    }

    /** Full price as a function of the per-period discount factor v: increasing, from 0 or less at v = 0. */
    private double dirtyPrice(double v) {
        if (isLongSchedule(v)) {
            return closedFormDirtyPrice(v);
        }
        // v^t for t = first, first + 1, ...: one Math.pow, then a multiplication per payment.
        double sum = 0;
        double vt = Math.pow(v, periodsTo(1));
        for (int k = 1; k <= couponsRemaining; k++, vt *= v) {
            sum += cashFlow(k) * vt;
        }
        return sum;
    }

    /**
     * d(dirty price)/dv. The solver only evaluates it strictly inside its bracket (0, upper), so v > 0 here; at v = 0
     * the power steps would give NaN, on which {@link RootFinder} bisects.
     */
    private double dirtyPriceDerivative(double v) {
        if (isLongSchedule(v)) {
            return closedFormDerivative(v);
        }
        double sum = 0;
        double vt = Math.pow(v, periodsTo(1) - 1);
        for (int k = 1; k <= couponsRemaining; k++, vt *= v) {
            sum += cashFlow(k) * periodsTo(k) * vt;
        }
        return sum;
    }

    /**
     * Past this many payments the sums are taken in closed form: the yield solver evaluates them dozens of times per
     * keystroke, and an 8,000-year bond has 16,000 payments. Below it (every bond in the reference data) the sums are
     * added term by term, exactly as before.
     */
    private static final int CLOSED_FORM_PAYMENTS = 1000;

    /** Long enough for the closed form, and v far enough from 1 that 1 - v keeps its digits. */
    private boolean isLongSchedule(double v) {
        return couponsRemaining > CLOSED_FORM_PAYMENTS && v > 0 && Math.abs(1 - v) > 1e-7;
    }

    /**
     * The payments as a geometric series: with a = DSC/E and N payments, the full price is
     * c v^a (1 - v^N) / (1 - v) + R v^(a + N - 1) (the sum of a level annuity; any corporate-finance text).
     */
    private double closedFormDirtyPrice(double v) {
        int n = couponsRemaining;
        double a = periodsTo(1);
        double annuity = (1 - Math.pow(v, n)) / (1 - v);
        return bond.couponPerPeriod() * Math.pow(v, a) * annuity + bond.redemption() * Math.pow(v, a + n - 1);
    }

    /**
     * Its derivative: c [a v^(a-1) G + v^(a-1) H] + R (a + N - 1) v^(a + N - 2), with G = sum of v^j and
     * H = sum of j v^j over j = 0 .. N - 1, H = v (1 - N v^(N-1) + (N-1) v^N) / (1 - v)^2.
     */
    private double closedFormDerivative(double v) {
        int n = couponsRemaining;
        double a = periodsTo(1);
        double g = (1 - Math.pow(v, n)) / (1 - v);
        double h = v * (1 - n * Math.pow(v, n - 1) + (n - 1) * Math.pow(v, n)) / ((1 - v) * (1 - v));
        double coupons = bond.couponPerPeriod() * Math.pow(v, a - 1) * (a * g + h);
        return coupons + bond.redemption() * (a + n - 1) * Math.pow(v, a + n - 2);
    }

    /** A discount factor whose full price exceeds the target; doubling from v = 1 (zero yield) gets there fast. */
    private double upperDiscountFactor(double targetDirtyPrice) {
        double v = 1;
        for (int i = 0; i < 1100 && dirtyPrice(v) <= targetDirtyPrice; i++) {
            v *= 2;
        }
        if (!(dirtyPrice(v) > targetDirtyPrice)) {
            throw new BondException(BondProblem.SOLVER_FAILED);
        }
        return v;
    }

    /** Microsoft's PRICE for N = 1: redemption and last coupon discounted by simple interest over DSC/E. */
    private double lastPeriodCleanPrice(double yield) {
        double c = bond.couponPerPeriod();
        double denominator = 1 + daysToNextCoupon / daysInPeriod * yield / bond.frequency();
        if (!(denominator > 0)) {
            throw new BondException(BondProblem.YIELD_AT_OR_BELOW_MINUS_FREQUENCY);
        }
        return (bond.redemption() + c) / denominator - accruedInterest();
    }

    /** Microsoft's YIELD for N = 1, the inverse of {@link #lastPeriodCleanPrice}. */
    private double lastPeriodYield(double cleanPrice) {
        if (daysToNextCoupon <= 0) {
            throw new BondException(BondProblem.NO_DAYS_TO_REDEMPTION);
        }
        double paid = cleanPrice + accruedInterest();
        double received = bond.redemption() + bond.couponPerPeriod();
        return (received - paid) / paid * bond.frequency() * daysInPeriod / daysToNextCoupon;
    }

    private void requireDiscountable(double yield) {
        if (!(yield > -bond.frequency()) || Double.isInfinite(yield)) {
            throw new BondException(BondProblem.YIELD_AT_OR_BELOW_MINUS_FREQUENCY);
        }
    }
}
