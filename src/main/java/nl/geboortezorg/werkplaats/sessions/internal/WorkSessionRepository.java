package nl.geboortezorg.werkplaats.sessions.internal;

import static nl.geboortezorg.werkplaats.db.Tables.AGENDA_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_INVITEE;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.AgendaNotes;
import nl.geboortezorg.werkplaats.sessions.Invitee;
import nl.geboortezorg.werkplaats.sessions.NotesConflictException;
import nl.geboortezorg.werkplaats.sessions.SessionPeriod;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionSummary;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record7;
import org.jooq.Records;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Sessions with their agenda and invitees, and the agenda items' live notes. */
@Repository
public class WorkSessionRepository {

    private final DSLContext dsl;

    WorkSessionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What the actor may see: facilitators and admins everything; professionals their regions
     * and national sessions; observers the closed national sessions (their minutes) only. */
    static Condition visibleTo(Actor actor) {
        return switch (actor.role()) {
            case ADMIN, FACILITATOR -> DSL.trueCondition();
            case PROFESSIONAL -> WORK_SESSION.REGION_ID.isNull().or(WORK_SESSION.REGION_ID.in(actor.regionIds()));
            case OBSERVER -> WORK_SESSION.REGION_ID.isNull().and(WORK_SESSION.STATE.eq(SessionState.CLOSED));
        };
    }

    private static Condition period(SessionPeriod period, Instant now) {
        return period == SessionPeriod.UPCOMING
                ? WORK_SESSION.ENDS_AT.ge(now).and(WORK_SESSION.STATE.ne(SessionState.CLOSED))
                : WORK_SESSION.ENDS_AT.lt(now).or(WORK_SESSION.STATE.eq(SessionState.CLOSED));
    }

    public List<WorkSessionSummary> find(Actor actor, SessionPeriod period, Instant now, int offset, int limit) {
        return find(visibleTo(actor), period, now, offset, limit);
    }

    /** The region's own sessions and the national ones, as far as the actor may see them. */
    public List<WorkSessionSummary> findForRegion(
            Actor actor, long regionId, SessionPeriod period, Instant now, int limit) {
        Condition regionOrNational = WORK_SESSION.REGION_ID.eq(regionId).or(WORK_SESSION.REGION_ID.isNull());
        return find(visibleTo(actor).and(regionOrNational), period, now, 0, limit);
    }

    /** The upcoming sessions the user is invited to, not the cancelled ones, as far as the actor may see them. */
    public List<WorkSessionSummary> findInvited(Actor actor, Instant now, int limit) {
        Condition invited = DSL.exists(DSL.selectOne()
                .from(SESSION_INVITEE)
                .where(SESSION_INVITEE.SESSION_ID.eq(WORK_SESSION.ID))
                .and(SESSION_INVITEE.USER_ID.eq(actor.id())));
        Condition held = WORK_SESSION.STATE.ne(SessionState.CANCELLED);
        return find(visibleTo(actor).and(invited).and(held), SessionPeriod.UPCOMING, now, 0, limit);
    }

    private List<WorkSessionSummary> find(Condition visible, SessionPeriod period, Instant now, int offset, int limit) {
        return summaries(visible.and(period(period, now)))
                .orderBy(
                        period == SessionPeriod.UPCOMING ? WORK_SESSION.STARTS_AT.asc() : WORK_SESSION.STARTS_AT.desc(),
                        WORK_SESSION.ID)
                .offset(offset)
                .limit(limit)
                .fetch(WorkSessionRepository::toSummary);
    }

    /** One session's summary, without its agenda and invitees: enough to decide access and state. */
    public Optional<WorkSessionSummary> findSummaryById(long id) {
        return summaries(WORK_SESSION.ID.eq(id)).fetchOptional(WorkSessionRepository::toSummary);
    }

    public Optional<WorkSessionSummary> findVisibleSummary(Actor actor, long id) {
        return summaries(WORK_SESSION.ID.eq(id).and(visibleTo(actor))).fetchOptional(WorkSessionRepository::toSummary);
    }

    private SelectConditionStep<Record7<Long, Long, String, String, Instant, Instant, SessionState>> summaries(
            Condition condition) {
        return dsl.select(
                        WORK_SESSION.ID,
                        WORK_SESSION.REGION_ID,
                        REGION.NAME,
                        WORK_SESSION.TITLE,
                        WORK_SESSION.STARTS_AT,
                        WORK_SESSION.ENDS_AT,
                        WORK_SESSION.STATE)
                .from(WORK_SESSION)
                .leftJoin(REGION)
                .on(REGION.ID.eq(WORK_SESSION.REGION_ID))
                .where(condition);
    }

    private static WorkSessionSummary toSummary(Record7<Long, Long, String, String, Instant, Instant, SessionState> r) {
        return new WorkSessionSummary(
                r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7());
    }

    public int count(Actor actor, SessionPeriod period, Instant now) {
        return dsl.fetchCount(WORK_SESSION, visibleTo(actor).and(period(period, now)));
    }

