package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The results of a group of items (all, one stakeholder's, one funding stream's): present value of
 * costs and of benefits, net present value, benefit-cost ratio (none when there are no costs) and
 * payback year (the first year in which the cumulative discounted net is zero or more; none when
 * that never happens within the horizon).
 */
public record Totals(
        BigDecimal presentCosts,
        BigDecimal presentBenefits,
        BigDecimal netPresentValue,
        Optional<BigDecimal> benefitCostRatio,
        OptionalInt paybackYear,
        List<YearTotal> years) {

    public Totals {
        years = List.copyOf(years);
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
