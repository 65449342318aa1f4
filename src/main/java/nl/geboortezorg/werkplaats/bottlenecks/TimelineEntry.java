package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One dated, attributed step on a bottleneck's timeline: one record per kind of step, each with
 * exactly what that step says. An entry about to be written has a {@link Stamp#NEW} stamp; the
 * timeline gives it its id, time and actor.
 */
public sealed interface TimelineEntry {

    int TEXT_MAX = 5_000;

    Stamp stamp();

    default long id() {
        return stamp().id();
    }

    /** When a written entry's step was taken. */
    default Instant occurredAt() {
        return Objects.requireNonNull(stamp().occurredAt(), "a written entry has its time");
    }

    default @Nullable String actorName() {
        return stamp().actorName();
    }

    /** The kind of step, as the timeline stores it. */
    default TimelineEntryType type() {
        return switch (this) {
            case Raised entry -> TimelineEntryType.RAISED;
            case StatusChanged entry -> TimelineEntryType.STATUS;
            case Promoted entry -> TimelineEntryType.PROMOTED;
            case AgendaUpdated entry -> TimelineEntryType.AGENDA_UPDATED;
            case Response entry -> TimelineEntryType.RESPONSE;
            case FollowUp entry -> TimelineEntryType.FOLLOW_UP;
            case Recognised entry -> TimelineEntryType.RECOGNISED;
            case RecognitionWithdrawn entry -> TimelineEntryType.RECOGNITION_WITHDRAWN;
            case MergedIn entry -> TimelineEntryType.MERGED_IN;
            case MergedInto entry -> TimelineEntryType.MERGED_INTO;
        };
    }

    /** When the step was taken and by whom. */
    record Stamp(
            long id, @Nullable Instant occurredAt, @Nullable String actorName) {

        public static final Stamp NEW = new Stamp(0, null, null);
    }

    /** What a promotion or a change of the agenda's fields set; the owner's name only once written. */
    record AgendaFields(
            Set<Addressee> addressees,
            @Nullable String proposedSolution,
            String nextStep,
            LocalDate followUpDate,
            @Nullable Long trackOwnerId,
            @Nullable String trackOwnerName) {

        public AgendaFields {
            addressees = addressees == null ? Set.of() : Set.copyOf(addressees);
        }

        public static AgendaFields of(AgendaDraft draft) {
            return new AgendaFields(
                    draft.addressees(),
                    draft.proposedSolution(),
                    draft.nextStep(),
                    draft.followUpDate(),
                    draft.trackOwnerId(),
                    null);
        }
    }

    record Raised(Stamp stamp) implements TimelineEntry {}

    /** A move along the life cycle, with the facilitator's note (the reason, when closed). */
    record StatusChanged(
            Stamp stamp,
            BottleneckStatus from,
            BottleneckStatus to,
            @Nullable String note) implements TimelineEntry {}

    /** Put on the national agenda from the given status. */
    record Promoted(Stamp stamp, BottleneckStatus from, AgendaFields agenda) implements TimelineEntry {}

    record AgendaUpdated(Stamp stamp, AgendaFields agenda) implements TimelineEntry {}

    /** What an addressee answered. */
    record Response(Stamp stamp, Addressee addressee, String text) implements TimelineEntry {}

    /** What happened, the next step and when to look again. */
    record FollowUp(Stamp stamp, String text, String nextStep, LocalDate followUpDate) implements TimelineEntry {}

    /** A region recognised the bottleneck, with its quote from practice if any. */
    record Recognised(Stamp stamp, long regionId, @Nullable String quote) implements TimelineEntry {}

    record RecognitionWithdrawn(Stamp stamp, long regionId) implements TimelineEntry {}

    /** A duplicate was merged into this bottleneck. */
    record MergedIn(Stamp stamp, long duplicateId, String duplicateTitle) implements TimelineEntry {}

    /** This bottleneck was merged into another. */
    record MergedInto(Stamp stamp, long targetId, String targetTitle) implements TimelineEntry {}
}
