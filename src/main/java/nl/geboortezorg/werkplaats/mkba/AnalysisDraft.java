package nl.geboortezorg.werkplaats.mkba;

import java.math.BigDecimal;
import nl.geboortezorg.werkplaats.mkba.model.Limits;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.jspecify.annotations.Nullable;

/**
 * The heading of an analysis as typed: what it is about, its years, the discount rate (percent,
 * real), an optional extra rate for the sensitivity table, the variation of the tornado view and
 * who may read it once published.
 */
public record AnalysisDraft(
        String title,
        String description,
        Integer baseYear,
        Integer horizonYears,
        Integer priceLevelYear,
        BigDecimal discountRate,
        @Nullable BigDecimal customRate,
        BigDecimal variationPercent,
        PublicationLevel level) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** A new analysis starting in the given year: ten years at the standard rate, readable in the region. */
    public static AnalysisDraft startingIn(int year) {
        return new AnalysisDraft(
                "",
                "",
                year,
                10,
                year,
                Limits.STANDARD_DISCOUNT_RATE,
                null,
                Limits.DEFAULT_VARIATION,
                PublicationLevel.REGION);
    }
}
