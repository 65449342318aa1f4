package nl.geboortezorg.werkplaats.mkba.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.common.ui.SvgIds;

/**
 * Charts drawn on the server as SVG: no script, nothing fetched, the same picture in the browser
 * and in the PDF. Every chart carries a title and a description for screen readers, and tells its
 * series apart by shape, pattern and direct labels, never by colour alone.
 */
final class SvgCharts {

    static final int WIDTH = 720;
    private static final int LEFT = 150;
    private static final int RIGHT = 30;
    private static final int TOP = 34;
    /**
     * The widest a character of the chart's 12-pixel font is drawn (digits are about 0.64 of the
     * font size in the usual sans-serif fonts; the euro sign and capitals a little wider).
     */
    static final double CHARACTER = 8;
    /** The space kept between two labels on the x axis. */
    static final double GAP = 8;

    private SvgCharts() {}

    /** A point of a line: its label on the x axis and its value. */
    record Point(String label, BigDecimal value) {}

    /** A pair of bars for one group: costs (hatched) and benefits (solid). */
    record Pair(String label, BigDecimal costs, BigDecimal benefits) {}

    /** A tornado bar: the result with the item lowered and raised. */
    record Swing(String label, BigDecimal lowered, BigDecimal raised) {}

    /**
     * A line with a marker and a value label at every point, and a dashed zero line, for the
     * cumulative discounted net over the years.
     */
    static String line(String title, String description, List<Point> points, Function<BigDecimal, String> money) {
        int height = 300;
        int bottom = height - 44;
        Scale y = Scale.of(points.stream().map(Point::value).toList(), TOP + 16, bottom - 12);
        StringBuilder svg = open(title, description, height);
        axis(svg, y, bottom, money);
        double step = points.size() <= 1 ? 0 : (double) (WIDTH - LEFT - RIGHT) / (points.size() - 1);
        boolean[] yearShown = spaced(points.stream().map(Point::label).toList(), step, 1);
        // The first and last amounts lean inwards (below), so they need half a label more room.
        boolean[] valueShown =
                spaced(points.stream().map(p -> money.apply(p.value())).toList(), step, 1.5);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = LEFT + (points.size() == 1 ? (WIDTH - LEFT - RIGHT) / 2.0 : i * step);
            double py = y.at(points.get(i).value());
            path.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(py));
            if (!yearShown[i]) {
                continue;
            }
            svg.append("<text class=\"tick year\" x=\"")
                    .append(fmt(x))
                    .append("\" y=\"")
                    .append(bottom + 18)
                    .append("\" text-anchor=\"middle\">")
                    .append(Texts.escapeMarkup(points.get(i).label()))
                    .append("</text>");
        }
        svg.append("<path class=\"series\" d=\"")
                .append(path)
                .append("\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.5\"/>");
        for (int i = 0; i < points.size(); i++) {
            double x = LEFT + (points.size() == 1 ? (WIDTH - LEFT - RIGHT) / 2.0 : i * step);
            BigDecimal value = points.get(i).value();
            double py = y.at(value);
            // Below zero a hollow square, at or above zero a filled circle: readable without colour.
            if (value.signum() < 0) {
                svg.append("<rect class=\"marker below\" x=\"")
                        .append(fmt(x - 4))
                        .append("\" y=\"")
                        .append(fmt(py - 4))
                        .append(
                                "\" width=\"8\" height=\"8\" fill=\"white\" stroke=\"currentColor\" stroke-width=\"2\"/>");
            } else {
                svg.append("<circle class=\"marker above\" cx=\"")
                        .append(fmt(x))
                        .append("\" cy=\"")
                        .append(fmt(py))
                        .append("\" r=\"4.5\" fill=\"currentColor\"/>");
            }
            if (valueShown[i]) {
                // The first and last labels lean inwards, so that they stay inside the picture.
                String anchor = points.size() > 1 && i == 0
                        ? "start"
                        : points.size() > 1 && i == points.size() - 1 ? "end" : "middle";
                svg.append("<text class=\"value\" x=\"")
                        .append(fmt(x))
                        .append("\" y=\"")
                        .append(fmt(py - 10))
                        .append("\" text-anchor=\"")
                        .append(anchor)
                        .append("\">")
                        .append(Texts.escapeMarkup(money.apply(value)))
                        .append("</text>");
            }
        }
        return finish(svg);
    }

    /**
     * Which of the labels, set one step apart along the x axis, are written: every one when they
     * fit, otherwise every 2nd, 5th, 10th, 20th and so on, the fewest left out so that the labels
     * stay the widest one's width (times the factor) plus a gap apart; the first always, and the
     * last in place of the one before it when those two would touch.
     */
    static boolean[] spaced(List<String> labels, double step, double widths) {
        boolean[] shown = new boolean[labels.size()];
        if (labels.isEmpty()) {
            return shown;
        }
        double room = labels.stream().mapToInt(String::length).max().orElse(0) * CHARACTER * widths + GAP;
        int stride = 1;
        for (int scale = 1; stride * step < room && stride < labels.size(); scale *= 10) {
            for (int multiple : new int[] {1, 2, 5}) {
                stride = multiple * scale;
                if (stride * step >= room) {
                    break;
                }
            }
        }
        int last = labels.size() - 1;
        for (int i = 0; i <= last; i += stride) {
            shown[i] = true;
        }
        int previous = last - last % stride;
        if (previous != last && (last - previous) * step < room) {
            shown[previous] = previous == 0;
            shown[last] = previous != 0;
        } else {
            shown[last] = true;
        }
        return shown;
    }

    /** Per group a hatched bar for costs and a solid bar for benefits, each with its amount. */
    static String pairs(
            String title,
            String description,
            List<Pair> pairs,
            String costsLabel,
            String benefitsLabel,
            Function<BigDecimal, String> money) {
        int rowHeight = 54;
        int height = TOP + 30 + pairs.size() * rowHeight + 10;
        BigDecimal max = pairs.stream()
                .flatMap(p ->
                        java.util.stream.Stream.of(p.costs().abs(), p.benefits().abs()))
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        double scale = max.signum() == 0 ? 0 : (WIDTH - LEFT - RIGHT - 120) / max.doubleValue();
        StringBuilder svg = open(title, description, height);
        legend(svg, costsLabel, benefitsLabel);
        int y = TOP + 30;
        for (Pair pair : pairs) {
            svg.append("<text class=\"label\" x=\"")
                    .append(LEFT - 8)
                    .append("\" y=\"")
                    .append(y + 24)
                    .append("\" text-anchor=\"end\">")
                    .append(Texts.escapeMarkup(shorten(pair.label(), 20)))
                    .append("</text>");
            bar(
                    svg,
                    "costs",
                    LEFT,
                    y + 2,
                    pair.costs().abs().doubleValue() * scale,
                    20,
                    true,
                    money.apply(pair.costs()));
            bar(
                    svg,
                    "benefits",
                    LEFT,
                    y + 26,
                    pair.benefits().abs().doubleValue() * scale,
                    20,
                    false,
                    money.apply(pair.benefits()));
            y += rowHeight;
        }
        return finish(svg);
    }

    /**
     * The tornado: per item a bar from the result with the item lowered (hatched) to the result with
     * it raised (solid), around a dashed line at the result as estimated; the widest first.
     */
    static String tornado(
            String title,
            String description,
            BigDecimal base,
            List<Swing> swings,
            String lowerLabel,
            String raiseLabel,
            Function<BigDecimal, String> money) {
        int rowHeight = 34;
        int height = TOP + 30 + swings.size() * rowHeight + 40;
        List<BigDecimal> values = new java.util.ArrayList<>(List.of(base));
        swings.forEach(s -> {
            values.add(s.lowered());
            values.add(s.raised());
        });
        Scale x = Scale.of(values, LEFT + 60, WIDTH - RIGHT - 60);
        StringBuilder svg = open(title, description, height);
        legend(svg, lowerLabel, raiseLabel);
        int y = TOP + 30;
        double baseX = x.along(base);
        for (Swing swing : swings) {
            svg.append("<text class=\"label\" x=\"")
                    .append(LEFT - 8)
                    .append("\" y=\"")
                    .append(y + 17)
                    .append("\" text-anchor=\"end\">")
                    .append(Texts.escapeMarkup(shorten(swing.label(), 20)))
                    .append("</text>");
            double low = x.along(swing.lowered());
            double high = x.along(swing.raised());
            segment(svg, "lowered", baseX, low, y + 4, true);
            segment(svg, "raised", baseX, high, y + 4, false);
            label(svg, low, high, y + 17, money.apply(swing.lowered()));
            label(svg, high, low, y + 17, money.apply(swing.raised()));
            y += rowHeight;
        }
        svg.append("<line class=\"base\" x1=\"")
                .append(fmt(baseX))
                .append("\" x2=\"")
                .append(fmt(baseX))
                .append("\" y1=\"")
                .append(TOP + 24)
                .append("\" y2=\"")
                .append(y)
                .append("\" stroke=\"currentColor\" stroke-dasharray=\"4 3\"/>");
        svg.append("<text class=\"tick\" x=\"")
                .append(fmt(baseX))
                .append("\" y=\"")
                .append(y + 16)
                .append("\" text-anchor=\"middle\">")
                .append(Texts.escapeMarkup(money.apply(base)))
                .append("</text>");
        return finish(svg);
    }

    private static void segment(StringBuilder svg, String kind, double from, double to, int y, boolean hatched) {
        double left = Math.min(from, to);
        double width = Math.max(Math.abs(to - from), 1);
        svg.append("<rect class=\"")
                .append(kind)
                .append("\" x=\"")
                .append(fmt(left))
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(fmt(width))
                .append("\" height=\"18\" fill=\"")
                .append(hatched ? "url(#hatch)" : "currentColor")
                .append("\" stroke=\"currentColor\"/>");
    }

    private static void label(StringBuilder svg, double at, double other, int y, String text) {
        boolean right = at >= other;
        svg.append("<text class=\"value\" x=\"")
                .append(fmt(right ? at + 6 : at - 6))
                .append("\" y=\"")
                .append(y)
                .append("\" text-anchor=\"")
                .append(right ? "start" : "end")
                .append("\">")
                .append(Texts.escapeMarkup(text))
                .append("</text>");
    }

    private static void bar(
            StringBuilder svg,
            String kind,
            double x,
            double y,
            double width,
            int height,
            boolean hatched,
            String text) {
        svg.append("<rect class=\"")
                .append(kind)
                .append("\" x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(fmt(y))
                .append("\" width=\"")
                .append(fmt(Math.max(width, 1)))
                .append("\" height=\"")
                .append(height)
                .append("\" fill=\"")
                .append(hatched ? "url(#hatch)" : "currentColor")
                .append("\" stroke=\"currentColor\"/>");
        svg.append("<text class=\"value\" x=\"")
                .append(fmt(x + Math.max(width, 1) + 6))
                .append("\" y=\"")
                .append(fmt(y + height - 5))
                .append("\">")
                .append(Texts.escapeMarkup(text))
                .append("</text>");
    }

    private static void legend(StringBuilder svg, String hatchedLabel, String solidLabel) {
        svg.append("<g class=\"legend\"><rect x=\"")
                .append(LEFT)
                .append("\" y=\"6\" width=\"16\" height=\"12\" fill=\"url(#hatch)\" stroke=\"currentColor\"/>")
                .append("<text x=\"")
                .append(LEFT + 22)
                .append("\" y=\"16\">")
                .append(Texts.escapeMarkup(hatchedLabel))
                .append("</text>")
                .append("<rect x=\"")
                .append(LEFT + 240)
                .append("\" y=\"6\" width=\"16\" height=\"12\" fill=\"currentColor\"/>")
                .append("<text x=\"")
                .append(LEFT + 262)
                .append("\" y=\"16\">")
                .append(Texts.escapeMarkup(solidLabel))
                .append("</text></g>");
    }

    private static void axis(StringBuilder svg, Scale y, int bottom, Function<BigDecimal, String> money) {
        svg.append("<line class=\"axis\" x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(TOP)
                .append("\" y2=\"")
                .append(bottom)
                .append("\" stroke=\"currentColor\"/>");
        for (BigDecimal tick : List.of(y.min(), y.max())) {
            svg.append("<text class=\"tick\" x=\"")
                    .append(LEFT - 8)
                    .append("\" y=\"")
                    .append(fmt(y.at(tick) + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(Texts.escapeMarkup(money.apply(tick)))
                    .append("</text>");
        }
        double zero = y.at(BigDecimal.ZERO);
        svg.append("<line class=\"zero\" x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(WIDTH - RIGHT)
                .append("\" y1=\"")
                .append(fmt(zero))
                .append("\" y2=\"")
                .append(fmt(zero))
                .append("\" stroke=\"currentColor\" stroke-dasharray=\"5 4\"/>");
        svg.append("<text class=\"tick\" x=\"")
                .append(LEFT - 8)
                .append("\" y=\"")
                .append(fmt(zero + 4))
                .append("\" text-anchor=\"end\">")
                .append(Texts.escapeMarkup(money.apply(BigDecimal.ZERO)))
                .append("</text>");
    }

    /**
     * Closes the chart and gives its ids (title, description, hatch pattern) a prefix of its own,
     * so that charts shown together each keep theirs. The chart's texts are escaped, so the ids'
     * markup below occurs only where the chart itself wrote it.
     */
    private static String finish(StringBuilder svg) {
        String ids = SvgIds.prefix();
        return svg.append("</svg>")
                .toString()
                .replace("aria-labelledby=\"t d\"", "aria-labelledby=\"" + ids + "t " + ids + "d\"")
                .replace("<title id=\"t\">", "<title id=\"" + ids + "t\">")
                .replace("<desc id=\"d\">", "<desc id=\"" + ids + "d\">")
                .replace("<pattern id=\"hatch\"", "<pattern id=\"" + ids + "hatch\"")
                .replace("url(#hatch)", "url(#" + ids + "hatch)");
    }

    private static StringBuilder open(String title, String description, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mkba-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" style=\"max-width: 100%; height: auto\" font-size=\"12\" aria-labelledby=\"t d\">")
                .append("<title id=\"t\">")
                .append(Texts.escapeMarkup(title))
                .append("</title>")
                .append("<desc id=\"d\">")
                .append(Texts.escapeMarkup(description))
                .append("</desc>")
                .append("<defs><pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"white\"/>")
                .append(
                        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"currentColor\" stroke-width=\"2.5\"/></pattern></defs>");
        return svg;
    }

    /** Maps values onto a span of pixels; on the y axis the larger value is higher (a smaller pixel). */
    private record Scale(BigDecimal min, BigDecimal max, double from, double to) {

        static Scale of(List<BigDecimal> values, double from, double to) {
            BigDecimal min = values.stream()
                    .min(BigDecimal::compareTo)
                    .orElse(BigDecimal.ZERO)
                    .min(BigDecimal.ZERO);
            BigDecimal max = values.stream()
                    .max(BigDecimal::compareTo)
                    .orElse(BigDecimal.ZERO)
                    .max(BigDecimal.ZERO);
            if (min.compareTo(max) == 0) {
                max = min.add(BigDecimal.ONE);
            }
            return new Scale(min, max, from, to);
        }

        private double share(BigDecimal value) {
            return value.subtract(min)
                    .divide(max.subtract(min), MathContext.DECIMAL64)
                    .doubleValue();
        }

        /** On the y axis (from = top, to = bottom): the maximum at the top. */
        double at(BigDecimal value) {
            return to - share(value) * (to - from);
        }

        /** On the x axis (from = left, to = right): the minimum on the left. */
        double along(BigDecimal value) {
            return from + share(value) * (to - from);
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
