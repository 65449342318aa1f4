package nl.geboortezorg.werkplaats.sessions.internal;

import static nl.geboortezorg.werkplaats.db.Tables.AGENDA_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.MINUTES_CORRECTION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_ATTENDEE;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.db.tables.AppUser;
import nl.geboortezorg.werkplaats.sessions.CorrectionStatus;
import nl.geboortezorg.werkplaats.sessions.Invitee;
import nl.geboortezorg.werkplaats.sessions.Minutes;
import nl.geboortezorg.werkplaats.sessions.MinutesCorrection;
import nl.geboortezorg.werkplaats.sessions.PendingCorrection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Attendance, the closing of a session and the corrections of its minutes. */
@Repository
public class MinutesRepository {

    private static final AppUser PROPOSER = APP_USER.as("proposer");
    private static final AppUser DECIDER = APP_USER.as("decider");

    private final DSLContext dsl;

    MinutesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void recordAttendance(long sessionId, Collection<Long> userIds) {
        dsl.deleteFrom(SESSION_ATTENDEE)
                .where(SESSION_ATTENDEE.SESSION_ID.eq(sessionId))
                .execute();
        if (!userIds.isEmpty()) {
            var insert = dsl.insertInto(SESSION_ATTENDEE, SESSION_ATTENDEE.SESSION_ID, SESSION_ATTENDEE.USER_ID);
            for (Long userId : userIds) {
                insert = insert.values(sessionId, userId);
            }
            insert.execute();
        }
    }

