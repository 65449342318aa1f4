package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Corrections to a line item's amounts, each a percentage from 0 to 100: what would have happened
 * anyway (deadweight), what is due to others (attribution), the expected optimism of the estimate
 * (optimism bias), and for benefits how much fades each year after their first (drop-off).
 */
public record Adjustments(BigDecimal deadweight, BigDecimal attribution, BigDecimal optimismBias, BigDecimal dropOff) {

    public static final Adjustments NONE =
            new Adjustments(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Adjustments {
        Objects.requireNonNull(deadweight, "deadweight");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(optimismBias, "optimismBias");
        Objects.requireNonNull(dropOff, "dropOff");
    }

    /** (1 − deadweight) × (1 − attribution) × (1 − optimism bias). */
    BigDecimal factor() {
        return Money.remaining(deadweight)
                .multiply(Money.remaining(attribution), Money.CONTEXT)
                .multiply(Money.remaining(optimismBias), Money.CONTEXT);
    }
}
