package nl.geboortezorg.werkplaats.mkba;

import java.time.Instant;
import nl.geboortezorg.werkplaats.security.PublicationLevel;

/** An analysis in a list. */
public record AnalysisSummary(
        long id,
        long regionId,
        String regionName,
        String title,
        AnalysisState state,
        PublicationLevel level,
        int baseYear,
        int horizonYears,
        Instant savedAt,
        int scenarios) {}
