package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Set;

/**
 * One dated, attributed step on a bottleneck's timeline. Which fields are set depends on the type:
 * statuses for a status change; addressees, proposed solution (as text), next step, follow-up date
 * and owner for a promotion or agenda change; the addressee and text for a response; text, next
 * step and follow-up date for a follow-up; the other bottleneck for a merge (its title as text);
 * the region for a recognition. 
 */
public record TimelineEntry(long id, Instant occurredAt, String actorName, TimelineEntryType type,
        BottleneckStatus fromStatus, BottleneckStatus toStatus, Set<Addressee> addressees, String text,
        String nextStep, LocalDate followUpDate, Long trackOwnerId, String trackOwnerName, Long relatedId) {

    public static final int TEXT_MAX = 5_000;

    public TimelineEntry {
        addressees = addressees == null ? Set.of() : Set.copyOf(addressees);
    }

    /** An entry to be written: only the type is set; the with-methods add the rest. */
    public static TimelineEntry of(TimelineEntryType type) {
        return new TimelineEntry(0, null, null, type, null, null, Set.of(), null, null, null, null, null, null);
    }

    public TimelineEntry withStatuses(BottleneckStatus from, BottleneckStatus to) {
        return new TimelineEntry(id, occurredAt, actorName, type, from, to, addressees, text, nextStep, followUpDate,
                trackOwnerId, trackOwnerName, relatedId);
    }

    public TimelineEntry withText(String value) {
        return new TimelineEntry(id, occurredAt, actorName, type, fromStatus, toStatus, addressees, value, nextStep,
                followUpDate, trackOwnerId, trackOwnerName, relatedId);
    }

    public TimelineEntry withAddressees(Set<Addressee> value) {
        return new TimelineEntry(id, occurredAt, actorName, type, fromStatus, toStatus, value, text, nextStep,
                followUpDate, trackOwnerId, trackOwnerName, relatedId);
    }

    public TimelineEntry withNextStep(String step, LocalDate date) {
        return new TimelineEntry(id, occurredAt, actorName, type, fromStatus, toStatus, addressees, text, step, date,
                trackOwnerId, trackOwnerName, relatedId);
    }

    public TimelineEntry withTrackOwner(Long ownerId) {
        return new TimelineEntry(id, occurredAt, actorName, type, fromStatus, toStatus, addressees, text, nextStep,
                followUpDate, ownerId, trackOwnerName, relatedId);
    }

    public TimelineEntry withRelated(Long value) {
        return new TimelineEntry(id, occurredAt, actorName, type, fromStatus, toStatus, addressees, text, nextStep,
                followUpDate, trackOwnerId, trackOwnerName, value);
    }
}
