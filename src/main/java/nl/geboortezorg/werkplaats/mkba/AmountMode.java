package nl.geboortezorg.werkplaats.mkba;

/** How a line item's amounts are entered: one amount for a run of years, or an amount per year. */
public enum AmountMode {
    CONSTANT,
    PER_YEAR
}
