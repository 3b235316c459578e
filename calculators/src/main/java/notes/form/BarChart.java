package notes.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/** A horizontal bar chart as SVG markup: one labelled bar per value, the value written at the bar's end. */
public final class BarChart {
    private static final int WIDTH = 640;
    private static final int LABEL = 150;
    private static final int ROW = 34;
    private static final int VALUE_SPACE = 120;

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

    public String svg() {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        int height = ROW * values.size() + 8;
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" role=\"img\" aria-label=\"" + Html.escape(description) + "\">");
        for (int i = 0; i < values.size(); i++) {
            double width = max > 0 ? (WIDTH - LABEL - VALUE_SPACE) * values.get(i) / max : 0;
            int y = 4 + ROW * i;
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 20)
                    .append("\" text-anchor=\"end\">").append(Html.escape(labels.get(i))).append("</text>")
                    .append("<rect class=\"chart-bar-").append(i).append("\" x=\"").append(LABEL).append("\" y=\"")
                    .append(y + 4).append("\" height=\"").append(ROW - 10).append("\" width=\"")
                    .append(Decimals.fixed(Math.max(width, 1), 1).replace(",", "")).append("\"/>")
                    .append("<text x=\"").append(Decimals.fixed(LABEL + width + 6, 1).replace(",", ""))
                    .append("\" y=\"").append(y + 20).append("\">").append(Html.escape(format.apply(values.get(i))))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
