package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The results of a group of items (all, one stakeholder's, one funding stream's): present value of
 * costs and of benefits, net present value, benefit-cost ratio (none when there are no costs) and
 * payback (see {@link Payback}).
 */
public record Totals(
        BigDecimal presentCosts,
        BigDecimal presentBenefits,
        BigDecimal netPresentValue,
        Optional<BigDecimal> benefitCostRatio,
        Payback payback,
        List<YearTotal> years) {

    public Totals {
        years = List.copyOf(years);
    }

    /** The year of the payback, if it pays back within the horizon after having been below zero. */
    public OptionalInt paybackYear() {
        return payback.year();
    }

    /** Whether this group gains (net present value above zero). */
    public boolean gains() {
        return netPresentValue.signum() > 0;
    }

    /** Whether this group loses (net present value below zero). */
    public boolean loses() {
        return netPresentValue.signum() < 0;
    }
}
