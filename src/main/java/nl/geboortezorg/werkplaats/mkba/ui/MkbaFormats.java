package nl.geboortezorg.werkplaats.mkba.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.geboortezorg.werkplaats.mkba.model.Payback;

/**
 * Money, percentages and ratios as Dutch readers expect them (€ 1.234.567, 2,25%), in English
 * with the English separators. Values are rounded here, for display only, half away from zero as
 * a spreadsheet does, so that a checked sum matches.
 */
final class MkbaFormats {

    private MkbaFormats() {}

    private static DecimalFormat format(String pattern, Locale locale) {
        DecimalFormat format = new DecimalFormat(
                pattern,
                DecimalFormatSymbols.getInstance(
                        locale.getLanguage().equals("en") ? Locale.UK : Locale.of("nl", "NL")));
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setParseBigDecimal(true);
        return format;
    }

    /** Whole euros: € 1.234 or € −1.234. */
    static String euros(BigDecimal value, Locale locale) {
        String number = format("#,##0", locale)
                .format(value.setScale(0, RoundingMode.HALF_UP).abs());
        return (value.setScale(0, RoundingMode.HALF_UP).signum() < 0 ? "€ −" : "€ ") + number;
    }

    /** Euros and cents: € 1.234,56. */
    static String cents(BigDecimal value, Locale locale) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        return (rounded.signum() < 0 ? "€ −" : "€ ")
                + format("#,##0.00", locale).format(rounded.abs());
    }

    /** A percentage as entered: 2,25%. */
    static String percent(BigDecimal value, Locale locale) {
        return format("0.####", locale).format(value) + "%";
    }

    /** A yearly change with its sign: +2,5% or −2,5%. */
    static String signedPercent(BigDecimal value, Locale locale) {
        return (value.signum() < 0 ? "−" : "+") + percent(value.abs(), locale);
    }

    /** A factor as a share with one decimal: 0.6032 → 60,3%. */
    static String share(BigDecimal factor, Locale locale) {
        return (factor.signum() < 0 ? "−" : "")
                + format("#,##0.0", locale).format(factor.abs().movePointRight(2)) + "%";
    }

    /** The benefit-cost ratio with two decimals, or a dash when there are no costs. */
    static String ratio(Optional<BigDecimal> ratio, Locale locale) {
        return ratio.map(r -> format("0.00", locale).format(r)).orElse("–");
    }

    /** The payback year, or in words why there is none: nothing to pay back, or not within the horizon. */
    static String payback(Payback payback, Function<String, String> translate) {
        return switch (payback.kind()) {
            case IN_YEAR -> String.valueOf(payback.year().orElseThrow());
            case NEVER_BELOW_ZERO -> translate.apply("mkba.payback-not-needed");
            case NOT_WITHIN_HORIZON -> translate.apply("mkba.payback-none");
        };
    }
}
