package nl.geboortezorg.werkplaats.factsheets;

import java.time.Instant;
import java.util.List;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.jspecify.annotations.Nullable;

/**
 * A factsheet as the signed-in user may see it: the published version (if any and readable), the
 * version being worked on (only for the region's writers and reviewers), the history of versions
 * they may read, and what they may do.
 */
public record FactsheetDetail(
        long factsheetId,
        long regionId,
        String regionCode,
        String regionName,
        @Nullable FactsheetVersion published,
        @Nullable FactsheetVersion working,
        List<VersionInfo> versions,
        boolean mayEdit,
        boolean mayReview) {

    public FactsheetDetail {
        versions = List.copyOf(versions);
    }

    /** What the page shows first: the published version, or the one being worked on. */
    public @Nullable FactsheetVersion current() {
        return published != null ? published : working;
    }

    /** A version in the history list. */
    public record VersionInfo(
            long id,
            int number,
            FactsheetState state,
            String title,
            @Nullable Instant publishedAt,
            Instant savedAt,
            PublicationLevel level) {}
}
