package nl.geboortezorg.werkplaats.sessions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new action item as an attendee types it. */
public record ActionDraft(
        String description,
        @Nullable Long ownerId,
        @Nullable Long organisationId,
        LocalDate dueDate) {

    public static final int DESCRIPTION_MAX = 2000;
}
