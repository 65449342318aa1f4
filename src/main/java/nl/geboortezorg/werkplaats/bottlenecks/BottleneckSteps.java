package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Clock;
import java.util.Map;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.bottlenecks.internal.BottleneckRepository;
import nl.geboortezorg.werkplaats.bottlenecks.internal.TimelineRepository;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.security.Actor;
import org.springframework.stereotype.Component;

/**
 * What both bottleneck services do with every step: find the bottleneck, then write the step on its
 * timeline and in the audit trail, inside the caller's transaction.
 */
@Component
class BottleneckSteps {

    static final String BOTTLENECK = "bottleneck";

    private final BottleneckRepository bottlenecks;
    private final TimelineRepository timeline;
    private final AuditTrail audit;
    private final Clock clock;

    BottleneckSteps(BottleneckRepository bottlenecks, TimelineRepository timeline, AuditTrail audit, Clock clock) {
        this.bottlenecks = bottlenecks;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    Bottleneck get(long id) {
        return bottlenecks.findById(id).orElseThrow(() -> new NotFoundException(BOTTLENECK, id));
    }

    /** Appends the entry to the bottleneck's timeline only. */
    void append(Actor actor, long bottleneckId, TimelineEntry entry) {
        timeline.append(bottleneckId, entry, actor.id(), clock.instant());
    }

    /** Appends the entry to the bottleneck's timeline and records it, with the change, in the audit trail. */
    void record(Actor actor, long bottleneckId, TimelineEntry entry, String auditAction, Map<String, ?> change) {
        append(actor, bottleneckId, entry);
        audit.record(BOTTLENECK, bottleneckId, auditAction, change);
    }
}
