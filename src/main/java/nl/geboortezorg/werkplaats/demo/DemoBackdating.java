package nl.geboortezorg.werkplaats.demo;

import static nl.geboortezorg.werkplaats.db.Tables.ACTIVITY;
import static nl.geboortezorg.werkplaats.db.Tables.AGENDA_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.AUDIT_EVENT;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_COMMENT;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_EVENT;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_RECOGNITION;
import static nl.geboortezorg.werkplaats.db.Tables.ITEM_FOLLOW;
import static nl.geboortezorg.werkplaats.db.Tables.MINUTES_CORRECTION;
import static nl.geboortezorg.werkplaats.db.Tables.NOTIFICATION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_ACTION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_DECISION;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.types.DayToSecond;
import org.springframework.stereotype.Component;

/**
 * Backdating: puts what a demo step did through the services at the moment the demo story has it
 * happen, weeks or months before the demo was loaded. The services stamp every step with "now" and
 * refuse to plan a session in the past, so the demo lets them do the step now and then moves the
 * times it stamped. Only for the demo loader, which runs alone on an empty database: the rows a
 * step stamped are exactly those with a time from the step's start on.
 */
@Component
class DemoBackdating {

    /**
     * Every time the services stamp on what the demo makes: audit events, activity and
     * notifications, session notes, decisions, actions and minutes, bottleneck timelines. Planned
     * times and due dates are not stamps: the demo gives them as the story has them.
     */
    private static final List<TableField<?, Instant>> STAMPS = List.of(
            AUDIT_EVENT.OCCURRED_AT,
            ACTIVITY.OCCURRED_AT,
            NOTIFICATION.CREATED_AT,
            NOTIFICATION.READ_AT,
            NOTIFICATION.EMAILED_AT,
            ITEM_FOLLOW.CHANGED_AT,
            WORK_SESSION.CLOSED_AT,
            AGENDA_ITEM.NOTES_UPDATED_AT,
            SESSION_DECISION.CREATED_AT,
            SESSION_ACTION.CREATED_AT,
            SESSION_ACTION.UPDATED_AT,
            MINUTES_CORRECTION.PROPOSED_AT,
            MINUTES_CORRECTION.DECIDED_AT,
            BOTTLENECK.RAISED_AT,
            BOTTLENECK.LAST_STEP_AT,
            BOTTLENECK_EVENT.OCCURRED_AT,
            BOTTLENECK_RECOGNITION.RECOGNISED_AT,
            BOTTLENECK_COMMENT.CREATED_AT,
            BOTTLENECK_COMMENT.HIDDEN_AT);

    private final DSLContext dsl;
    private final Clock clock;

    DemoBackdating(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Runs the step, then moves every time it stamped so that the step began at {@code moment}
     * (in the past); the times keep their order and the milliseconds between them.
     */
    <T> T happenedAt(Instant moment, Supplier<T> step) {
        // The audit trail stamps the system time, the other services the application's clock.
        Instant from = earliest(clock.instant(), Instant.now()).truncatedTo(ChronoUnit.MICROS);
        if (moment.isAfter(from)) {
            throw new IllegalArgumentException("A demo step is backdated, not postdated: " + moment);
        }
        T result = step.get();
        DayToSecond shift = DayToSecond.valueOf(Duration.between(from, moment));
        for (TableField<?, Instant> stamp : STAMPS) {
            shift(stamp, from, shift);
        }
        return result;
    }

    /**
     * Puts a session that {@link WorkSessionService#create} planned ahead (as it must) at its time
     * in the story: in the past, or running now.
     */
    void reschedule(long sessionId, Instant startsAt, Instant endsAt) {
        dsl.update(WORK_SESSION)
                .set(WORK_SESSION.STARTS_AT, startsAt)
                .set(WORK_SESSION.ENDS_AT, endsAt)
                .where(WORK_SESSION.ID.eq(sessionId))
                .execute();
    }

    /**
     * The times the database keeps itself (when a session or bottleneck row was made or last
     * changed) follow the backdated history: a session's from its audit events, a bottleneck's
     * from its last step. Run once, after all demo steps.
     */
    void settleRowTimes() {
        var ofSession = AUDIT_EVENT
                .ENTITY_TYPE
                .eq("work-session")
                // the number as text, in the collation of the column it is compared with
                .and(AUDIT_EVENT.ENTITY_ID.eq(WORK_SESSION.ID.cast(String.class).collate("utf8mb4_unicode_ci")));
        dsl.update(WORK_SESSION)
                .set(
                        WORK_SESSION.CREATED_AT,
                        DSL.coalesce(
                                DSL.field(DSL.select(DSL.min(AUDIT_EVENT.OCCURRED_AT))
                                        .from(AUDIT_EVENT)
                                        .where(ofSession)),
                                WORK_SESSION.CREATED_AT))
                .set(
                        WORK_SESSION.UPDATED_AT,
                        DSL.coalesce(
                                DSL.field(DSL.select(DSL.max(AUDIT_EVENT.OCCURRED_AT))
                                        .from(AUDIT_EVENT)
                                        .where(ofSession)),
                                WORK_SESSION.UPDATED_AT))
                .execute();
        dsl.update(BOTTLENECK)
                .set(BOTTLENECK.UPDATED_AT, BOTTLENECK.LAST_STEP_AT)
                .execute();
    }

    private <R extends Record> void shift(TableField<R, Instant> stamp, Instant from, DayToSecond shift) {
        dsl.update(stamp.getTable())
                .set(stamp, stamp.plus(shift))
                .where(stamp.ge(from))
                .execute();
    }

    private static Instant earliest(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }
}
