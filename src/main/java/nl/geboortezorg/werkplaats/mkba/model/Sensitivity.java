package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How the results move: at other discount rates, when each item is varied up and down (the
 * tornado, widest swing first), and the value of the most uncertain item at which the net present
 * value would be zero.
 */
public record Sensitivity(
        List<RateResult> rates, BigDecimal variationPercent, List<TornadoBar> tornado, Optional<BreakEven> breakEven) {

    public Sensitivity {
        rates = List.copyOf(rates);
        tornado = List.copyOf(tornado);
    }

    public record RateResult(BigDecimal ratePercent, Totals totals) {}

    /** Net present value with the item's amounts lowered and raised by the variation. */
    public record TornadoBar(LineItem item, BigDecimal lowered, BigDecimal raised) {

        public BigDecimal swing() {
            return raised.subtract(lowered).abs();
        }
    }

    /**
     * The factor on an item's amounts at which the net present value is zero, and what that means
     * in euros: for a run of equal amounts the yearly amount, for amounts per year their total.
     */
    public record BreakEven(LineItem item, BigDecimal factor, BigDecimal estimate, BigDecimal value, boolean yearly) {}
}
