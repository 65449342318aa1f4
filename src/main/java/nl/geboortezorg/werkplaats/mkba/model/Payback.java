package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;

/**
 * When an investment has paid itself back: the first year from which the cumulative discounted net
 * stays at or above zero, after it has been below zero. Where the cumulative net is never below
 * zero there is nothing to pay back; where it ends below zero the payback lies beyond the horizon.
 * A cumulative net that recovers and then falls below zero again has not paid back until it
 * recovers for good.
 */
public record Payback(Kind kind, OptionalInt year) {

    public enum Kind {
        /** Paid back in {@link #year()}. */
        IN_YEAR,
        /** The cumulative net is never below zero: no investment to pay back. */
        NEVER_BELOW_ZERO,
        /** The cumulative net is below zero at the end of the horizon. */
        NOT_WITHIN_HORIZON
    }

    public Payback {
        if ((kind == Kind.IN_YEAR) != year.isPresent()) {
            throw new IllegalArgumentException("A year goes with a payback in that year only: " + kind);
        }
    }

    /** The payback of the cumulative discounted net of each year of the horizon, in order. */
    static Payback of(List<Integer> years, List<BigDecimal> cumulativeNet) {
        int lastBelowZero = -1;
        for (int index = 0; index < cumulativeNet.size(); index++) {
            if (cumulativeNet.get(index).signum() < 0) {
                lastBelowZero = index;
            }
        }
        if (lastBelowZero < 0) {
            return new Payback(Kind.NEVER_BELOW_ZERO, OptionalInt.empty());
        }
        if (lastBelowZero == cumulativeNet.size() - 1) {
            return new Payback(Kind.NOT_WITHIN_HORIZON, OptionalInt.empty());
        }
        return new Payback(Kind.IN_YEAR, OptionalInt.of(years.get(lastBelowZero + 1)));
    }
}
