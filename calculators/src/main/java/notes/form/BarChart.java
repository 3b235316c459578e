package notes.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A horizontal bar chart as SVG markup: one bar per value, its label above it and the value written at its end.
 * Fluid like {@link LineChart}: no viewBox, bar lengths in percent of the width and everything else in CSS px, so
 * the labels keep the style sheet's size at any width.
 */
public final class BarChart {
    /** The longest bar, in percent of the width: the rest is room for the value written after it. */
    private static final double LONGEST = 72;
    /** One row: the label line, then the bar, in CSS px. */
    private static final int ROW = 44;
    private static final int BAR = 16;

    private final String description;
    private final List<String> labels = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private DoubleFunction<String> format = v -> Decimals.fixed(v, 0);

    public BarChart(String description) {
        this.description = description;
    }

    public BarChart bar(String label, double value) {
        labels.add(label);
        values.add(value);
        return this;
    }

    public BarChart format(DoubleFunction<String> format) {
        this.format = format;
        return this;
    }

    /** The chart as an {@code <svg>} element (fluid width, fixed height in CSS px). */
    public String svg() {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        int height = ROW * values.size() + 4;
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" width=\"100%\" height=\"" + height
                + "\" role=\"img\" aria-label=\"" + Html.escape(description) + "\">");
        for (int i = 0; i < values.size(); i++) {
            double length = max > 0 ? LONGEST * values.get(i) / max : 0;
            int top = ROW * i;
            svg.append("<text x=\"0\" y=\"").append(top + 15).append("\">").append(Html.escape(labels.get(i)))
                    .append("</text>")
                    .append("<rect class=\"chart-bar-").append(i).append("\" x=\"0\" y=\"").append(top + 21)
                    .append("\" height=\"").append(BAR).append("\" width=\"").append(LineChart.pct(length))
                    .append("\"/>")
                    .append("<text x=\"").append(LineChart.pct(length)).append("\" dx=\"6\" y=\"").append(top + 34)
                    .append("\">").append(Html.escape(format.apply(values.get(i)))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
