package notes.page;

import notes.bond.BondException;
import notes.bond.FixedRateBond;
import notes.form.Decimals;
import notes.form.LineChart;

/** The price-yield curve around the current yield: convex, falling, with today's point marked. */
final class PriceYieldChart {
    private static final int POINTS = 41;

    private PriceYieldChart() {
    }

    static String svg(FixedRateBond bond, double yield, double price) {
        double half = Math.max(0.02, Math.abs(yield) * 0.5);
        double low = Math.max(yield - half, -0.9 * bond.bond().frequency());
        double high = yield + half;
        double[] xs = new double[POINTS];
        double[] ys = new double[POINTS];
        int n = 0;
        for (int i = 0; i < POINTS; i++) {
            double y = low + (high - low) * i / (POINTS - 1);
            try {
                ys[n] = bond.cleanPriceFromYield(y);
                xs[n] = y;
                n++;
            } catch (BondException e) {
                // a yield the bond cannot be discounted at is left out of the curve
            }
        }
        return new LineChart("乾淨價格隨殖利率變化的曲線，標出目前的殖利率與價格", "殖利率", "乾淨價格（每 100 面額）")
                .series(java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n))
                .marker(yield, price, "目前：" + Decimals.percent(yield, 3) + "，" + Decimals.fixed(price, 4))
                .xFormat(v -> Decimals.percent(v, 1))
                .yFormat(v -> Decimals.fixed(v, 1))
                .svg();
    }
}
