package nl.geboortezorg.werkplaats.sessions.internal;

import static nl.geboortezorg.werkplaats.db.Tables.AGENDA_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.ORGANISATION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION_MEMBERSHIP;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_ACTION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_DECISION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_OUTCOME_REVISION;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.db.tables.AppUser;
import nl.geboortezorg.werkplaats.db.tables.Organisation;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.Decision;
import nl.geboortezorg.werkplaats.sessions.OutcomeRevision;
import nl.geboortezorg.werkplaats.sessions.OverdueActions;
import nl.geboortezorg.werkplaats.sessions.OwnerChoices;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import nl.geboortezorg.werkplaats.sessions.WorkSessionSummary;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Decisions and action items, read with the session and agenda item they belong to. */
@Repository
public class SessionOutcomeRepository {

    private static final AppUser OWNER = APP_USER.as("owner");
    private static final AppUser RECORDER = APP_USER.as("recorder");
    private static final AppUser EDITOR = APP_USER.as("editor");
    private static final AppUser FORMER_OWNER = APP_USER.as("former_owner");
    private static final Organisation FORMER_ORGANISATION = ORGANISATION.as("former_organisation");
    private static final List<Role> OWNER_ROLES = List.of(Role.PROFESSIONAL, Role.FACILITATOR);

    private final DSLContext dsl;

    SessionOutcomeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Decision> decisions(long sessionId) {
        return decisions(AGENDA_ITEM.SESSION_ID.eq(sessionId));
    }

    public Optional<Decision> findDecision(long decisionId) {
        return decisions(SESSION_DECISION.ID.eq(decisionId)).stream().findFirst();
    }

    private List<Decision> decisions(Condition condition) {
        var rows = dsl.select(
                        SESSION_DECISION.ID,
                        SESSION_DECISION.AGENDA_ITEM_ID,
                        SESSION_DECISION.DESCRIPTION,
                        RECORDER.DISPLAY_NAME,
                        SESSION_DECISION.CREATED_AT,
                        SESSION_DECISION.VERSION)
                .from(SESSION_DECISION)
                .join(AGENDA_ITEM)
                .on(AGENDA_ITEM.ID.eq(SESSION_DECISION.AGENDA_ITEM_ID))
                .join(RECORDER)
                .on(RECORDER.ID.eq(SESSION_DECISION.CREATED_BY))
                .where(condition)
                .orderBy(AGENDA_ITEM.POSITION, SESSION_DECISION.ID)
                .fetch();
        Map<Long, List<OutcomeRevision>> revisions =
                revisions(SESSION_OUTCOME_REVISION.DECISION_ID, rows.map(r -> r.value1()));
        return rows.map(r -> new Decision(
                r.value1(),
                r.value2(),
                r.value3(),
                r.value4(),
                r.value5(),
                r.value6(),
                revisions.getOrDefault(r.value1(), List.of())));
    }

