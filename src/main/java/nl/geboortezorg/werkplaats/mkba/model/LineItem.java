package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A cost or benefit: who pays or receives it, what kind of value it is, its yearly amounts and the
 * adjustments that make the estimate honest, with the source it rests on and how sure it is.
 */
public record LineItem(
        long id,
        FlowKind kind,
        String description,
        long stakeholderId,
        ValueType valueType,
        Amounts amounts,
        Adjustments adjustments,
        String source,
        Confidence confidence) {

    public LineItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(adjustments, "adjustments");
        Objects.requireNonNull(confidence, "confidence");
        source = source == null ? "" : source;
    }

    /** The amount in a year after deadweight, attribution, optimism bias and, for a benefit, drop-off. */
    BigDecimal adjusted(int year) {
        BigDecimal nominal = amounts.in(year);
        if (nominal.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal adjusted = nominal.multiply(adjustments.factor(), Money.CONTEXT);
        if (kind == FlowKind.BENEFIT && adjustments.dropOff().signum() != 0) {
            int first = amounts.firstYear().orElse(year);
            adjusted = adjusted.multiply(
                    Money.remaining(adjustments.dropOff()).pow(year - first, Money.CONTEXT), Money.CONTEXT);
        }
        return adjusted;
    }

    /** This item with its amounts multiplied by a factor. */
    public LineItem scaled(BigDecimal factor) {
        return new LineItem(
                id,
                kind,
                description,
                stakeholderId,
                valueType,
                amounts.times(factor),
                adjustments,
                source,
                confidence);
    }
}
