package nl.geboortezorg.werkplaats.mkba;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the benefits a bottleneck blocks are worth: the sum of their present values (each in its
 * own analysis' base year and discount rate), counted over the analyses the reader may read.
 * Scenarios are left out, since they are alternatives of an analysis, not additions to it.
 *
 * @param presentValue the summed present value in euros
 * @param benefits how many blocked benefits it sums
 * @param analyses in how many analyses they are
 */
public record BlockedValue(BigDecimal presentValue, int benefits, int analyses) {

    public static final BlockedValue NONE = new BlockedValue(BigDecimal.ZERO, 0, 0);

    /** What the benefits together are worth. */
    public static BlockedValue of(List<BlockedBenefit> benefits) {
        return new BlockedValue(
                benefits.stream().map(BlockedBenefit::presentValue).reduce(BigDecimal.ZERO, BigDecimal::add),
                benefits.size(),
                (int) benefits.stream()
                        .map(BlockedBenefit::analysisId)
                        .distinct()
                        .count());
    }

    /** Whether it blocks no benefit the reader can see. */
    public boolean none() {
        return benefits == 0;
    }
}
