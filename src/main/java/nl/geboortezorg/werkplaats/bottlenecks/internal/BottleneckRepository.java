package nl.geboortezorg.werkplaats.bottlenecks.internal;

import static nl.geboortezorg.werkplaats.db.Tables.AGENDA_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_ADDRESSEE;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_ORGANISATION_TYPE;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_RECOGNITION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaDraft;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSummary;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixFilter;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixSort;
import nl.geboortezorg.werkplaats.bottlenecks.TrackOwner;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.db.tables.AppUser;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.security.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Bottlenecks with their organisation types and addressees, and the national agenda's order. */
@Repository
public class BottleneckRepository {

    private static final AppUser RAISER = APP_USER.as("raiser");
    private static final AppUser TRACK_OWNER = APP_USER.as("track_owner");
    private static final nl.geboortezorg.werkplaats.db.tables.Bottleneck MERGED_INTO = BOTTLENECK.as("merged_into");
    private static final Set<BottleneckStatus> AGENDA_STATUSES = BottleneckStatus.ON_THE_AGENDA;
    private static final Set<BottleneckStatus> OPEN_STATUSES =
            EnumSet.copyOf(java.util.Arrays.stream(BottleneckStatus.values())
                    .filter(BottleneckStatus::open)
                    .toList());

    private final DSLContext dsl;

    BottleneckRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- lists

    /**
     * A page of the list. Region names come from the lookup of the regions rather than a join,
     * which would make MariaDB sort the whole table instead of reading the page off the
     * (merged_into_id, raised_at) index.
     */
    public List<BottleneckSummary> find(
            BottleneckFilter filter, int offset, int limit, Map<Long, RegionChoice> regions) {
        return summaries(conditions(filter), order(filter), offset, limit, regions);
    }

    /** Open bottlenecks, not merged: raised in the region, or elsewhere and not yet recognised by it. */
    public List<BottleneckSummary> openForAgenda(
            long regionId, boolean ownRegion, int limit, Map<Long, RegionChoice> regions) {
        Condition open = BOTTLENECK.MERGED_INTO_ID.isNull().and(BOTTLENECK.STATUS.in(OPEN_STATUSES));
        Condition where = ownRegion
                ? open.and(BOTTLENECK.REGION_ID.eq(regionId))
                : open.and(BOTTLENECK.REGION_ID.ne(regionId))
                        .andNotExists(DSL.selectOne()
                                .from(BOTTLENECK_RECOGNITION)
                                .where(BOTTLENECK_RECOGNITION.BOTTLENECK_ID.eq(BOTTLENECK.ID))
                                .and(BOTTLENECK_RECOGNITION.REGION_ID.eq(regionId)));
        return summaries(
                where,
                List.of(BOTTLENECK.RECOGNITION_COUNT.desc(), BOTTLENECK.LAST_STEP_AT.desc(), BOTTLENECK.ID.desc()),
                0,
                limit,
                regions);
    }

    /** The bottlenecks raised in the session or put on its agenda, the earliest raised first. */
    public List<BottleneckSummary> ofSession(long sessionId, Map<Long, RegionChoice> regions) {
        return summaries(
                BOTTLENECK
                        .SESSION_ID
                        .eq(sessionId)
                        .or(BOTTLENECK.ID.in(DSL.select(AGENDA_ITEM.BOTTLENECK_ID)
                                .from(AGENDA_ITEM)
                                .where(AGENDA_ITEM.SESSION_ID.eq(sessionId)))),
                List.of(BOTTLENECK.RAISED_AT.asc(), BOTTLENECK.ID.asc()),
                0,
                Integer.MAX_VALUE,
                regions);
    }

