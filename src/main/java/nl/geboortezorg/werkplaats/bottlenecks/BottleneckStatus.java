package nl.geboortezorg.werkplaats.bottlenecks;

import java.util.EnumSet;
import java.util.Set;

/**
 * A bottleneck's life: raised → under review → on the national agenda → with the addressee →
 * addressed, or closed with a reason at any point before it is addressed. Only promotion puts a
 * bottleneck on the agenda, because it needs an addressee and a next step. Before that, the region
 * that raised it may withdraw it. A facilitator reopens an addressed, closed or withdrawn
 * bottleneck (see {@link #reopenedTo}).
 */
public enum BottleneckStatus {
    RAISED,
    UNDER_REVIEW,
    ON_AGENDA,
    WITH_ADDRESSEE,
    ADDRESSED,
    CLOSED,
    /** Withdrawn by the region that raised it, before it reached the national agenda. */
    WITHDRAWN;

    /** The statuses in which a bottleneck is on the national agenda. */
    public static final Set<BottleneckStatus> ON_THE_AGENDA = EnumSet.of(ON_AGENDA, WITH_ADDRESSEE, ADDRESSED);

    /** Whether a facilitator may set this status directly (promotion is a step of its own). */
    public boolean mayChangeTo(BottleneckStatus next) {
        return switch (this) {
            case RAISED -> next == UNDER_REVIEW || next == CLOSED;
            case UNDER_REVIEW -> next == RAISED || next == CLOSED;
            case ON_AGENDA -> next == WITH_ADDRESSEE || next == CLOSED;
            case WITH_ADDRESSEE -> next == ON_AGENDA || next == ADDRESSED || next == CLOSED;
            case ADDRESSED, CLOSED, WITHDRAWN -> false;
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

    /** Still in play: not closed (or merged), not withdrawn and not yet addressed. */
    public boolean open() {
        return this != CLOSED && this != ADDRESSED && this != WITHDRAWN;
    }

    /** Whether the region that raised it may still withdraw it: only before it reaches the agenda. */
    public boolean mayBeWithdrawn() {
        return this == RAISED || this == UNDER_REVIEW;
    }

    /** Whether a facilitator may reopen it: once it is addressed, closed or withdrawn. */
    public boolean mayBeReopened() {
        return !open();
    }

    /**
     * The status a reopened bottleneck returns to: an addressed one goes back to its addressee, a
     * closed one back onto the agenda if it was there, anything else back to raised.
     *
     * @param wasOnAgenda whether it was ever promoted to the national agenda
     */
    public BottleneckStatus reopenedTo(boolean wasOnAgenda) {
        return switch (this) {
            case ADDRESSED -> WITH_ADDRESSEE;
            case CLOSED -> wasOnAgenda ? ON_AGENDA : RAISED;
            case WITHDRAWN -> RAISED;
            case RAISED, UNDER_REVIEW, ON_AGENDA, WITH_ADDRESSEE -> this;
        };
    }
}
