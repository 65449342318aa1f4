package nl.geboortezorg.werkplaats.audit;

import java.time.Instant;

/** One recorded write: who (null for the system itself), what, when (UTC) and the change as JSON. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actorEmail,
        String entityType,
        String entityId,
        String action,
        String changeJson) {}
