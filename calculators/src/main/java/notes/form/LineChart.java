package notes.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * An SVG line chart built as markup: axes with rounded ticks, any number of series and marked points. Colours come
 * from CSS classes ({@code chart-series-0} ...), so the site's light and dark themes style it.
 */
public final class LineChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 340;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 48;

    private final String description;
    private final String xTitle;
    private final String yTitle;
    private final List<double[][]> series = new ArrayList<>();
    private final List<String> seriesLabels = new ArrayList<>();
    private final List<double[]> markers = new ArrayList<>();
    private final List<String> markerLabels = new ArrayList<>();
    private DoubleFunction<String> xFormat = v -> Decimals.fixed(v, 2);
    private DoubleFunction<String> yFormat = v -> Decimals.fixed(v, 2);

    /** @param description what the chart shows, read out by screen readers */
    public LineChart(String description, String xTitle, String yTitle) {
        this.description = description;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    public LineChart series(double[] xs, double[] ys) {
        return series(null, xs, ys);
    }

    /** A labelled series; labels are listed in a legend in the chart's top left corner. */
    public LineChart series(String label, double[] xs, double[] ys) {
        series.add(new double[][] {xs, ys});
        seriesLabels.add(label);
        return this;
    }

    public LineChart marker(double x, double y, String label) {
        markers.add(new double[] {x, y});
        markerLabels.add(label);
        return this;
    }

    public LineChart xFormat(DoubleFunction<String> format) {
        this.xFormat = format;
        return this;
    }

    public LineChart yFormat(DoubleFunction<String> format) {
        this.yFormat = format;
        return this;
    }

    public String svg() {
        double[] xRange = range(0);
        double[] yRange = range(1);
        Scale x = new Scale(xRange[0], xRange[1], LEFT, WIDTH - RIGHT);
        Scale y = new Scale(yRange[0], yRange[1], HEIGHT - BOTTOM, TOP);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(description)).append("\">");
        axes(svg, x, y);
        for (int i = 0; i < series.size(); i++) {
            polyline(svg, series.get(i), x, y, "chart-series-" + i);
        }
        legend(svg);
        for (int i = 0; i < markers.size(); i++) {
            double[] m = markers.get(i);
            svg.append("<circle class=\"chart-marker\" r=\"5\" cx=\"").append(px(x.map(m[0]))).append("\" cy=\"")
                    .append(px(y.map(m[1]))).append("\"><title>").append(Html.escape(markerLabels.get(i)))
                    .append("</title></circle>");
        }
        return svg.append("</svg>").toString();
    }

    private void axes(StringBuilder svg, Scale x, Scale y) {
        svg.append("<g class=\"chart-axis\">");
        for (double t : ticks(x.min, x.max)) {
            double px = x.map(t);
            svg.append("<line class=\"chart-grid\" x1=\"").append(px(px)).append("\" x2=\"").append(px(px))
                    .append("\" y1=\"").append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
            svg.append("<text text-anchor=\"middle\" x=\"").append(px(px)).append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 18).append("\">").append(Html.escape(xFormat.apply(t))).append("</text>");
        }
        for (double t : ticks(y.min, y.max)) {
            double py = y.map(t);
            svg.append("<line class=\"chart-grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(px(py)).append("\" y2=\"").append(px(py)).append("\"/>");
            svg.append("<text text-anchor=\"end\" x=\"").append(LEFT - 6).append("\" y=\"").append(px(py + 4))
                    .append("\">").append(Html.escape(yFormat.apply(t))).append("</text>");
        }
        svg.append("<text class=\"chart-title\" text-anchor=\"middle\" x=\"").append((LEFT + WIDTH - RIGHT) / 2)
                .append("\" y=\"").append(HEIGHT - 8).append("\">").append(Html.escape(xTitle)).append("</text>");
        svg.append("<text class=\"chart-title\" text-anchor=\"middle\" transform=\"rotate(-90)\" x=\"")
                .append(-(TOP + HEIGHT - BOTTOM) / 2).append("\" y=\"14\">").append(Html.escape(yTitle))
                .append("</text></g>");
    }

    private void legend(StringBuilder svg) {
        int row = 0;
        for (int i = 0; i < seriesLabels.size(); i++) {
            if (seriesLabels.get(i) == null) {
                continue;
            }
            int y = TOP + 12 + 18 * row++;
            svg.append("<line class=\"chart-series-").append(i).append("\" x1=\"").append(LEFT + 10)
                    .append("\" x2=\"").append(LEFT + 34).append("\" y1=\"").append(y - 4).append("\" y2=\"")
                    .append(y - 4).append("\"/><text class=\"chart-legend\" x=\"").append(LEFT + 40)
                    .append("\" y=\"").append(y).append("\">").append(Html.escape(seriesLabels.get(i)))
                    .append("</text>");
        }
    }

    private static void polyline(StringBuilder svg, double[][] points, Scale x, Scale y, String cssClass) {
        svg.append("<polyline class=\"").append(cssClass).append("\" fill=\"none\" points=\"");
        for (int i = 0; i < points[0].length; i++) {
            svg.append(i == 0 ? "" : " ").append(px(x.map(points[0][i]))).append(',').append(px(y.map(points[1][i])));
        }
        svg.append("\"/>");
    }

    /** Min and max over all series and markers of coordinate {@code axis}, widened when flat. */
    private double[] range(int axis) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[][] s : series) {
            for (double v : s[axis]) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        for (double[] m : markers) {
            min = Math.min(min, m[axis]);
            max = Math.max(max, m[axis]);
        }
        if (!(max > min)) {
            double pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
            return new double[] {min - pad, max + pad};
        }
        return new double[] {min, max};
    }

    /** About five round tick values (steps of 1, 2 or 5 times a power of ten) within [min, max]. */
    static List<Double> ticks(double min, double max) {
        double raw = (max - min) / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power
                : 10 * power;
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    private static String px(double v) {
        return Decimals.fixed(v, 1).replace(",", "");
    }

    private static final class Scale {
        final double min;
        final double max;
        final double from;
        final double to;

        Scale(double min, double max, double from, double to) {
            this.min = min;
            this.max = max;
            this.from = from;
            this.to = to;
        }

        double map(double v) {
            return from + (v - min) / (max - min) * (to - from);
        }
    }
}
