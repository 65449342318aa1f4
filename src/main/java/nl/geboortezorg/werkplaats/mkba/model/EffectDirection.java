package nl.geboortezorg.werkplaats.mkba.model;

/** The direction of an effect that cannot be priced, from clearly negative (−−) to clearly positive (++). */
public enum EffectDirection {
    VERY_NEGATIVE("−−"),
    NEGATIVE("−"),
    NEUTRAL("0"),
    POSITIVE("+"),
    VERY_POSITIVE("++");

    private final String symbol;

    EffectDirection(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol an economist writes in a table of unpriced effects. */
    public String symbol() {
        return symbol;
    }
}
