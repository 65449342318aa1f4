package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;

/**
 * One year of one line item: the amount as entered (with growth), after adjustments, and
 * discounted to the base year.
 */
public record YearFlow(int year, BigDecimal nominal, BigDecimal adjusted, BigDecimal discounted) {}
