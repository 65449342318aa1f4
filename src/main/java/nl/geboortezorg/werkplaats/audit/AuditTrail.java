package nl.geboortezorg.werkplaats.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.audit.internal.AuditRepository;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: every service records its writes here, inside its own transaction, so a write
 * and its audit event are committed or rolled back together. Only admins read it.
 */
@Service
public class AuditTrail {

    private final AuditRepository events;
    private final AccessGuard access;
    private final JsonMapper json;

    AuditTrail(AuditRepository events, AccessGuard access, JsonMapper json) {
        this.events = events;
        this.access = access;
        this.json = json;
    }

    /**
     * Records a write by the current actor (or the system when nobody is signed in).
     *
     * @param change what changed; for an update, field names mapped to {@link FieldChange}s
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Object entityId, String action, @Nullable Map<String, ?> change) {
        Actor actor = access.signedInAccount().orElse(null);
        events.insert(
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                actor == null ? null : actor.id(),
                actor == null ? null : actor.email(),
                entityType,
                String.valueOf(entityId),
                action,
                change == null || change.isEmpty() ? null : json.writeValueAsString(change));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        access.requireRole(Role.ADMIN);
        return events.find(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        access.requireRole(Role.ADMIN);
        return events.count(filter);
    }

    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        access.requireRole(Role.ADMIN);
        return events.entityTypes();
    }
}
