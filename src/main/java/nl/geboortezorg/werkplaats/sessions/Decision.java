package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A decision recorded on an agenda item, with the version an edit must name and its earlier
 * versions, oldest first.
 */
public record Decision(
        long id,
        long agendaItemId,
        String description,
        String recordedBy,
        Instant recordedAt,
        int version,
        List<OutcomeRevision> revisions) {

    public static final int DESCRIPTION_MAX = 2000;

    public Decision {
        revisions = List.copyOf(revisions);
    }

    /** The latest edit: who made the decision read as it does now, and when; empty if never edited. */
    public Optional<OutcomeRevision> lastEdit() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.getLast());
    }
}