    public Optional<WorkSession> findVisible(Actor actor, long id) {
        return find(WORK_SESSION.ID.eq(id).and(visibleTo(actor)));
    }

    public Optional<WorkSession> findById(long id) {
        return find(WORK_SESSION.ID.eq(id));
    }

    /**
     * A session, then its agenda (in order) and its invitees (by name) in one query each: measured
     * faster on MariaDB than one statement with multisets, which jOOQ builds there from JSON.
     */
    private Optional<WorkSession> find(Condition condition) {
        return dsl.select(
                        WORK_SESSION.ID,
                        WORK_SESSION.REGION_ID,
                        REGION.NAME,
                        WORK_SESSION.TITLE,
                        WORK_SESSION.STARTS_AT,
                        WORK_SESSION.ENDS_AT,
                        WORK_SESSION.LOCATION,
                        WORK_SESSION.ONLINE_LINK,
                        WORK_SESSION.STATE,
                        WORK_SESSION.VERSION)
                .from(WORK_SESSION)
                .leftJoin(REGION)
                .on(REGION.ID.eq(WORK_SESSION.REGION_ID))
                .where(condition)
                .fetchOptional(Records.mapping(
                        (id, regionId, regionName, title, startsAt, endsAt, location, onlineLink, state, version) ->
                                new WorkSession(
                                        id,
                                        regionId,
                                        regionName,
                                        title,
                                        startsAt,
                                        endsAt,
                                        location,
                                        onlineLink,
                                        state,
                                        agenda(id),
                                        invitees(id),
                                        version)));
    }

