package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;

/** A correction of the minutes still waiting for the facilitator, with the session it is in. */
public record PendingCorrection(
        long correctionId,
        long sessionId,
        String sessionTitle,
        String agendaItemTitle,
        String proposedBy,
        Instant proposedAt) {}
