package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An earlier version of a decision or an action item: the values an edit replaced, who edited it
 * and when. Owner, organisation and due date are those of an action; a decision has none.
 */
public record OutcomeRevision(
        String description,
        @Nullable String ownerName,
        @Nullable String organisationName,
        @Nullable LocalDate dueDate,
        String changedBy,
        Instant changedAt) {}
