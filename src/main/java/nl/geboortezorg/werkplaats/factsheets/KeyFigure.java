package nl.geboortezorg.werkplaats.factsheets;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A number from the results: for example "Gezinnen begeleid: 128 (2025)". Unit and year are optional. */
public record KeyFigure(
        @Nullable String label,
        @Nullable BigDecimal value,
        @Nullable String unit,
        @Nullable Integer year) {

    public static final int LABEL_MAX = 100;
    public static final int UNIT_MAX = 30;
    public static final int MAX_COUNT = 12;
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;
    /** At most 13 digits before the decimal comma and 2 after, as stored. */
    public static final BigDecimal MAX_VALUE = new BigDecimal("9999999999999.99");

    /** The value as the Dutch write it: a decimal comma and points between thousands ("1.234,5"). */
    public String dutchValue() {
        DecimalFormat format =
                new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return format.format(value);
    }

    /** "Gezinnen begeleid: 128 gezinnen (2025)": the figure as one line of text. */
    public String asText() {
        return label + ": " + dutchValue() + (unit == null ? "" : " " + unit) + (year == null ? "" : " (" + year + ")");
    }
}
