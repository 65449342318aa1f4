package nl.geboortezorg.werkplaats.mkba;

/** A benefit a bottleneck may block, with the analysis it is part of and whether the bottleneck blocks it. */
public record BenefitChoice(
        long lineItemId,
        String description,
        long analysisId,
        String analysisTitle,
        String regionName,
        boolean blocked) {}
