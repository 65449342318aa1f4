package nl.geboortezorg.werkplaats.mkba.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The charts' labels as drawn: never on top of one another, however long the horizon. */
class SvgChartsTest {

    /** A digit of a 12-pixel sans-serif font is about 0.64 of its size wide (DejaVu Sans, Arial: 0.56–0.64). */
    private static final double DIGIT = 12 * 0.64;

    private static final Pattern YEAR =
            Pattern.compile("<text class=\"tick year\" x=\"([0-9.]+)\"[^>]*>([^<]*)</text>");

    private static String chart(int years) {
        List<SvgCharts.Point> points = IntStream.rangeClosed(0, years)
                .mapToObj(i ->
                        new SvgCharts.Point(String.valueOf(2025 + i), BigDecimal.valueOf(-1_000_000L + i * 123_456L)))
                .toList();
        return SvgCharts.line("Netto", "Over de jaren", points, value -> "€ " + value.toPlainString());
    }

    private record Label(double x, String text) {}

    private static List<Label> years(String svg) {
        List<Label> labels = new ArrayList<>();
        Matcher matcher = YEAR.matcher(svg);
        while (matcher.find()) {
            labels.add(new Label(Double.parseDouble(matcher.group(1)), matcher.group(2)));
        }
        return labels;
    }

    @Test
    void year_labels_of_a_thirty_year_horizon_stay_a_label_width_apart() {
        List<Label> labels = years(chart(30));

        assertThat(labels).hasSizeGreaterThanOrEqualTo(5);
        assertThat(labels.getFirst().text()).isEqualTo("2025");
        assertThat(labels.getLast().text()).as("the horizon's last year").isEqualTo("2055");
        for (int i = 1; i < labels.size(); i++) {
            Label before = labels.get(i - 1);
            Label after = labels.get(i);
            // Both centred on their x: they touch when their centres are less than a label apart.
            double width = Math.max(before.text().length(), after.text().length()) * DIGIT;
            assertThat(after.x() - before.x())
                    .as("space between %s and %s", before.text(), after.text())
                    .isGreaterThanOrEqualTo(width);
        }
    }

    @Test
    void labels_are_thinned_only_as_far_as_the_width_needs() {
        assertThat(years(chart(10))).as("eleven years fit, each labelled").hasSize(11);
        List<Label> thirty = years(chart(30));
        double step = (thirty.getLast().x() - thirty.getFirst().x()) / 30;
        assertThat(thirty)
                .as("every 5th year of 31, each about 18 pixels apart")
                .extracting(Label::text)
                .containsExactly("2025", "2030", "2035", "2040", "2045", "2050", "2055");
        assertThat(step).isLessThan(4 * DIGIT);
    }

    @Test
    void the_last_year_replaces_the_one_before_it_when_they_would_touch() {
        boolean[] shown = SvgCharts.spaced(
                IntStream.rangeClosed(2025, 2056).mapToObj(String::valueOf).toList(), 540.0 / 31, 1);

        assertThat(shown[31]).as("the horizon's last year").isTrue();
        assertThat(shown[30]).as("2055, one step before it").isFalse();
        assertThat(shown[25]).isTrue();
    }
}
