package nl.geboortezorg.werkplaats.factsheets;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.jspecify.annotations.Nullable;

/**
 * One version of a factsheet with all its sections and its place in the workflow; who did what
 * is given by display name. A withdrawn version says who withdrew it and why.
 */
public record FactsheetVersion(
        long id,
        long factsheetId,
        long regionId,
        String regionCode,
        String regionName,
        int number,
        FactsheetState state,
        FactsheetDraft content,
        List<Partner> partners,
        Workflow workflow,
        int version,
        @Nullable Withdrawal withdrawal) {

    public FactsheetVersion {
        partners = List.copyOf(partners);
    }

    /** A version that was never withdrawn. */
    public FactsheetVersion(
            long id,
            long factsheetId,
            long regionId,
            String regionCode,
            String regionName,
            int number,
            FactsheetState state,
            FactsheetDraft content,
            List<Partner> partners,
            Workflow workflow,
            int version) {
        this(
                id,
                factsheetId,
                regionId,
                regionCode,
                regionName,
                number,
                state,
                content,
                partners,
                workflow,
                version,
                null);
    }

    /** Who withdrew the published version from the knowledge base, when, and why. */
    public record Withdrawal(String withdrawnBy, Instant withdrawnAt, String reason) {}

    /**
     * Who saved, submitted and reviewed the version and when (null for a step not taken), the
     * reviewer's comment, and when it was published.
     */
    public record Workflow(
            String savedBy,
            Instant savedAt,
            @Nullable String submittedBy,
            @Nullable Instant submittedAt,
            @Nullable String reviewedBy,
            @Nullable Instant reviewedAt,
            @Nullable String reviewComment,
            @Nullable Instant publishedAt) {}

    public String title() {
        return content.title();
    }

    public PublicationLevel level() {
        return content.level();
    }

    public List<KeyFigure> keyFigures() {
        return content.keyFigures();
    }

    /** The partners by type, in the order of {@link OrganisationType}. */
    public Map<OrganisationType, List<Partner>> partnersByType() {
        Map<OrganisationType, List<Partner>> byType = new EnumMap<>(OrganisationType.class);
        for (Partner partner : partners) {
            byType.computeIfAbsent(partner.type(), t -> new java.util.ArrayList<>())
                    .add(partner);
        }
        return byType;
    }
}