    private List<AgendaItem> agenda(long sessionId) {
        return dsl.select(
                        AGENDA_ITEM.ID,
                        AGENDA_ITEM.POSITION,
                        AGENDA_ITEM.TITLE,
                        AGENDA_ITEM.DURATION_MINUTES,
                        AGENDA_ITEM.OWNER_ID,
                        APP_USER.DISPLAY_NAME,
                        AGENDA_ITEM.NOTES,
                        AGENDA_ITEM.NOTES_VERSION,
                        AGENDA_ITEM.BOTTLENECK_ID)
                .from(AGENDA_ITEM)
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(AGENDA_ITEM.OWNER_ID))
                .where(AGENDA_ITEM.SESSION_ID.eq(sessionId))
                .orderBy(AGENDA_ITEM.POSITION)
                .fetch(Records.mapping(AgendaItem::new));
    }

    private List<Invitee> invitees(long sessionId) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .from(SESSION_INVITEE)
                .join(APP_USER)
                .on(APP_USER.ID.eq(SESSION_INVITEE.USER_ID))
                .where(SESSION_INVITEE.SESSION_ID.eq(sessionId))
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(Records.mapping(Invitee::new));
    }

    /** The columns a plan sets, for an insert and an update alike. */
    private static Map<Field<?>, Object> plan(WorkSessionDraft draft) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(WORK_SESSION.REGION_ID, draft.regionId());
        values.put(WORK_SESSION.TITLE, draft.title());
        values.put(WORK_SESSION.STARTS_AT, draft.startsAt());
        values.put(WORK_SESSION.ENDS_AT, draft.endsAt());
        values.put(WORK_SESSION.LOCATION, draft.location());
        values.put(WORK_SESSION.ONLINE_LINK, draft.onlineLink());
        return values;
    }

    public long insert(WorkSessionDraft draft, long createdBy) {
        return dsl.insertInto(WORK_SESSION)
                .set(plan(draft))
                .set(WORK_SESSION.CREATED_BY, createdBy)
                .returning(WORK_SESSION.ID)
                .fetchOptional(WORK_SESSION.ID)
                .orElseThrow();
    }

    public void update(long id, int version, WorkSessionDraft draft) {
        VersionedUpdate.of(dsl, WORK_SESSION, id, version).set(plan(draft)).execute();
    }

    public void setState(long id, int version, SessionState state) {
        VersionedUpdate.of(dsl, WORK_SESSION, id, version)
                .set(WORK_SESSION.STATE, state)
                .execute();
    }

    /** Cancels a planned session, raising its calendar sequence so calendars drop the event. */
    public void cancel(long id, int version, long userId, Instant now) {
        VersionedUpdate.of(dsl, WORK_SESSION, id, version)
                .set(WORK_SESSION.STATE, SessionState.CANCELLED)
                .set(WORK_SESSION.CANCELLED_BY, userId)
                .set(WORK_SESSION.CANCELLED_AT, now)
                .set(WORK_SESSION.CALENDAR_SEQUENCE, WORK_SESSION.CALENDAR_SEQUENCE.plus(1))
                .execute();
    }

    /** After a change of time or place: calendars replace an event only for a higher sequence. */
    public void raiseCalendarSequence(long id) {
        dsl.update(WORK_SESSION)
                .set(WORK_SESSION.CALENDAR_SEQUENCE, WORK_SESSION.CALENDAR_SEQUENCE.plus(1))
                .where(WORK_SESSION.ID.eq(id))
                .execute();
    }

    public int calendarSequence(long id) {
        return dsl.select(WORK_SESSION.CALENDAR_SEQUENCE)
                .from(WORK_SESSION)
                .where(WORK_SESSION.ID.eq(id))
                .fetchOptional(WORK_SESSION.CALENDAR_SEQUENCE)
                .orElse(0);
    }

    public void replaceAgenda(long sessionId, List<AgendaItemDraft> agenda) {
        dsl.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.SESSION_ID.eq(sessionId)).execute();
        int position = 1;
        for (AgendaItemDraft item : agenda) {
            dsl.insertInto(AGENDA_ITEM)
                    .set(AGENDA_ITEM.SESSION_ID, sessionId)
                    .set(AGENDA_ITEM.POSITION, position++)
                    .set(AGENDA_ITEM.TITLE, item.title())
                    .set(AGENDA_ITEM.DURATION_MINUTES, item.durationMinutes())
                    .set(AGENDA_ITEM.OWNER_ID, item.ownerId())
                    .set(AGENDA_ITEM.BOTTLENECK_ID, item.bottleneckId())
                    .execute();
        }
    }

    /** The sessions with an agenda item about the bottleneck, the earliest first. */
    public List<Long> sessionsAbout(long bottleneckId) {
        return dsl.selectDistinct(AGENDA_ITEM.SESSION_ID, WORK_SESSION.STARTS_AT)
                .from(AGENDA_ITEM)
                .join(WORK_SESSION)
                .on(WORK_SESSION.ID.eq(AGENDA_ITEM.SESSION_ID))
                .where(AGENDA_ITEM.BOTTLENECK_ID.eq(bottleneckId))
                .orderBy(WORK_SESSION.STARTS_AT, AGENDA_ITEM.SESSION_ID)
                .fetch(AGENDA_ITEM.SESSION_ID);
    }

    /** How many of the bottlenecks exist (merged ones included: they still have a page). */
    public int existingBottlenecks(Collection<Long> bottleneckIds) {
        return bottleneckIds.isEmpty() ? 0 : dsl.fetchCount(BOTTLENECK, BOTTLENECK.ID.in(bottleneckIds));
    }

    public void replaceInvitees(long sessionId, Collection<Long> userIds) {
        dsl.deleteFrom(SESSION_INVITEE)
                .where(SESSION_INVITEE.SESSION_ID.eq(sessionId))
                .execute();
        if (!userIds.isEmpty()) {
            var insert = dsl.insertInto(SESSION_INVITEE, SESSION_INVITEE.SESSION_ID, SESSION_INVITEE.USER_ID);
            for (Long userId : userIds) {
                insert = insert.values(sessionId, userId);
            }
            insert.execute();
        }
    }

    public Optional<Long> sessionOfAgendaItem(long agendaItemId) {
        return dsl.select(AGENDA_ITEM.SESSION_ID)
                .from(AGENDA_ITEM)
                .where(AGENDA_ITEM.ID.eq(agendaItemId))
                .fetchOptional(AGENDA_ITEM.SESSION_ID);
    }

    public boolean isInvited(long sessionId, long userId) {
        return dsl.fetchExists(
                SESSION_INVITEE, SESSION_INVITEE.SESSION_ID.eq(sessionId).and(SESSION_INVITEE.USER_ID.eq(userId)));
    }

    public Optional<AgendaNotes> notes(long agendaItemId) {
        return dsl.select(
                        AGENDA_ITEM.SESSION_ID,
                        AGENDA_ITEM.ID,
                        AGENDA_ITEM.NOTES,
                        AGENDA_ITEM.NOTES_VERSION,
                        APP_USER.DISPLAY_NAME,
                        AGENDA_ITEM.NOTES_UPDATED_AT)
                .from(AGENDA_ITEM)
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(AGENDA_ITEM.NOTES_UPDATED_BY))
                .where(AGENDA_ITEM.ID.eq(agendaItemId))
                .fetchOptional(r -> new AgendaNotes(
                        r.value1(),
                        r.value2(),
                        r.value3() == null ? "" : r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6()));
    }

    /** Saves the notes unless someone saved since the given version; then their notes come with the conflict. */
    public void saveNotes(long agendaItemId, int version, String text, long userId, Instant now) {
        VersionedUpdate.of(dsl, AGENDA_ITEM, agendaItemId, AGENDA_ITEM.NOTES_VERSION, version)
                .set(AGENDA_ITEM.NOTES, text)
                .set(AGENDA_ITEM.NOTES_UPDATED_BY, userId)
                .set(AGENDA_ITEM.NOTES_UPDATED_AT, now)
                .onConflict(() -> new NotesConflictException(notes(agendaItemId).orElseThrow()))
                .execute();
    }

    public boolean regionExists(long regionId) {
        return dsl.fetchExists(REGION, REGION.ID.eq(regionId));
    }

    /** How many of these users exist and are active. */
    public int activeUsers(Collection<Long> userIds) {
        return userIds.isEmpty()
                ? 0
                : dsl.fetchCount(APP_USER, APP_USER.ID.in(userIds).and(APP_USER.ACTIVE.isTrue()));
    }
}