    private List<BottleneckSummary> summaries(
            Condition where,
            List<? extends SortField<?>> order,
            int offset,
            int limit,
            Map<Long, RegionChoice> regions) {
        List<? extends Record> rows = dsl.select(
                        BOTTLENECK.ID,
                        BOTTLENECK.REGION_ID,
                        BOTTLENECK.TITLE,
                        BOTTLENECK.CATEGORY,
                        BOTTLENECK.STATUS,
                        BOTTLENECK.RECOGNITION_COUNT,
                        BOTTLENECK.RAISED_AT,
                        BOTTLENECK.ON_AGENDA)
                .from(BOTTLENECK)
                .where(where)
                .orderBy(order)
                .offset(offset)
                .limit(limit)
                .fetch();
        Map<Long, Set<Addressee>> addressees =
                addresseesOf(rows.stream().map(r -> r.get(BOTTLENECK.ID)).toList());
        return rows.stream()
                .map(r -> {
                    RegionChoice region = Objects.requireNonNull(
                            regions.get(r.get(BOTTLENECK.REGION_ID)), "the lookup has every region");
                    return new BottleneckSummary(
                            r.get(BOTTLENECK.ID),
                            region.id(),
                            region.code(),
                            region.name(),
                            r.get(BOTTLENECK.TITLE),
                            r.get(BOTTLENECK.CATEGORY),
                            r.get(BOTTLENECK.STATUS),
                            addressees.getOrDefault(r.get(BOTTLENECK.ID), Set.of()),
                            r.get(BOTTLENECK.RECOGNITION_COUNT),
                            r.get(BOTTLENECK.RAISED_AT),
                            r.get(BOTTLENECK.ON_AGENDA));
                })
                .toList();
    }

    public int count(BottleneckFilter filter) {
        return dsl.fetchCount(BOTTLENECK, conditions(filter));
    }

