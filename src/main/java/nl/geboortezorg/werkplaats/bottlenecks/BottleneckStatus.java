package nl.geboortezorg.werkplaats.bottlenecks;

import java.util.EnumSet;
import java.util.Set;

/**
 * A bottleneck's life: raised → under review → on the national agenda → with the addressee →
 * addressed, or closed with a reason at any point before it is addressed. Only promotion puts a
 * bottleneck on the agenda, because it needs an addressee and a next step.
 */
public enum BottleneckStatus {
    RAISED,
    UNDER_REVIEW,
    ON_AGENDA,
    WITH_ADDRESSEE,
    ADDRESSED,
    CLOSED;

    /** The statuses in which a bottleneck is on the national agenda. */
    public static final Set<BottleneckStatus> ON_THE_AGENDA = EnumSet.of(ON_AGENDA, WITH_ADDRESSEE, ADDRESSED);

    /** Whether a facilitator may set this status directly (promotion is a step of its own). */
    public boolean mayChangeTo(BottleneckStatus next) {
        return switch (this) {
            case RAISED -> next == UNDER_REVIEW || next == CLOSED;
            case UNDER_REVIEW -> next == RAISED || next == CLOSED;
            case ON_AGENDA -> next == WITH_ADDRESSEE || next == CLOSED;
            case WITH_ADDRESSEE -> next == ON_AGENDA || next == ADDRESSED || next == CLOSED;
            case ADDRESSED, CLOSED -> false;
        };
    }

    /** The statuses a facilitator may choose next, in life-cycle order. */
    public Set<BottleneckStatus> next() {
        Set<BottleneckStatus> next = EnumSet.noneOf(BottleneckStatus.class);
        for (BottleneckStatus candidate : values()) {
            if (mayChangeTo(candidate)) {
                next.add(candidate);
            }
        }
        return next;
    }

    public boolean mayBePromoted() {
        return this == RAISED || this == UNDER_REVIEW;
    }

    /** Still in play: not closed (or merged) and not yet addressed. */
    public boolean open() {
        return this != CLOSED && this != ADDRESSED;
    }
}
