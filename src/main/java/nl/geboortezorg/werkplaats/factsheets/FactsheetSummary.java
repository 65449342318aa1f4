package nl.geboortezorg.werkplaats.factsheets;

import java.time.Instant;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.jspecify.annotations.Nullable;

/**
 * A factsheet in a list. For readers it shows the published version; for the region's writers
 * and reviewers also the state of the version being worked on (null when none is). The title is
 * the published one, or the working one while nothing is published yet. A withdrawn factsheet
 * is listed only inside the platform, marked as withdrawn.
 */
public record FactsheetSummary(
        long factsheetId,
        long regionId,
        String regionCode,
        String regionName,
        String title,
        PublicationLevel level,
        @Nullable Integer publishedNumber,
        @Nullable Instant publishedAt,
        @Nullable FactsheetState workingState,
        @Nullable Instant savedAt,
        boolean withdrawn) {

    public boolean published() {
        return publishedNumber != null;
    }
}
