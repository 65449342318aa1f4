package nl.geboortezorg.werkplaats.sessions;

import java.time.LocalDate;

/** A new action item as an attendee types it. */
public record ActionDraft(String description, Long ownerId, Long organisationId, LocalDate dueDate) {

    public static final int DESCRIPTION_MAX = 2000;
}
