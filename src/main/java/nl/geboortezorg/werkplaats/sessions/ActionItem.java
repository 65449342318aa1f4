package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action item with where it was agreed (session and agenda item) and who owns it: a person and
 * the organisation they act for.
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
        int version) {

    public boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }
}
