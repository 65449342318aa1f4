package nl.geboortezorg.werkplaats.anchoring.ui;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.NationalOverview;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.common.ui.SvgIds;
import nl.geboortezorg.werkplaats.common.ui.Translator;

/**
 * The national view as an SVG drawn on the server: per dimension a scale from 1 to 5, a line from
 * the lowest to the highest regional score, a tick per region and a diamond with its number for
 * the average. Shapes and numbers carry the meaning, not colour.
 */
final class AnchoringChart {

    private static final int WIDTH = 720;
    private static final int LEFT = 210;
    private static final int RIGHT = 40;
    private static final int ROW = 44;
    private static final int TOP = 40;

    private AnchoringChart() {}

    static String svg(NationalOverview overview, Translator t, Locale locale) {
        int height = TOP + Dimension.values().length * ROW + 30;
        // Ids of the page the chart is shown on: a prefix of its own keeps them apart from other charts'.
        String ids = SvgIds.prefix();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"anchoring-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" style=\"max-width: 100%; height: auto\" font-size=\"13\" aria-labelledby=\"")
                .append(ids)
                .append("t ")
                .append(ids)
                .append("d\">")
                .append("<title id=\"")
                .append(ids)
                .append("t\">")
                .append(Texts.escapeMarkup(t.translate("anchoring.chart")))
                .append("</title>")
                .append("<desc id=\"")
                .append(ids)
                .append("d\">")
                .append(Texts.escapeMarkup(t.translate("anchoring.chart-description")))
                .append("</desc>");
        // Legend and scale.
        svg.append("<line x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(LEFT + 30)
                .append("\" y1=\"14\" y2=\"14\" ")
                .append("stroke=\"currentColor\" stroke-width=\"4\"/><text x=\"")
                .append(LEFT + 36)
                .append("\" y=\"18\">")
                .append(Texts.escapeMarkup(t.translate("anchoring.chart-range")))
                .append("</text>")
                .append(diamond(LEFT + 250, 14))
                .append("<text x=\"")
                .append(LEFT + 262)
                .append("\" y=\"18\">")
                .append(Texts.escapeMarkup(t.translate("anchoring.chart-average")))
                .append("</text>");
        for (int level = 1; level <= 5; level++) {
            double x = x(level);
            svg.append("<line class=\"grid\" x1=\"")
                    .append(fmt(x))
                    .append("\" x2=\"")
                    .append(fmt(x))
                    .append("\" y1=\"")
                    .append(TOP)
                    .append("\" y2=\"")
                    .append(height - 26)
                    .append("\" stroke=\"currentColor\" stroke-opacity=\"0.2\"/>")
                    .append("<text class=\"tick\" x=\"")
                    .append(fmt(x))
                    .append("\" y=\"")
                    .append(height - 8)
                    .append("\" text-anchor=\"middle\">")
                    .append(level)
                    .append("</text>");
        }
        int y = TOP + ROW / 2;
        for (Dimension dimension : Dimension.values()) {
            svg.append("<text class=\"label\" x=\"")
                    .append(LEFT - 12)
                    .append("\" y=\"")
                    .append(y + 4)
                    .append("\" text-anchor=\"end\">")
                    .append(Texts.escapeMarkup(t.translate("anchoring-dimension." + dimension.name())))
                    .append("</text>");
            List<Integer> scores = overview.regions().stream()
                    .map(r -> r.scores().get(dimension))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            if (!scores.isEmpty()) {
                int min = scores.stream().mapToInt(Integer::intValue).min().orElseThrow();
                int max = scores.stream().mapToInt(Integer::intValue).max().orElseThrow();
                svg.append("<line class=\"range\" x1=\"")
                        .append(fmt(x(min)))
                        .append("\" x2=\"")
                        .append(fmt(x(max)))
                        .append("\" y1=\"")
                        .append(y)
                        .append("\" y2=\"")
                        .append(y)
                        .append("\" stroke=\"currentColor\" stroke-width=\"4\"/>");
                for (int score : scores) {
                    svg.append("<line class=\"region\" x1=\"")
                            .append(fmt(x(score)))
                            .append("\" x2=\"")
                            .append(fmt(x(score)))
                            .append("\" y1=\"")
                            .append(y - 10)
                            .append("\" y2=\"")
                            .append(y + 10)
                            .append("\" stroke=\"currentColor\" stroke-width=\"2\"/>");
                }
                OptionalDouble average = overview.average(dimension);
                double ax = x(average.orElseThrow());
                svg.append(diamond(ax, y))
                        .append("<text class=\"value\" x=\"")
                        .append(fmt(ax))
                        .append("\" y=\"")
                        .append(y - 14)
                        .append("\" text-anchor=\"middle\">")
                        .append(String.format(locale, "%.1f", average.orElseThrow()))
                        .append("</text>");
            }
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String diamond(double x, double y) {
        return "<path class=\"average\" d=\"M" + fmt(x) + " " + fmt(y - 8) + " L" + fmt(x + 8) + " " + fmt(y) + " L"
                + fmt(x) + " " + fmt(y + 8) + " L" + fmt(x - 8) + " " + fmt(y) + " Z\" fill=\"white\" "
                + "stroke=\"currentColor\" stroke-width=\"2.5\"/>";
    }

    private static double x(double level) {
        return LEFT + (level - 1) / 4 * (WIDTH - LEFT - RIGHT);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
