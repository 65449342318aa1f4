package nl.geboortezorg.werkplaats.mkba;

import java.math.BigDecimal;

/** One benefit a bottleneck blocks, in a base analysis the reader may read, with its present value. */
public record BlockedBenefit(
        long analysisId,
        String analysisTitle,
        String regionName,
        long lineItemId,
        String description,
        BigDecimal presentValue) {}
