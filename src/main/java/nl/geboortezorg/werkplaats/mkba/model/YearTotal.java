package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;

/**
 * One year of a group of items: adjusted costs and benefits, the same discounted, the discounted
 * net (benefits − costs) and that net summed from the base year to this year.
 */
public record YearTotal(
        int year,
        BigDecimal costs,
        BigDecimal benefits,
        BigDecimal discountedCosts,
        BigDecimal discountedBenefits,
        BigDecimal discountedNet,
        BigDecimal cumulativeDiscountedNet) {}
