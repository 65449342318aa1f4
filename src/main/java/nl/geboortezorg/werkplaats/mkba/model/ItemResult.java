package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;
import java.util.List;

/** A line item's flows over the horizon and their present value (positive for ordinary costs and benefits). */
public record ItemResult(LineItem item, List<YearFlow> years, BigDecimal presentValue) {

    public ItemResult {
        years = List.copyOf(years);
    }

    /** What this item adds to the net present value: its present value, negative for a cost. */
    public BigDecimal netContribution() {
        return item.kind() == FlowKind.COST ? presentValue.negate() : presentValue;
    }
}