    private static Condition conditions(BottleneckFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(BOTTLENECK.MERGED_INTO_ID.isNull());
        if (filter.regionId() != null) {
            conditions.add(BOTTLENECK.REGION_ID.eq(filter.regionId()));
        }
        if (filter.category() != null) {
            conditions.add(BOTTLENECK.CATEGORY.eq(filter.category()));
        }
        if (filter.status() != null) {
            conditions.add(BOTTLENECK.STATUS.eq(filter.status()));
        }
        if (filter.addressee() != null) {
            conditions.add(DSL.exists(DSL.selectOne()
                    .from(BOTTLENECK_ADDRESSEE)
                    .where(BOTTLENECK_ADDRESSEE.BOTTLENECK_ID.eq(BOTTLENECK.ID))
                    .and(BOTTLENECK_ADDRESSEE.ADDRESSEE.eq(filter.addressee()))));
        }
        if (!filter.organisationTypes().isEmpty()) {
            conditions.add(involvesAny(filter.organisationTypes()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + Texts.escapeLike(filter.text().strip(), '!') + "%";
            conditions.add(BOTTLENECK.TITLE.like(pattern, '!').or(BOTTLENECK.DESCRIPTION.like(pattern, '!')));
        }
        return DSL.and(conditions);
    }

    /** The bottleneck involves at least one of the organisation types. */
    private static Condition involvesAny(Set<OrganisationType> types) {
        return DSL.exists(DSL.selectOne()
                .from(BOTTLENECK_ORGANISATION_TYPE)
                .where(BOTTLENECK_ORGANISATION_TYPE.BOTTLENECK_ID.eq(BOTTLENECK.ID))
                .and(BOTTLENECK_ORGANISATION_TYPE.TYPE.in(types)));
    }

    private static List<SortField<?>> order(BottleneckFilter filter) {
        Field<?> field = switch (filter.sort()) {
            case RAISED_AT -> BOTTLENECK.RAISED_AT;
            case TITLE -> BOTTLENECK.TITLE;
            case REGION -> DSL.field(DSL.select(REGION.NAME).from(REGION).where(REGION.ID.eq(BOTTLENECK.REGION_ID)));
            case STATUS -> BOTTLENECK.STATUS;
            case RECOGNITIONS -> BOTTLENECK.RECOGNITION_COUNT;
        };
        List<SortField<?>> order = new ArrayList<>();
        order.add(filter.descending() ? field.desc() : field.asc());
        order.add(BOTTLENECK.RAISED_AT.desc());
        order.add(BOTTLENECK.ID.desc());
        return order;
    }

    // ---- one bottleneck

    /**
     * One bottleneck: its row with region, raiser, session, agenda place and merge target in one
     * join, its organisation types and addressees in one query each (measured faster on MariaDB than
     * one statement with multisets, which jOOQ builds there from JSON).
     */
    public Optional<Bottleneck> findById(long id) {
        return dsl.select(
                        BOTTLENECK.ID,
                        BOTTLENECK.REGION_ID,
                        REGION.CODE,
                        REGION.NAME,
                        BOTTLENECK.TITLE,
                        BOTTLENECK.DESCRIPTION,
                        BOTTLENECK.CATEGORY,
                        BOTTLENECK.STATUS,
                        DSL.row(WORK_SESSION.ID, WORK_SESSION.TITLE, WORK_SESSION.STARTS_AT)
                                .convertFrom(session ->
                                        session.value1() == null ? null : session.into(Bottleneck.SessionLink.class)),
                        RAISER.DISPLAY_NAME,
                        BOTTLENECK.RAISED_AT,
                        BOTTLENECK.RECOGNITION_COUNT,
                        BOTTLENECK.CLOSED_REASON,
                        BOTTLENECK.LAST_STEP_AT,
                        BOTTLENECK.VERSION,
                        DSL.row(
                                        BOTTLENECK.ON_AGENDA,
                                        BOTTLENECK.AGENDA_POSITION,
                                        BOTTLENECK.PROPOSED_SOLUTION,
                                        BOTTLENECK.NEXT_STEP,
                                        BOTTLENECK.TRACK_OWNER_ID,
                                        TRACK_OWNER.DISPLAY_NAME,
                                        BOTTLENECK.FOLLOW_UP_DATE)
                                .convertFrom(agenda -> !agenda.value1()
                                        ? null
                                        : new Bottleneck.AgendaPlace(
                                                agenda.value2(),
                                                agenda.value3(),
                                                agenda.value4(),
                                                agenda.value5(),
                                                agenda.value6(),
                                                agenda.value7())),
                        DSL.row(MERGED_INTO.ID, MERGED_INTO.TITLE)
                                .convertFrom(merged ->
                                        merged.value1() == null ? null : merged.into(Bottleneck.MergedInto.class)))
                .from(BOTTLENECK)
                .join(REGION)
                .on(REGION.ID.eq(BOTTLENECK.REGION_ID))
                .join(RAISER)
                .on(RAISER.ID.eq(BOTTLENECK.RAISED_BY))
                .leftJoin(MERGED_INTO)
                .on(MERGED_INTO.ID.eq(BOTTLENECK.MERGED_INTO_ID))
                .leftJoin(TRACK_OWNER)
                .on(TRACK_OWNER.ID.eq(BOTTLENECK.TRACK_OWNER_ID))
                .leftJoin(WORK_SESSION)
                .on(WORK_SESSION.ID.eq(BOTTLENECK.SESSION_ID))
                .where(BOTTLENECK.ID.eq(id))
                .fetchOptional(Records.mapping(
                        (bottleneckId,
                                regionId,
                                regionCode,
                                regionName,
                                title,
                                description,
                                category,
                                status,
                                session,
                                raisedBy,
                                raisedAt,
                                recognitionCount,
                                closedReason,
                                lastStepAt,
                                version,
                                agenda,
                                mergedInto) -> new Bottleneck(
                                bottleneckId,
                                regionId,
                                regionCode,
                                regionName,
                                title,
                                description,
                                category,
                                status,
                                organisationTypes(bottleneckId),
                                addressees(bottleneckId),
                                session,
                                raisedBy,
                                raisedAt,
                                recognitionCount,
                                closedReason,
                                lastStepAt,
                                version,
                                agenda,
                                mergedInto)));
    }

    private Set<OrganisationType> organisationTypes(long id) {
        return dsl.select(BOTTLENECK_ORGANISATION_TYPE.TYPE)
                .from(BOTTLENECK_ORGANISATION_TYPE)
                .where(BOTTLENECK_ORGANISATION_TYPE.BOTTLENECK_ID.eq(id))
                .fetchSet(BOTTLENECK_ORGANISATION_TYPE.TYPE);
    }

    private Set<Addressee> addressees(long id) {
        return dsl.select(BOTTLENECK_ADDRESSEE.ADDRESSEE)
                .from(BOTTLENECK_ADDRESSEE)
                .where(BOTTLENECK_ADDRESSEE.BOTTLENECK_ID.eq(id))
                .fetchSet(BOTTLENECK_ADDRESSEE.ADDRESSEE);
    }

    /** Locks the bottlenecks (in id order, so two merges cannot deadlock) for the transaction. */
    public List<Locked> lock(Collection<Long> ids) {
        return dsl.selectFrom(BOTTLENECK)
                .where(BOTTLENECK.ID.in(ids))
                .orderBy(BOTTLENECK.ID)
                .forUpdate()
                .fetch(r -> new Locked(
                        r.getId(),
                        r.getRegionId(),
                        r.getTitle(),
                        r.getStatus(),
                        r.getMergedIntoId(),
                        r.getRaisedBy(),
                        r.getRaisedAt()));
    }

    /** A bottleneck locked for a merge. */
    public record Locked(
            long id,
            long regionId,
            String title,
            BottleneckStatus status,
            Long mergedIntoId,
            long raisedBy,
            Instant raisedAt) {

        public boolean open() {
            return mergedIntoId == null && status.open();
        }
    }

    public long insert(long regionId, BottleneckDraft draft, long userId, Instant now) {
        long id = dsl.insertInto(BOTTLENECK)
                .set(BOTTLENECK.REGION_ID, regionId)
                .set(BOTTLENECK.TITLE, draft.title())
                .set(BOTTLENECK.DESCRIPTION, draft.description())
                .set(BOTTLENECK.CATEGORY, draft.category())
                .set(BOTTLENECK.SESSION_ID, draft.sessionId())
                .set(BOTTLENECK.RAISED_BY, userId)
                .set(BOTTLENECK.RAISED_AT, now)
                .set(BOTTLENECK.LAST_STEP_AT, now)
                .returning(BOTTLENECK.ID)
                .fetchOptional(BOTTLENECK.ID)
                .orElseThrow();
        replaceOrganisationTypes(id, draft.organisationTypes());
        replaceAddressees(id, draft.addressees());
        return id;
    }

    /** Changes what was raised. */
    public void update(long id, int version, BottleneckDraft draft) {
        VersionedUpdate.of(dsl, BOTTLENECK, id, version)
                .set(BOTTLENECK.TITLE, draft.title())
                .set(BOTTLENECK.DESCRIPTION, draft.description())
                .set(BOTTLENECK.CATEGORY, draft.category())
                .set(BOTTLENECK.SESSION_ID, draft.sessionId())
                .execute();
        replaceOrganisationTypes(id, draft.organisationTypes());
        replaceAddressees(id, draft.addressees());
    }

    public void setStatus(long id, int version, BottleneckStatus status, @Nullable String closedReason, Instant now) {
        VersionedUpdate.of(dsl, BOTTLENECK, id, version)
                .set(BOTTLENECK.STATUS, status)
                .set(BOTTLENECK.CLOSED_REASON, closedReason)
                .set(BOTTLENECK.LAST_STEP_AT, now)
                .execute();
    }

    /**
     * Reopens an addressed, closed or withdrawn bottleneck in the given status, its closing reason
     * cleared; one that goes back onto the agenda from closed joins it last in priority.
     */
    public void reopen(long id, int version, BottleneckStatus status, boolean backOnAgenda, Instant now) {
        var update = VersionedUpdate.of(dsl, BOTTLENECK, id, version)
                .set(BOTTLENECK.STATUS, status)
                .set(BOTTLENECK.CLOSED_REASON, (String) null)
                .set(BOTTLENECK.LAST_STEP_AT, now);
        if (backOnAgenda) {
            update.set(BOTTLENECK.AGENDA_POSITION, lastAgendaPosition() + 1);
        }
        update.execute();
    }

    private int lastAgendaPosition() {
        Integer last = dsl.select(DSL.max(BOTTLENECK.AGENDA_POSITION))
                .from(BOTTLENECK)
                .where(BOTTLENECK.ON_AGENDA.isTrue())
                .and(BOTTLENECK.STATUS.in(AGENDA_STATUSES))
                .fetchOne(0, Integer.class);
        return last == null ? 0 : last;
    }

    /** Puts the bottleneck on the agenda, last in priority. */
    public void promote(long id, int version, AgendaDraft draft, Instant now) {
        Integer last = dsl.select(DSL.max(BOTTLENECK.AGENDA_POSITION))
                .from(BOTTLENECK)
                .where(BOTTLENECK.ON_AGENDA.isTrue())
                .fetchOne(0, Integer.class);
        VersionedUpdate.of(dsl, BOTTLENECK, id, version)
                .set(BOTTLENECK.STATUS, BottleneckStatus.ON_AGENDA)
                .set(BOTTLENECK.ON_AGENDA, true)
                .set(BOTTLENECK.AGENDA_POSITION, last == null ? 1 : last + 1)
                .set(agendaValues(draft))
                .set(BOTTLENECK.LAST_STEP_AT, now)
                .execute();
        replaceAddressees(id, draft.addressees());
    }

    public void updateAgenda(long id, int version, AgendaDraft draft, Instant now) {
        VersionedUpdate.of(dsl, BOTTLENECK, id, version)
                .set(agendaValues(draft))
                .set(BOTTLENECK.LAST_STEP_AT, now)
                .execute();
        replaceAddressees(id, draft.addressees());
    }

    private static Map<Field<?>, Object> agendaValues(AgendaDraft draft) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(BOTTLENECK.PROPOSED_SOLUTION, draft.proposedSolution());
        values.put(BOTTLENECK.NEXT_STEP, draft.nextStep());
        values.put(BOTTLENECK.TRACK_OWNER_ID, draft.trackOwnerId());
        values.put(BOTTLENECK.FOLLOW_UP_DATE, draft.followUpDate());
        return values;
    }

    public void followUp(long id, int version, String nextStep, LocalDate followUpDate, Instant now) {
        VersionedUpdate.of(dsl, BOTTLENECK, id, version)
                .set(BOTTLENECK.NEXT_STEP, nextStep)
                .set(BOTTLENECK.FOLLOW_UP_DATE, followUpDate)
                .set(BOTTLENECK.LAST_STEP_AT, now)
                .execute();
    }

    /** Marks a step that changes nothing on the row itself (a response) as the latest one. */
    public void touchLastStep(long id, Instant now) {
        dsl.update(BOTTLENECK)
                .set(BOTTLENECK.LAST_STEP_AT, now)
                .set(BOTTLENECK.VERSION, BOTTLENECK.VERSION.plus(1))
                .where(BOTTLENECK.ID.eq(id))
                .execute();
    }

    /** Closes a locked source as merged into the target; its organisation types and addressees join the target. */
    public void markMerged(long sourceId, long targetId, Instant now) {
        dsl.update(BOTTLENECK)
                .set(BOTTLENECK.STATUS, BottleneckStatus.CLOSED)
                .set(BOTTLENECK.MERGED_INTO_ID, targetId)
                .set(BOTTLENECK.AGENDA_POSITION, (Integer) null)
                .set(BOTTLENECK.LAST_STEP_AT, now)
                .set(BOTTLENECK.VERSION, BOTTLENECK.VERSION.plus(1))
                .where(BOTTLENECK.ID.eq(sourceId))
                .execute();
        dsl.insertInto(
                        BOTTLENECK_ORGANISATION_TYPE,
                        BOTTLENECK_ORGANISATION_TYPE.BOTTLENECK_ID,
                        BOTTLENECK_ORGANISATION_TYPE.TYPE)
                .select(DSL.select(DSL.val(targetId), BOTTLENECK_ORGANISATION_TYPE.TYPE)
                        .from(BOTTLENECK_ORGANISATION_TYPE)
                        .where(BOTTLENECK_ORGANISATION_TYPE.BOTTLENECK_ID.eq(sourceId)))
                .onDuplicateKeyIgnore()
                .execute();
        dsl.insertInto(BOTTLENECK_ADDRESSEE, BOTTLENECK_ADDRESSEE.BOTTLENECK_ID, BOTTLENECK_ADDRESSEE.ADDRESSEE)
                .select(DSL.select(DSL.val(targetId), BOTTLENECK_ADDRESSEE.ADDRESSEE)
                        .from(BOTTLENECK_ADDRESSEE)
                        .where(BOTTLENECK_ADDRESSEE.BOTTLENECK_ID.eq(sourceId)))
                .onDuplicateKeyIgnore()
                .execute();
        dsl.update(BOTTLENECK)
                .set(BOTTLENECK.LAST_STEP_AT, now)
                .set(BOTTLENECK.VERSION, BOTTLENECK.VERSION.plus(1))
                .where(BOTTLENECK.ID.eq(targetId))
                .execute();
    }

    // ---- organisation types and addressees

    private void replaceOrganisationTypes(long id, Set<OrganisationType> types) {
        dsl.deleteFrom(BOTTLENECK_ORGANISATION_TYPE)
                .where(BOTTLENECK_ORGANISATION_TYPE.BOTTLENECK_ID.eq(id))
                .execute();
        for (OrganisationType type : types) {
            dsl.insertInto(BOTTLENECK_ORGANISATION_TYPE)
                    .set(BOTTLENECK_ORGANISATION_TYPE.BOTTLENECK_ID, id)
                    .set(BOTTLENECK_ORGANISATION_TYPE.TYPE, type)
                    .execute();
        }
    }

    private void replaceAddressees(long id, Set<Addressee> addressees) {
        dsl.deleteFrom(BOTTLENECK_ADDRESSEE)
                .where(BOTTLENECK_ADDRESSEE.BOTTLENECK_ID.eq(id))
                .execute();
        for (Addressee addressee : addressees) {
            dsl.insertInto(BOTTLENECK_ADDRESSEE)
                    .set(BOTTLENECK_ADDRESSEE.BOTTLENECK_ID, id)
                    .set(BOTTLENECK_ADDRESSEE.ADDRESSEE, addressee)
                    .execute();
        }
    }

    private Set<OrganisationType> organisationTypesOf(long id) {
        Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
        dsl.select(BOTTLENECK_ORGANISATION_TYPE.TYPE)
                .from(BOTTLENECK_ORGANISATION_TYPE)
                .where(BOTTLENECK_ORGANISATION_TYPE.BOTTLENECK_ID.eq(id))
                .forEach(r -> types.add(r.value1()));
        return types;
    }

    public Map<Long, Set<Addressee>> addresseesOf(Collection<Long> ids) {
        Map<Long, Set<Addressee>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        dsl.select(BOTTLENECK_ADDRESSEE.BOTTLENECK_ID, BOTTLENECK_ADDRESSEE.ADDRESSEE)
                .from(BOTTLENECK_ADDRESSEE)
                .where(BOTTLENECK_ADDRESSEE.BOTTLENECK_ID.in(ids))
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> EnumSet.noneOf(Addressee.class))
                        .add(r.value2()));
        return result;
    }

    // ---- the national agenda

    /** The agenda's items in priority order, in one query (and one for their addressees). */
    public List<AgendaRow> agenda() {
        List<? extends Record> rows = dsl.select(
                        BOTTLENECK.ID,
                        BOTTLENECK.TITLE,
                        REGION.NAME,
                        BOTTLENECK.STATUS,
                        BOTTLENECK.PROPOSED_SOLUTION,
                        BOTTLENECK.NEXT_STEP,
                        BOTTLENECK.FOLLOW_UP_DATE,
                        TRACK_OWNER.DISPLAY_NAME)
                .from(BOTTLENECK)
                .join(REGION)
                .on(REGION.ID.eq(BOTTLENECK.REGION_ID))
                .leftJoin(TRACK_OWNER)
                .on(TRACK_OWNER.ID.eq(BOTTLENECK.TRACK_OWNER_ID))
                .where(BOTTLENECK.ON_AGENDA.isTrue())
                .and(BOTTLENECK.STATUS.in(AGENDA_STATUSES))
                .orderBy(BOTTLENECK.AGENDA_POSITION, BOTTLENECK.ID)
                .fetch();
        Map<Long, Set<Addressee>> addressees =
                addresseesOf(rows.stream().map(r -> r.get(BOTTLENECK.ID)).toList());
        return rows.stream()
                .map(r -> new AgendaRow(
                        r.get(BOTTLENECK.ID),
                        r.get(BOTTLENECK.TITLE),
                        r.get(REGION.NAME),
                        r.get(BOTTLENECK.STATUS),
                        addressees.getOrDefault(r.get(BOTTLENECK.ID), Set.of()),
                        r.get(BOTTLENECK.PROPOSED_SOLUTION),
                        r.get(BOTTLENECK.NEXT_STEP),
                        r.get(BOTTLENECK.FOLLOW_UP_DATE),
                        r.get(TRACK_OWNER.DISPLAY_NAME)))
                .toList();
    }

    public record AgendaRow(
            long id,
            String title,
            String regionName,
            BottleneckStatus status,
            Set<Addressee> addressees,
            String proposedSolution,
            String nextStep,
            LocalDate followUpDate,
            String trackOwnerName) {}

    /** The ids of the agenda's items in priority order, locked for the transaction when asked. */
    public List<Long> agendaOrder(boolean lock) {
        var select = dsl.select(BOTTLENECK.ID)
                .from(BOTTLENECK)
                .where(BOTTLENECK.ON_AGENDA.isTrue())
                .and(BOTTLENECK.STATUS.in(AGENDA_STATUSES))
                .orderBy(BOTTLENECK.AGENDA_POSITION, BOTTLENECK.ID);
        return lock ? select.forUpdate().fetch(BOTTLENECK.ID) : select.fetch(BOTTLENECK.ID);
    }

    public void setAgendaOrder(List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            dsl.update(BOTTLENECK)
                    .set(BOTTLENECK.AGENDA_POSITION, i + 1)
                    .set(BOTTLENECK.VERSION, BOTTLENECK.VERSION.plus(1))
                    .where(BOTTLENECK.ID.eq(ids.get(i)))
                    .execute();
        }
    }

    // ---- the recognition matrix

    /** A page of open, unmerged bottlenecks in matrix order; each row: id, title, category, status, region, count. */
    public List<MatrixRowData> matrixRows(MatrixFilter filter, MatrixSort sort, int offset, int limit) {
        List<SortField<?>> order = switch (sort) {
            case MOST_REGIONS -> List.of(BOTTLENECK.RECOGNITION_COUNT.desc(), BOTTLENECK.RAISED_AT.desc());
            case FEWEST_REGIONS -> List.of(BOTTLENECK.RECOGNITION_COUNT.asc(), BOTTLENECK.RAISED_AT.asc());
            case NEWEST -> List.of(BOTTLENECK.RAISED_AT.desc());
        };
        return dsl.select(
                        BOTTLENECK.ID,
                        BOTTLENECK.TITLE,
                        BOTTLENECK.CATEGORY,
                        BOTTLENECK.STATUS,
                        BOTTLENECK.REGION_ID,
                        BOTTLENECK.RECOGNITION_COUNT)
                .from(BOTTLENECK)
                .where(matrixCondition(filter))
                .orderBy(order)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new MatrixRowData(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    public int countMatrixRows(MatrixFilter filter) {
        return dsl.fetchCount(BOTTLENECK, matrixCondition(filter));
    }

    private static Condition matrixCondition(MatrixFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(BOTTLENECK.MERGED_INTO_ID.isNull());
        conditions.add(BOTTLENECK.STATUS.notIn(BottleneckStatus.CLOSED, BottleneckStatus.WITHDRAWN));
        if (filter.category() != null) {
            conditions.add(BOTTLENECK.CATEGORY.eq(filter.category()));
        }
        if (filter.status() != null) {
            conditions.add(BOTTLENECK.STATUS.eq(filter.status()));
        }
        if (!filter.organisationTypes().isEmpty()) {
            conditions.add(involvesAny(filter.organisationTypes()));
        }
        return DSL.and(conditions);
    }

    public record MatrixRowData(
            long id,
            String title,
            BottleneckCategory category,
            BottleneckStatus status,
            long regionId,
            int recognitionCount) {}

    // ---- choices

    public List<TrackOwner> trackOwners() {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(APP_USER.ROLE_CODE.eq(Role.FACILITATOR))
                .and(APP_USER.ACTIVE.isTrue())
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(r -> new TrackOwner(r.value1(), r.value2()));
    }

    public boolean isTrackOwner(long userId) {
        return dsl.fetchExists(
                APP_USER,
                APP_USER.ID
                        .eq(userId)
                        .and(APP_USER.ROLE_CODE.eq(Role.FACILITATOR))
                        .and(APP_USER.ACTIVE.isTrue()));
    }
}
