package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.bottlenecks.internal.BottleneckRepository;
import nl.geboortezorg.werkplaats.bottlenecks.internal.TimelineRepository;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.notifications.Activities;
import nl.geboortezorg.werkplaats.notifications.ActivityKind;
import nl.geboortezorg.werkplaats.notifications.ActivityRecord;
import nl.geboortezorg.werkplaats.notifications.Audience;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.security.Actor;
import org.springframework.stereotype.Component;

/**
 * What both bottleneck services do with every step: find the bottleneck, then write the step on its
 * timeline and in the audit trail, inside the caller's transaction, and report the steps people
 * hear of (raised, recognised, a status change) to the activity feeds and notifications.
 */
@Component
class BottleneckSteps {

    static final String BOTTLENECK = "bottleneck";

    private final BottleneckRepository bottlenecks;
    private final TimelineRepository timeline;
    private final AuditTrail audit;
    private final Clock clock;
    private final Activities activities;

    BottleneckSteps(
            BottleneckRepository bottlenecks,
            TimelineRepository timeline,
            AuditTrail audit,
            Clock clock,
            Activities activities) {
        this.activities = activities;
        this.bottlenecks = bottlenecks;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    Bottleneck get(long id) {
        return bottlenecks.findById(id).orElseThrow(() -> new NotFoundException(BOTTLENECK, id));
    }

    /** Appends the entry to the bottleneck's timeline and reports it, without an audit event of its own. */
    void append(Actor actor, long bottleneckId, TimelineEntry entry) {
        timeline.append(bottleneckId, entry, actor.id(), clock.instant());
        ActivityKind kind = switch (entry) {
            case TimelineEntry.Raised raised -> ActivityKind.BOTTLENECK_RAISED;
            case TimelineEntry.Recognised recognised -> ActivityKind.BOTTLENECK_RECOGNISED;
            case TimelineEntry.StatusChanged status
            when status.to() != status.from() -> ActivityKind.AGENDA_STATUS_CHANGED;
            case TimelineEntry.Promoted promoted
            when promoted.from() != BottleneckStatus.ON_AGENDA -> ActivityKind.AGENDA_STATUS_CHANGED;
            default -> null;
        };
        if (kind != null) {
            ActivityRecord activity = activity(kind, get(bottleneckId));
            activities.record(
                    actor,
                    switch (kind) {
                        case BOTTLENECK_RAISED -> activity.followedBy(Set.of(actor.id()));
                        case BOTTLENECK_RECOGNISED -> activity.toRegionMembers();
                        default -> activity;
                    });
        }
    }

    /** An activity of the bottleneck: everyone signed in reads bottlenecks, observers included. */
    static ActivityRecord activity(ActivityKind kind, Bottleneck bottleneck) {
        return ActivityRecord.of(
                kind,
                ItemType.BOTTLENECK,
                bottleneck.id(),
                bottleneck.regionId(),
                Audience.EVERYONE,
                bottleneck.title());
    }

    /** Appends the entry to the bottleneck's timeline and records it, with the change, in the audit trail. */
    void record(Actor actor, long bottleneckId, TimelineEntry entry, String auditAction, Map<String, ?> change) {
        append(actor, bottleneckId, entry);
        audit.record(BOTTLENECK, bottleneckId, auditAction, change);
    }
}
