package nl.geboortezorg.werkplaats.mkba.model;

/** What kind of value a line item is: money that can be taken out of a budget, or not, or wider value. */
public enum ValueType {
    FISCAL_CASHABLE,
    FISCAL_NON_CASHABLE,
    ECONOMIC,
    SOCIAL
}
