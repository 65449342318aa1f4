package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Set;
import nl.geboortezorg.werkplaats.regions.OrganisationType;

/**
 * One bottleneck with its current values. The agenda fields are set once it was promoted;
 * mergedIntoId points at the bottleneck it was merged into. 
 */
public record Bottleneck(long id, long regionId, String regionCode, String regionName, String title,
        String description, BottleneckCategory category, BottleneckStatus status,
        Set<OrganisationType> organisationTypes, Set<Addressee> addressees, SessionLink session, String raisedBy,
        Instant raisedAt, int recognitionCount, Long mergedIntoId, String mergedIntoTitle, String closedReason,
        boolean onAgenda, Integer agendaPosition, String proposedSolution, String nextStep, Long trackOwnerId,
        String trackOwnerName, LocalDate followUpDate, Instant lastStepAt, int version) {

    public Bottleneck {
        organisationTypes = Set.copyOf(organisationTypes);
        addressees = Set.copyOf(addressees);
    }

    public boolean merged() {
        return mergedIntoId != null;
    }

    /** The session where it came up. */
    public record SessionLink(long id, String title, Instant startsAt) {
    }
}