    public List<Invitee> attendees(long sessionId) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .from(SESSION_ATTENDEE)
                .join(APP_USER)
                .on(APP_USER.ID.eq(SESSION_ATTENDEE.USER_ID))
                .where(SESSION_ATTENDEE.SESSION_ID.eq(sessionId))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(r -> new Invitee(r.value1(), r.value2()));
    }

    public boolean isAttendee(long sessionId, long userId) {
        return dsl.fetchExists(
                SESSION_ATTENDEE, SESSION_ATTENDEE.SESSION_ID.eq(sessionId).and(SESSION_ATTENDEE.USER_ID.eq(userId)));
    }

    /** Records who closed the session and when; the minutes start at version 1. */
    public void markClosed(long sessionId, long userId, Instant now) {
        dsl.update(WORK_SESSION)
                .set(WORK_SESSION.CLOSED_BY, userId)
                .set(WORK_SESSION.CLOSED_AT, now)
                .set(WORK_SESSION.MINUTES_VERSION, 1)
                .where(WORK_SESSION.ID.eq(sessionId))
                .execute();
    }

    public Optional<Minutes.Closing> closing(long sessionId) {
        return dsl.select(APP_USER.DISPLAY_NAME, WORK_SESSION.CLOSED_AT, WORK_SESSION.MINUTES_VERSION)
                .from(WORK_SESSION)
                .join(APP_USER)
                .on(APP_USER.ID.eq(WORK_SESSION.CLOSED_BY))
                .where(WORK_SESSION.ID.eq(sessionId).and(WORK_SESSION.CLOSED_AT.isNotNull()))
                .fetchOptional(r -> new Minutes.Closing(r.value1(), r.value2(), r.value3()));
    }

    /** Adds one to the minutes version and returns the new version. */
    public int nextMinutesVersion(long sessionId) {
        dsl.update(WORK_SESSION)
                .set(WORK_SESSION.MINUTES_VERSION, WORK_SESSION.MINUTES_VERSION.plus(1))
                .where(WORK_SESSION.ID.eq(sessionId))
                .execute();
        return Objects.requireNonNull(
                dsl.select(WORK_SESSION.MINUTES_VERSION)
                        .from(WORK_SESSION)
                        .where(WORK_SESSION.ID.eq(sessionId))
                        .fetchSingle(WORK_SESSION.MINUTES_VERSION),
                "a not null column");
    }

    public long insertCorrection(
            long sessionId, long agendaItemId, int notesVersion, String text, String reason, long userId, Instant now) {
        return dsl.insertInto(MINUTES_CORRECTION)
                .set(MINUTES_CORRECTION.SESSION_ID, sessionId)
                .set(MINUTES_CORRECTION.AGENDA_ITEM_ID, agendaItemId)
                .set(MINUTES_CORRECTION.NOTES_VERSION, notesVersion)
                .set(MINUTES_CORRECTION.PROPOSED_TEXT, text)
                .set(MINUTES_CORRECTION.REASON, reason)
                .set(MINUTES_CORRECTION.PROPOSED_BY, userId)
                .set(MINUTES_CORRECTION.PROPOSED_AT, now)
                .returning(MINUTES_CORRECTION.ID)
                .fetchOptional(MINUTES_CORRECTION.ID)
                .orElseThrow();
    }

    public List<MinutesCorrection> corrections(long sessionId) {
        return corrections(MINUTES_CORRECTION.SESSION_ID.eq(sessionId));
    }

    public Optional<MinutesCorrection> findCorrection(long correctionId) {
        return corrections(MINUTES_CORRECTION.ID.eq(correctionId)).stream().findFirst();
    }

    public Optional<Long> sessionOfCorrection(long correctionId) {
        return dsl.select(MINUTES_CORRECTION.SESSION_ID)
                .from(MINUTES_CORRECTION)
                .where(MINUTES_CORRECTION.ID.eq(correctionId))
                .fetchOptional(MINUTES_CORRECTION.SESSION_ID);
    }

    /** The corrections still pending across sessions, the longest waiting first. */
    public List<PendingCorrection> pending(int limit) {
        return dsl.select(
                        MINUTES_CORRECTION.ID,
                        MINUTES_CORRECTION.SESSION_ID,
                        WORK_SESSION.TITLE,
                        AGENDA_ITEM.TITLE,
                        PROPOSER.DISPLAY_NAME,
                        MINUTES_CORRECTION.PROPOSED_AT)
                .from(MINUTES_CORRECTION)
                .join(WORK_SESSION)
                .on(WORK_SESSION.ID.eq(MINUTES_CORRECTION.SESSION_ID))
                .join(AGENDA_ITEM)
                .on(AGENDA_ITEM.ID.eq(MINUTES_CORRECTION.AGENDA_ITEM_ID))
                .join(PROPOSER)
                .on(PROPOSER.ID.eq(MINUTES_CORRECTION.PROPOSED_BY))
                .where(MINUTES_CORRECTION.STATUS.eq(CorrectionStatus.PENDING))
                .orderBy(MINUTES_CORRECTION.PROPOSED_AT, MINUTES_CORRECTION.ID)
                .limit(limit)
                .fetch(Records.mapping(PendingCorrection::new));
    }

    public int countPending() {
        return dsl.fetchCount(MINUTES_CORRECTION, MINUTES_CORRECTION.STATUS.eq(CorrectionStatus.PENDING));
    }

    private List<MinutesCorrection> corrections(Condition condition) {
        return dsl.select(MINUTES_CORRECTION.fields())
                .select(AGENDA_ITEM.TITLE, PROPOSER.DISPLAY_NAME, DECIDER.DISPLAY_NAME)
                .from(MINUTES_CORRECTION)
                .join(AGENDA_ITEM)
                .on(AGENDA_ITEM.ID.eq(MINUTES_CORRECTION.AGENDA_ITEM_ID))
                .join(PROPOSER)
                .on(PROPOSER.ID.eq(MINUTES_CORRECTION.PROPOSED_BY))
                .leftJoin(DECIDER)
                .on(DECIDER.ID.eq(MINUTES_CORRECTION.DECIDED_BY))
                .where(condition)
                .orderBy(MINUTES_CORRECTION.ID)
                .fetch(MinutesRepository::toCorrection);
    }

    private static MinutesCorrection toCorrection(Record r) {
        return new MinutesCorrection(
                r.get(MINUTES_CORRECTION.ID),
                r.get(MINUTES_CORRECTION.AGENDA_ITEM_ID),
                r.get(AGENDA_ITEM.TITLE),
                r.get(MINUTES_CORRECTION.PROPOSED_TEXT),
                r.get(MINUTES_CORRECTION.REASON),
                r.get(MINUTES_CORRECTION.STATUS),
                r.get(PROPOSER.DISPLAY_NAME),
                r.get(MINUTES_CORRECTION.PROPOSED_AT),
                r.get(DECIDER.DISPLAY_NAME),
                r.get(MINUTES_CORRECTION.DECIDED_AT),
                r.get(MINUTES_CORRECTION.DECISION_NOTE),
                r.get(MINUTES_CORRECTION.PREVIOUS_TEXT),
                r.get(MINUTES_CORRECTION.MINUTES_VERSION),
                r.get(MINUTES_CORRECTION.NOTES_VERSION),
                r.get(MINUTES_CORRECTION.VERSION));
    }

    /** Records the facilitator's decision while the correction is still pending at this version. */
    public void decide(
            long correctionId,
            int version,
            CorrectionStatus status,
            long userId,
            Instant now,
            @Nullable String note,
            @Nullable String previousText,
            @Nullable Integer minutesVersion) {
        VersionedUpdate.of(dsl, MINUTES_CORRECTION, correctionId, version)
                .set(MINUTES_CORRECTION.STATUS, status)
                .set(MINUTES_CORRECTION.DECIDED_BY, userId)
                .set(MINUTES_CORRECTION.DECIDED_AT, now)
                .set(MINUTES_CORRECTION.DECISION_NOTE, note)
                .set(MINUTES_CORRECTION.PREVIOUS_TEXT, previousText)
                .set(MINUTES_CORRECTION.MINUTES_VERSION, minutesVersion)
                .and(MINUTES_CORRECTION.STATUS.eq(CorrectionStatus.PENDING))
                .execute();
    }
}
