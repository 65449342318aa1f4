package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An action item with where it was agreed (session and agenda item) and who owns it: a person and
 * the organisation they act for, and its earlier versions (oldest first) when it was edited.
 */
public record ActionItem(
        long id,
        long sessionId,
        String sessionTitle,
        Instant sessionStartsAt,
        long agendaItemId,
        String agendaItemTitle,
        String description,
        long ownerId,
        String ownerName,
        long organisationId,
        String organisationName,
        LocalDate dueDate,
        ActionStatus status,
        int version,
        List<OutcomeRevision> revisions) {

    public ActionItem {
        revisions = List.copyOf(revisions);
    }

    /** The latest edit: who made the action read as it does now, and when; empty if never edited. */
    public Optional<OutcomeRevision> lastEdit() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.getLast());
    }

    public boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }
}
