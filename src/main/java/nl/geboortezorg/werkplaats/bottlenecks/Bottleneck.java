package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import org.jspecify.annotations.Nullable;

/**
 * One bottleneck with its current values: what was raised, where it stands, and, once promoted,
 * its place on the national agenda; a merged duplicate points at the bottleneck it was merged into.
 *
 * @param agenda null until the bottleneck is promoted to the national agenda
 * @param mergedInto null unless the bottleneck was merged into another
 */
public record Bottleneck(
        long id,
        long regionId,
        String regionCode,
        String regionName,
        String title,
        String description,
        BottleneckCategory category,
        BottleneckStatus status,
        Set<OrganisationType> organisationTypes,
        Set<Addressee> addressees,
        SessionLink session,
        String raisedBy,
        Instant raisedAt,
        int recognitionCount,
        String closedReason,
        Instant lastStepAt,
        int version,
        AgendaPlace agenda,
        MergedInto mergedInto) {

    /** The longest reason for closing or withdrawing a bottleneck. */
    public static final int CLOSED_REASON_MAX = 1_000;

    public Bottleneck {
        organisationTypes = Set.copyOf(organisationTypes);
        addressees = Set.copyOf(addressees);
    }

    public boolean onAgenda() {
        return agenda != null;
    }

    public boolean merged() {
        return mergedInto != null;
    }

    /** The session where it came up. */
    public record SessionLink(long id, String title, Instant startsAt) {}

    /**
     * The bottleneck's place on the national agenda.
     *
     * @param position its priority, while it is on the agenda; null once it left
     */
    public record AgendaPlace(
            @Nullable Integer position,
            @Nullable String proposedSolution,
            @Nullable String nextStep,
            @Nullable Long trackOwnerId,
            @Nullable String trackOwnerName,
            @Nullable LocalDate followUpDate) {}

    /** The bottleneck a duplicate was merged into. */
    public record MergedInto(long id, String title) {}
}