    /** The earlier versions of these decisions or actions, oldest first, per decision or action. */
    private Map<Long, List<OutcomeRevision>> revisions(TableField<?, Long> owner, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl
                .select(
                        owner,
                        SESSION_OUTCOME_REVISION.DESCRIPTION,
                        FORMER_OWNER.DISPLAY_NAME,
                        FORMER_ORGANISATION.NAME,
                        SESSION_OUTCOME_REVISION.DUE_DATE,
                        EDITOR.DISPLAY_NAME,
                        SESSION_OUTCOME_REVISION.CHANGED_AT)
                .from(SESSION_OUTCOME_REVISION)
                .join(EDITOR)
                .on(EDITOR.ID.eq(SESSION_OUTCOME_REVISION.CHANGED_BY))
                .leftJoin(FORMER_OWNER)
                .on(FORMER_OWNER.ID.eq(SESSION_OUTCOME_REVISION.OWNER_ID))
                .leftJoin(FORMER_ORGANISATION)
                .on(FORMER_ORGANISATION.ID.eq(SESSION_OUTCOME_REVISION.OWNER_ORGANISATION_ID))
                .where(owner.in(ids))
                .orderBy(SESSION_OUTCOME_REVISION.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> Objects.requireNonNull(r.value1(), "selected by it"),
                        Collectors.mapping(
                                r -> new OutcomeRevision(
                                        r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()),
                                Collectors.toList())));
    }

    /** Changes a decision's text while it is still at the version the editor read, keeping the old text. */
    public void updateDecision(
            long decisionId, int version, Decision before, String description, long userId, Instant now) {
        VersionedUpdate.of(dsl, SESSION_DECISION, decisionId, version)
                .set(SESSION_DECISION.DESCRIPTION, description)
                .set(SESSION_DECISION.UPDATED_BY, userId)
                .set(SESSION_DECISION.UPDATED_AT, now)
                .execute();
        dsl.insertInto(SESSION_OUTCOME_REVISION)
                .set(SESSION_OUTCOME_REVISION.DECISION_ID, decisionId)
                .set(SESSION_OUTCOME_REVISION.DESCRIPTION, before.description())
                .set(SESSION_OUTCOME_REVISION.CHANGED_BY, userId)
                .set(SESSION_OUTCOME_REVISION.CHANGED_AT, now)
                .execute();
    }

    /** Changes what an action says, who owns it for which organisation and by when, keeping the old values. */
    public void updateAction(
            long actionId, int version, ActionItem before, ActionDraft changed, long userId, Instant now) {
        VersionedUpdate.of(dsl, SESSION_ACTION, actionId, version)
                .set(SESSION_ACTION.DESCRIPTION, changed.description())
                .set(SESSION_ACTION.OWNER_ID, changed.ownerId())
                .set(SESSION_ACTION.OWNER_ORGANISATION_ID, changed.organisationId())
                .set(SESSION_ACTION.DUE_DATE, changed.dueDate())
                .set(SESSION_ACTION.UPDATED_BY, userId)
                .set(SESSION_ACTION.UPDATED_AT, now)
                .execute();
        dsl.insertInto(SESSION_OUTCOME_REVISION)
                .set(SESSION_OUTCOME_REVISION.ACTION_ID, actionId)
                .set(SESSION_OUTCOME_REVISION.DESCRIPTION, before.description())
                .set(SESSION_OUTCOME_REVISION.OWNER_ID, before.ownerId())
                .set(SESSION_OUTCOME_REVISION.OWNER_ORGANISATION_ID, before.organisationId())
                .set(SESSION_OUTCOME_REVISION.DUE_DATE, before.dueDate())
                .set(SESSION_OUTCOME_REVISION.CHANGED_BY, userId)
                .set(SESSION_OUTCOME_REVISION.CHANGED_AT, now)
                .execute();
    }

    /** The session a decision belongs to. */
    public Optional<Long> sessionOfDecision(long decisionId) {
        return dsl.select(AGENDA_ITEM.SESSION_ID)
                .from(SESSION_DECISION)
                .join(AGENDA_ITEM)
                .on(AGENDA_ITEM.ID.eq(SESSION_DECISION.AGENDA_ITEM_ID))
                .where(SESSION_DECISION.ID.eq(decisionId))
                .fetchOptional(AGENDA_ITEM.SESSION_ID);
    }

    public long insertDecision(long agendaItemId, String description, long userId, Instant now) {
        return dsl.insertInto(SESSION_DECISION)
                .set(SESSION_DECISION.AGENDA_ITEM_ID, agendaItemId)
                .set(SESSION_DECISION.DESCRIPTION, description)
                .set(SESSION_DECISION.CREATED_BY, userId)
                .set(SESSION_DECISION.CREATED_AT, now)
                .returning(SESSION_DECISION.ID)
                .fetchOptional(SESSION_DECISION.ID)
                .orElseThrow();
    }

    private SelectOnConditionStep<Record> selectActions() {
        return dsl.select(SESSION_ACTION.fields())
                .select(
                        WORK_SESSION.ID,
                        WORK_SESSION.TITLE,
                        WORK_SESSION.STARTS_AT,
                        AGENDA_ITEM.TITLE,
                        OWNER.DISPLAY_NAME,
                        ORGANISATION.NAME)
                .from(SESSION_ACTION)
                .join(AGENDA_ITEM)
                .on(AGENDA_ITEM.ID.eq(SESSION_ACTION.AGENDA_ITEM_ID))
                .join(WORK_SESSION)
                .on(WORK_SESSION.ID.eq(AGENDA_ITEM.SESSION_ID))
                .join(OWNER)
                .on(OWNER.ID.eq(SESSION_ACTION.OWNER_ID))
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(SESSION_ACTION.OWNER_ORGANISATION_ID));
    }

    /** The actions of these rows, each with its earlier versions. */
    private List<ActionItem> toActions(List<? extends Record> rows) {
        Map<Long, List<OutcomeRevision>> revisions = revisions(
                SESSION_OUTCOME_REVISION.ACTION_ID,
                rows.stream().map(r -> r.get(SESSION_ACTION.ID)).toList());
        return rows.stream()
                .map(r -> toAction(r, revisions.getOrDefault(r.get(SESSION_ACTION.ID), List.of())))
                .toList();
    }

    private static ActionItem toAction(Record r, List<OutcomeRevision> revisions) {
        return new ActionItem(
                r.get(SESSION_ACTION.ID),
                r.get(WORK_SESSION.ID),
                r.get(WORK_SESSION.TITLE),
                r.get(WORK_SESSION.STARTS_AT),
                r.get(SESSION_ACTION.AGENDA_ITEM_ID),
                r.get(AGENDA_ITEM.TITLE),
                r.get(SESSION_ACTION.DESCRIPTION),
                r.get(SESSION_ACTION.OWNER_ID),
                r.get(OWNER.DISPLAY_NAME),
                r.get(SESSION_ACTION.OWNER_ORGANISATION_ID),
                r.get(ORGANISATION.NAME),
                r.get(SESSION_ACTION.DUE_DATE),
                r.get(SESSION_ACTION.STATUS),
                r.get(SESSION_ACTION.VERSION),
                revisions);
    }

    public List<ActionItem> actionsOfSession(long sessionId) {
        return toActions(selectActions()
                .where(WORK_SESSION.ID.eq(sessionId))
                .orderBy(AGENDA_ITEM.POSITION, SESSION_ACTION.ID)
                .fetch());
    }

    public Optional<ActionItem> findAction(long actionId) {
        return toActions(selectActions().where(SESSION_ACTION.ID.eq(actionId)).fetch()).stream()
                .findFirst();
    }

    /**
     * Open actions of closed sessions of the same scope (the same region, or national) that began
     * before this one: what the next session should pick up.
     */
    public List<ActionItem> carriedForward(WorkSessionSummary session, int limit) {
        Condition sameScope =
                session.national() ? WORK_SESSION.REGION_ID.isNull() : WORK_SESSION.REGION_ID.eq(session.regionId());
        return toActions(selectActions()
                .where(sameScope)
                .and(WORK_SESSION.STATE.eq(SessionState.CLOSED))
                .and(WORK_SESSION.STARTS_AT.lt(session.startsAt()))
                .and(WORK_SESSION.ID.ne(session.id()))
                .and(SESSION_ACTION.STATUS.eq(ActionStatus.OPEN))
                .orderBy(SESSION_ACTION.DUE_DATE, SESSION_ACTION.ID)
                .limit(limit)
                .fetch());
    }

    /** Open actions due before the day, counted per region of their session (national sessions: no region). */
    public List<OverdueActions> overduePerRegion(java.time.LocalDate today) {
        var count = DSL.count();
        return dsl.select(WORK_SESSION.REGION_ID, REGION.NAME, count)
                .from(SESSION_ACTION)
                .join(AGENDA_ITEM)
                .on(AGENDA_ITEM.ID.eq(SESSION_ACTION.AGENDA_ITEM_ID))
                .join(WORK_SESSION)
                .on(WORK_SESSION.ID.eq(AGENDA_ITEM.SESSION_ID))
                .leftJoin(REGION)
                .on(REGION.ID.eq(WORK_SESSION.REGION_ID))
                .where(SESSION_ACTION.STATUS.eq(ActionStatus.OPEN))
                .and(SESSION_ACTION.DUE_DATE.lt(today))
                .groupBy(WORK_SESSION.REGION_ID, REGION.NAME)
                .orderBy(count.desc(), REGION.NAME)
                .fetch(r -> new OverdueActions(r.value1(), r.value2(), r.value3()));
    }

    /** A user's open actions, earliest due date (so the overdue ones) first. */
    public List<ActionItem> openActionsOf(long ownerId, int offset, int limit) {
        return toActions(selectActions()
                .where(SESSION_ACTION.OWNER_ID.eq(ownerId).and(SESSION_ACTION.STATUS.eq(ActionStatus.OPEN)))
                .orderBy(SESSION_ACTION.DUE_DATE, SESSION_ACTION.ID)
                .offset(offset)
                .limit(limit)
                .fetch());
    }

    /** Actions still open from the region's sessions, the earliest due first. */
    public List<ActionItem> openActionsInRegion(long regionId, int limit) {
        return toActions(selectActions()
                .where(WORK_SESSION.REGION_ID.eq(regionId).and(SESSION_ACTION.STATUS.eq(ActionStatus.OPEN)))
                .orderBy(SESSION_ACTION.DUE_DATE, SESSION_ACTION.ID)
                .limit(limit)
                .fetch());
    }

    public int countOpenActionsOf(long ownerId) {
        return dsl.fetchCount(
                SESSION_ACTION, SESSION_ACTION.OWNER_ID.eq(ownerId).and(SESSION_ACTION.STATUS.eq(ActionStatus.OPEN)));
    }

    public long insertAction(long agendaItemId, ActionDraft draft, long userId, Instant now) {
        return dsl.insertInto(SESSION_ACTION)
                .set(SESSION_ACTION.AGENDA_ITEM_ID, agendaItemId)
                .set(SESSION_ACTION.DESCRIPTION, draft.description())
                .set(SESSION_ACTION.OWNER_ID, draft.ownerId())
                .set(SESSION_ACTION.OWNER_ORGANISATION_ID, draft.organisationId())
                .set(SESSION_ACTION.DUE_DATE, draft.dueDate())
                .set(SESSION_ACTION.CREATED_BY, userId)
                .set(SESSION_ACTION.CREATED_AT, now)
                .returning(SESSION_ACTION.ID)
                .fetchOptional(SESSION_ACTION.ID)
                .orElseThrow();
    }

    public void setActionStatus(long actionId, int version, ActionStatus status, long userId, Instant now) {
        VersionedUpdate.of(dsl, SESSION_ACTION, actionId, version)
                .set(SESSION_ACTION.STATUS, status)
                .set(SESSION_ACTION.UPDATED_BY, userId)
                .set(SESSION_ACTION.UPDATED_AT, now)
                .execute();
    }

    /**
     * Who may own an action: active professionals of the region (of any region, for a national
     * session) and the facilitators.
     */
    private static Condition eligibleOwner(@Nullable Long regionId) {
        Condition active = APP_USER.ACTIVE.isTrue();
        if (regionId == null) {
            return active.and(APP_USER.ROLE_CODE.in(OWNER_ROLES));
        }
        return active.and(APP_USER.ROLE_CODE
                .eq(Role.FACILITATOR)
                .or(APP_USER.ROLE_CODE
                        .eq(Role.PROFESSIONAL)
                        .and(DSL.exists(DSL.selectOne()
                                .from(REGION_MEMBERSHIP)
                                .where(REGION_MEMBERSHIP.USER_ID.eq(APP_USER.ID))
                                .and(REGION_MEMBERSHIP.REGION_ID.eq(regionId))))));
    }

    /** The organisations an action may be owned for: the region's, or every region's for a national session. */
    private static Condition eligibleOrganisation(@Nullable Long regionId) {
        return regionId == null ? DSL.trueCondition() : ORGANISATION.REGION_ID.eq(regionId);
    }

    public OwnerChoices ownerChoices(@Nullable Long regionId) {
        List<OwnerChoices.Choice> people = dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(eligibleOwner(regionId))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(r -> new OwnerChoices.Choice(r.value1(), r.value2()));
        List<OwnerChoices.Choice> organisations = dsl.select(ORGANISATION.ID, ORGANISATION.NAME, REGION.NAME)
                .from(ORGANISATION)
                .join(REGION)
                .on(REGION.ID.eq(ORGANISATION.REGION_ID))
                .where(eligibleOrganisation(regionId))
                .orderBy(ORGANISATION.NAME, REGION.NAME)
                .fetch(r -> new OwnerChoices.Choice(
                        r.value1(), regionId == null ? r.value2() + " (" + r.value3() + ")" : r.value2()));
        return new OwnerChoices(people, organisations);
    }

    public boolean isEligibleOwner(long userId, @Nullable Long regionId) {
        return dsl.fetchExists(APP_USER, APP_USER.ID.eq(userId).and(eligibleOwner(regionId)));
    }

    public boolean isEligibleOrganisation(long organisationId, @Nullable Long regionId) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.ID.eq(organisationId).and(eligibleOrganisation(regionId)));
    }

    /** The session an action belongs to. */
    public Optional<Long> sessionOfAction(long actionId) {
        return dsl.select(AGENDA_ITEM.SESSION_ID)
                .from(SESSION_ACTION)
                .join(AGENDA_ITEM)
                .on(AGENDA_ITEM.ID.eq(SESSION_ACTION.AGENDA_ITEM_ID))
                .where(SESSION_ACTION.ID.eq(actionId))
                .fetchOptional(AGENDA_ITEM.SESSION_ID);
    }
}
