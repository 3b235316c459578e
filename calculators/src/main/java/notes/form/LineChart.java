package notes.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * An SVG line chart built as markup: axes with rounded ticks, any number of series and marked points. Colours come
 * from CSS classes ({@code chart-series-0} ...), so the site's light and dark themes style it.
 *
 * <p>The chart is fluid rather than scaled: the outer SVG has no viewBox, horizontal positions are percentages of its
 * width and vertical ones are pixels, so its text is drawn at the style sheet's size (12 px) at any width, where a
 * scaled 640-unit drawing would shrink it to 6 px on a phone. The lines live in a nested SVG stretched over the plot
 * area ({@code preserveAspectRatio="none"}) and keep their stroke width with {@code vector-effect}. Y tick labels
 * sit in a gutter left of the plot, right-aligned against it, so no line ever crosses them.
 */
public final class LineChart {
    /**
     * Plot area, horizontally in percent of the chart's width. The gutter left of it holds the y tick labels: 13 % is
     * 39 px on a 300 px phone column, room for "600 萬" or "110.0" at 12 px.
     */
    private static final double PLOT_LEFT = 13;
    private static final double PLOT_RIGHT = 98.5;
    /** Units across the nested drawing of the lines (stretched to the plot's width). */
    private static final int LINE_UNITS = 1000;
    /** Heights in CSS px: the title row, one legend row, the plot, the tick labels and x title below it. */
    private static final int TITLE_ROW = 20;
    private static final int LEGEND_ROW = 18;
    private static final int PLOT_HEIGHT = 240;
    private static final int BOTTOM = 44;

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

    /** The chart as an {@code <svg>} element (fluid width, fixed height in CSS px). */
    public String svg() {
        double[] xRange = range(0);
        double[] yRange = range(1);
        int plotTop = TITLE_ROW + LEGEND_ROW * legendRows() + 10;
        int height = plotTop + PLOT_HEIGHT + BOTTOM;
        Scale x = new Scale(xRange[0], xRange[1], PLOT_LEFT, PLOT_RIGHT);
        Scale y = new Scale(yRange[0], yRange[1], plotTop + PLOT_HEIGHT, plotTop);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" width=\"100%\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(description)).append("\">");
        svg.append("<text class=\"chart-title\" x=\"0\" y=\"14\">").append(Html.escape(yTitle)).append("</text>");
        legend(svg);
        axes(svg, x, y, plotTop, height);
        svg.append("<svg x=\"").append(pct(PLOT_LEFT)).append("\" y=\"").append(plotTop).append("\" width=\"")
                .append(pct(PLOT_RIGHT - PLOT_LEFT)).append("\" height=\"").append(PLOT_HEIGHT)
                .append("\" viewBox=\"0 0 ").append(LINE_UNITS).append(' ').append(PLOT_HEIGHT)
                .append("\" preserveAspectRatio=\"none\" overflow=\"visible\">");
        Scale lineX = new Scale(xRange[0], xRange[1], 0, LINE_UNITS);
        Scale lineY = new Scale(yRange[0], yRange[1], PLOT_HEIGHT, 0);
        for (int i = 0; i < series.size(); i++) {
            polyline(svg, series.get(i), lineX, lineY, "chart-series-" + i);
        }
        svg.append("</svg>");
        for (int i = 0; i < markers.size(); i++) {
            double[] m = markers.get(i);
            svg.append("<circle class=\"chart-marker\" r=\"5\" cx=\"").append(pct(x.map(m[0]))).append("\" cy=\"")
                    .append(px(y.map(m[1]))).append("\"><title>").append(Html.escape(markerLabels.get(i)))
                    .append("</title></circle>");
        }
        return svg.append("</svg>").toString();
    }

    private int legendRows() {
        int rows = 0;
        for (String label : seriesLabels) {
            rows += label == null ? 0 : 1;
        }
        return rows;
    }

    /** Grid lines, tick labels (x below the plot, y above each grid line at the left edge) and the x title. */
    private void axes(StringBuilder svg, Scale x, Scale y, int plotTop, int height) {
        int plotBottom = plotTop + PLOT_HEIGHT;
        svg.append("<g class=\"chart-axis\">");
        for (double t : ticks(x.min, x.max)) {
            double at = x.map(t);
            // Labels at the edges are anchored inwards, so they are never cut off.
            String anchor = at < 8 ? "start" : at > 92 ? "end" : "middle";
            svg.append("<line class=\"chart-grid\" x1=\"").append(pct(at)).append("\" x2=\"").append(pct(at))
                    .append("\" y1=\"").append(plotTop).append("\" y2=\"").append(plotBottom).append("\"/>");
            svg.append("<text text-anchor=\"").append(anchor).append("\" x=\"").append(pct(at)).append("\" y=\"")
                    .append(plotBottom + 18).append("\">").append(Html.escape(xFormat.apply(t))).append("</text>");
        }
        for (double t : ticks(y.min, y.max)) {
            String py = px(y.map(t));
            svg.append("<line class=\"chart-grid\" x1=\"").append(pct(PLOT_LEFT)).append("\" x2=\"")
                    .append(pct(PLOT_RIGHT)).append("\" y1=\"").append(py).append("\" y2=\"").append(py).append("\"/>");
            svg.append("<text class=\"chart-tick-y\" text-anchor=\"end\" dx=\"-5\" x=\"").append(pct(PLOT_LEFT))
                    .append("\" y=\"").append(px(y.map(t) + 4)).append("\">").append(Html.escape(yFormat.apply(t)))
                    .append("</text>");
        }
        svg.append("<text class=\"chart-title\" text-anchor=\"middle\" x=\"50%\" y=\"").append(height - 6)
                .append("\">").append(Html.escape(xTitle)).append("</text></g>");
    }

    private void legend(StringBuilder svg) {
        int row = 0;
        for (int i = 0; i < seriesLabels.size(); i++) {
            if (seriesLabels.get(i) == null) {
                continue;
            }
            int y = TITLE_ROW + LEGEND_ROW * row++ + 12;
            svg.append("<line class=\"chart-series-").append(i).append("\" x1=\"0\" x2=\"24\" y1=\"").append(y - 4)
                    .append("\" y2=\"").append(y - 4).append("\"/><text class=\"chart-legend\" x=\"30\" y=\"")
                    .append(y).append("\">").append(Html.escape(seriesLabels.get(i))).append("</text>");
        }
    }

    private static void polyline(StringBuilder svg, double[][] points, Scale x, Scale y, String cssClass) {
        svg.append("<polyline class=\"").append(cssClass)
                .append("\" fill=\"none\" vector-effect=\"non-scaling-stroke\" points=\"");
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

    /** A percentage of the chart's width, as an SVG length. */
    static String pct(double v) {
        return Decimals.fixed(v, 2).replace(",", "") + "%";
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
