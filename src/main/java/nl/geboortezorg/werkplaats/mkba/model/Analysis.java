package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * What the calculation needs of an analysis: the base year (t = 0), the horizon in years (the base
 * year and the years after it), the real discount rate in percent, the stakeholders and the line
 * items. Amounts are in euros at one price level; the model does not inflate.
 */
public record Analysis(
        int baseYear,
        int horizonYears,
        BigDecimal discountRatePercent,
        List<Stakeholder> stakeholders,
        List<LineItem> items) {

    public Analysis {
        Objects.requireNonNull(discountRatePercent, "discountRatePercent");
        stakeholders = List.copyOf(stakeholders);
        items = List.copyOf(items);
        if (horizonYears < 1) {
            throw new IllegalArgumentException("horizon of " + horizonYears + " years");
        }
    }

    /** The last year within the horizon. */
    public int lastYear() {
        return baseYear + horizonYears - 1;
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(baseYear, lastYear()).boxed().toList();
    }

    public Analysis withDiscountRate(BigDecimal ratePercent) {
        return new Analysis(baseYear, horizonYears, ratePercent, stakeholders, items);
    }

    /** This analysis with one item's amounts multiplied by a factor. */
    public Analysis withItemScaled(long itemId, BigDecimal factor) {
        return new Analysis(
                baseYear,
                horizonYears,
                discountRatePercent,
                stakeholders,
                items.stream()
                        .map(item -> item.id() == itemId ? item.scaled(factor) : item)
                        .toList());
    }

    /** This analysis with every amount multiplied by a factor. */
    public Analysis scaled(BigDecimal factor) {
        return new Analysis(
                baseYear,
                horizonYears,
                discountRatePercent,
                stakeholders,
                items.stream().map(item -> item.scaled(factor)).toList());
    }
}
