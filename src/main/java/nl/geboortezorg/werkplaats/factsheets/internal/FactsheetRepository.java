package nl.geboortezorg.werkplaats.factsheets.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET;
import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET_KEY_FIGURE;
import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET_PARTNER;
import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET_VERSION;
import static nl.geboortezorg.werkplaats.db.Tables.ORGANISATION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.db.tables.AppUser;
import nl.geboortezorg.werkplaats.db.tables.records.FactsheetRecord;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDetail.VersionInfo;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDraft;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFilter;
import nl.geboortezorg.werkplaats.factsheets.FactsheetState;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSummary;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion.Withdrawal;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion.Workflow;
import nl.geboortezorg.werkplaats.factsheets.KeyFigure;
import nl.geboortezorg.werkplaats.factsheets.Partner;
import nl.geboortezorg.werkplaats.security.Readership;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Factsheets, their versions with partners and key figures, and the lists readers see. */
@Repository
public class FactsheetRepository {

    private static final nl.geboortezorg.werkplaats.db.tables.FactsheetVersion PUBLISHED =
            FACTSHEET_VERSION.as("published");
    private static final nl.geboortezorg.werkplaats.db.tables.FactsheetVersion WORKING =
            FACTSHEET_VERSION.as("working");
    private static final AppUser SAVER = APP_USER.as("saver");
    private static final AppUser SUBMITTER = APP_USER.as("submitter");
    private static final AppUser REVIEWER = APP_USER.as("reviewer");
    private static final AppUser WITHDRAWER = APP_USER.as("withdrawer");

    /** Who moved the version (in FACTSHEET_VERSION) through the workflow, and when. */
    private static final Field<Workflow> WORKFLOW = DSL.field(DSL.row(
                    SAVER.DISPLAY_NAME,
                    FACTSHEET_VERSION.SAVED_AT,
                    SUBMITTER.DISPLAY_NAME,
                    FACTSHEET_VERSION.SUBMITTED_AT,
                    REVIEWER.DISPLAY_NAME,
                    FACTSHEET_VERSION.REVIEWED_AT,
                    FACTSHEET_VERSION.REVIEW_COMMENT,
                    FACTSHEET_VERSION.PUBLISHED_AT))
            .convertFrom(Records.mapping(Workflow::new));

    private final DSLContext dsl;

    FactsheetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- lists

    /**
     * A page of factsheets the reader may see: published ones at a level they read, and in the
     * regions they write in also those still being worked on. The check is part of the query.
     */
    public List<FactsheetSummary> find(FactsheetFilter filter, Readership readership, int offset, int limit) {
        return find(conditions(filter, readership), offset, limit);
    }

    /**
     * A page of the public knowledge base: factsheets whose published version is public and was
     * not withdrawn.
     */
    public List<FactsheetSummary> findPublic(FactsheetFilter filter, int offset, int limit) {
        return find(publicConditions(filter), offset, limit);
    }

    public int countPublic(FactsheetFilter filter) {
        return count(publicConditions(filter));
    }

    private static Condition publicConditions(FactsheetFilter filter) {
        return conditions(filter, Readership.publicOnly()).and(PUBLISHED.STATE.eq(FactsheetState.PUBLISHED));
    }

    private List<FactsheetSummary> find(Condition conditions, int offset, int limit) {
        Field<Instant> latest = DSL.coalesce(PUBLISHED.PUBLISHED_AT, WORKING.SAVED_AT);
        return dsl.select(
                        FACTSHEET.ID,
                        FACTSHEET.REGION_ID,
                        REGION.CODE,
                        REGION.NAME,
                        PUBLISHED.TITLE,
                        PUBLISHED.PUBLICATION_LEVEL,
                        PUBLISHED.NUMBER,
                        PUBLISHED.PUBLISHED_AT,
                        WORKING.TITLE,
                        WORKING.PUBLICATION_LEVEL,
                        WORKING.STATE,
                        WORKING.SAVED_AT,
                        PUBLISHED.STATE)
                .from(FACTSHEET)
                .join(REGION)
                .on(REGION.ID.eq(FACTSHEET.REGION_ID))
                .leftJoin(PUBLISHED)
                .on(PUBLISHED.ID.eq(FACTSHEET.PUBLISHED_VERSION_ID))
                .leftJoin(WORKING)
                .on(WORKING.ID.eq(FACTSHEET.WORKING_VERSION_ID))
                .where(conditions)
                .orderBy(latest.desc(), FACTSHEET.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> {
                    boolean published = r.get(PUBLISHED.NUMBER) != null;
                    return new FactsheetSummary(
                            r.get(FACTSHEET.ID),
                            r.get(FACTSHEET.REGION_ID),
                            r.get(REGION.CODE),
                            r.get(REGION.NAME),
                            published ? r.get(PUBLISHED.TITLE) : r.get(WORKING.TITLE),
                            published ? r.get(PUBLISHED.PUBLICATION_LEVEL) : r.get(WORKING.PUBLICATION_LEVEL),
                            r.get(PUBLISHED.NUMBER),
                            r.get(PUBLISHED.PUBLISHED_AT),
                            r.get(WORKING.STATE),
                            r.get(WORKING.SAVED_AT),
                            r.get(PUBLISHED.STATE) == FactsheetState.WITHDRAWN);
                });
    }

    public int count(FactsheetFilter filter, Readership readership) {
        return count(conditions(filter, readership));
    }

    private int count(Condition conditions) {
        return dsl.fetchCount(dsl.selectOne()
                .from(FACTSHEET)
                .leftJoin(PUBLISHED)
                .on(PUBLISHED.ID.eq(FACTSHEET.PUBLISHED_VERSION_ID))
                .leftJoin(WORKING)
                .on(WORKING.ID.eq(FACTSHEET.WORKING_VERSION_ID))
                .where(conditions));
    }

    private static Condition conditions(FactsheetFilter filter, Readership readership) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(visible(readership));
        if (filter.regionId() != null) {
            conditions.add(FACTSHEET.REGION_ID.eq(filter.regionId()));
        }
        if (filter.awaitingReview()) {
            conditions.add(WORKING.STATE.eq(FactsheetState.SUBMITTED));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + Texts.escapeLike(filter.text().strip(), '!') + "%";
            Condition inPublished = DSL.or(
                    PUBLISHED.TITLE.like(pattern, '!'),
                    PUBLISHED.CONTEXT.like(pattern, '!'),
                    PUBLISHED.TARGET_GROUP.like(pattern, '!'),
                    PUBLISHED.APPROACH.like(pattern, '!'),
                    PUBLISHED.RESULTS.like(pattern, '!'),
                    PUBLISHED.LESSONS.like(pattern, '!'));
            // An unpublished factsheet is only listed to its writers, who may search its title.
            conditions.add(inPublished.or(PUBLISHED.ID.isNull().and(WORKING.TITLE.like(pattern, '!'))));
        }
        return DSL.and(conditions);
    }

    /** Published at a level the reader reads, or of a region they read everything of. */
    private static Condition visible(Readership readership) {
        if (readership.everything()) {
            return DSL.trueCondition();
        }
        Condition published = readership.levels().isEmpty()
                ? DSL.falseCondition()
                : PUBLISHED.ID.isNotNull().and(PUBLISHED.PUBLICATION_LEVEL.in(readership.levels()));
        return readership.regionIds().isEmpty()
                ? published
                : published.or(FACTSHEET.REGION_ID.in(readership.regionIds()));
    }

    // ---- one factsheet

    /** The factsheet row, locked for the transaction so that workflow steps happen one at a time. */
    public Optional<Head> lock(long factsheetId) {
        return dsl.selectFrom(FACTSHEET)
                .where(FACTSHEET.ID.eq(factsheetId))
                .forUpdate()
                .fetchOptional(FactsheetRepository::head);
    }

    public Optional<Head> head(long factsheetId) {
        return dsl.selectFrom(FACTSHEET).where(FACTSHEET.ID.eq(factsheetId)).fetchOptional(FactsheetRepository::head);
    }

    private static Head head(FactsheetRecord r) {
        return new Head(r.getId(), r.getRegionId(), r.getPublishedVersionId(), r.getWorkingVersionId());
    }

    /** A factsheet's pointers: its region, and its published and working version. */
    public record Head(long id, long regionId, Long publishedVersionId, Long workingVersionId) {}

    public long insertFactsheet(long regionId, long userId, Instant now) {
        return dsl.insertInto(FACTSHEET)
                .set(FACTSHEET.REGION_ID, regionId)
                .set(FACTSHEET.CREATED_BY, userId)
                .set(FACTSHEET.CREATED_AT, now)
                .returning(FACTSHEET.ID)
                .fetchOptional(FACTSHEET.ID)
                .orElseThrow();
    }

    public void setWorking(long factsheetId, @Nullable Long versionId) {
        dsl.update(FACTSHEET)
                .set(FACTSHEET.WORKING_VERSION_ID, versionId)
                .set(FACTSHEET.VERSION, FACTSHEET.VERSION.plus(1))
                .where(FACTSHEET.ID.eq(factsheetId))
                .execute();
    }

    public void setPublished(long factsheetId, long versionId) {
        dsl.update(FACTSHEET)
                .set(FACTSHEET.PUBLISHED_VERSION_ID, versionId)
                .set(FACTSHEET.WORKING_VERSION_ID, (Long) null)
                .set(FACTSHEET.VERSION, FACTSHEET.VERSION.plus(1))
                .where(FACTSHEET.ID.eq(factsheetId))
                .execute();
    }

    public int nextNumber(long factsheetId) {
        Integer last = dsl.select(DSL.max(FACTSHEET_VERSION.NUMBER))
                .from(FACTSHEET_VERSION)
                .where(FACTSHEET_VERSION.FACTSHEET_ID.eq(factsheetId))
                .fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    // ---- versions

    public long insertVersion(
            long factsheetId, int number, FactsheetDraft draft, List<Partner> partners, long userId, Instant now) {
        long id = dsl.insertInto(FACTSHEET_VERSION)
                .set(FACTSHEET_VERSION.FACTSHEET_ID, factsheetId)
                .set(FACTSHEET_VERSION.NUMBER, number)
                .set(FACTSHEET_VERSION.STATE, FactsheetState.DRAFT)
                .set(content(draft))
                .set(FACTSHEET_VERSION.CREATED_BY, userId)
                .set(FACTSHEET_VERSION.CREATED_AT, now)
                .set(FACTSHEET_VERSION.SAVED_BY, userId)
                .set(FACTSHEET_VERSION.SAVED_AT, now)
                .returning(FACTSHEET_VERSION.ID)
                .fetchOptional(FACTSHEET_VERSION.ID)
                .orElseThrow();
        replaceParts(id, partners, draft.keyFigures());
        return id;
    }

    /** The text of a version as typed: title, level and sections. */
    private static Map<Field<?>, Object> content(FactsheetDraft draft) {
        Map<Field<?>, Object> fields = new HashMap<>();
        fields.put(FACTSHEET_VERSION.TITLE, draft.title());
        fields.put(FACTSHEET_VERSION.PUBLICATION_LEVEL, draft.level());
        fields.put(FACTSHEET_VERSION.CONTEXT, draft.context());
        fields.put(FACTSHEET_VERSION.TARGET_GROUP, draft.targetGroup());
        fields.put(FACTSHEET_VERSION.APPROACH, draft.approach());
        fields.put(FACTSHEET_VERSION.RESULTS, draft.results());
        fields.put(FACTSHEET_VERSION.LESSONS, draft.lessons());
        fields.put(FACTSHEET_VERSION.FINANCING, draft.financing());
        fields.put(FACTSHEET_VERSION.CONTACT, draft.contact());
        return fields;
    }

    /** Saves the text of a version while it is still editable (a draft, or returned). */
    public void updateDraft(
            long versionId, int version, FactsheetDraft draft, List<Partner> partners, long userId, Instant now) {
        VersionedUpdate.of(dsl, FACTSHEET_VERSION, versionId, version)
                .set(content(draft))
                .set(FACTSHEET_VERSION.SAVED_BY, userId)
                .set(FACTSHEET_VERSION.SAVED_AT, now)
                .and(FACTSHEET_VERSION.STATE.in(FactsheetState.DRAFT, FactsheetState.RETURNED))
                .execute();
        replaceParts(versionId, partners, draft.keyFigures());
    }

    /** Submits a version for review. */
    public void submit(long versionId, int version, long userId, Instant now) {
        VersionedUpdate.of(dsl, FACTSHEET_VERSION, versionId, version)
                .set(FACTSHEET_VERSION.STATE, FactsheetState.SUBMITTED)
                .set(FACTSHEET_VERSION.SUBMITTED_BY, userId)
                .set(FACTSHEET_VERSION.SUBMITTED_AT, now)
                .execute();
    }

    /** Returns or publishes a submitted version. */
    public void review(
            long versionId, int version, FactsheetState outcome, @Nullable String comment, long userId, Instant now) {
        VersionedUpdate.of(dsl, FACTSHEET_VERSION, versionId, version)
                .set(FACTSHEET_VERSION.STATE, outcome)
                .set(FACTSHEET_VERSION.REVIEW_COMMENT, comment)
                .set(FACTSHEET_VERSION.REVIEWED_BY, userId)
                .set(FACTSHEET_VERSION.REVIEWED_AT, now)
                .set(FACTSHEET_VERSION.PUBLISHED_AT, outcome == FactsheetState.PUBLISHED ? now : null)
                .execute();
    }

    /**
     * Withdraws the published version (written under the version the reviewer read) and marks the
     * factsheet's earlier published versions withdrawn with it, for the same reason.
     */
    public void withdraw(long factsheetId, long versionId, int version, String reason, long userId, Instant now) {
        VersionedUpdate.of(dsl, FACTSHEET_VERSION, versionId, version)
                .set(withdrawal(reason, userId, now))
                .and(FACTSHEET_VERSION.STATE.eq(FactsheetState.PUBLISHED))
                .execute();
        dsl.update(FACTSHEET_VERSION)
                .set(withdrawal(reason, userId, now))
                .set(FACTSHEET_VERSION.VERSION, FACTSHEET_VERSION.VERSION.plus(1))
                .where(FACTSHEET_VERSION.FACTSHEET_ID.eq(factsheetId))
                .and(FACTSHEET_VERSION.STATE.eq(FactsheetState.PUBLISHED))
                .execute();
    }

    private static Map<Field<?>, Object> withdrawal(String reason, long userId, Instant now) {
        Map<Field<?>, Object> fields = new HashMap<>();
        fields.put(FACTSHEET_VERSION.STATE, FactsheetState.WITHDRAWN);
        fields.put(FACTSHEET_VERSION.WITHDRAWN_BY, userId);
        fields.put(FACTSHEET_VERSION.WITHDRAWN_AT, now);
        fields.put(FACTSHEET_VERSION.WITHDRAWAL_REASON, reason);
        return fields;
    }

    /**
     * Deletes the version being worked on, with its partners and key figures, while it is at the
     * version the writer read; the factsheet then has no version being worked on.
     */
    public void deleteWorkingVersion(long factsheetId, long versionId, int version) {
        VersionedUpdate.check(dsl, FACTSHEET_VERSION, versionId, version);
        setWorking(factsheetId, null);
        deleteVersions(List.of(versionId));
    }

    /** Deletes the factsheet with every version it has; for one that was never published. */
    public void deleteFactsheet(long factsheetId) {
        List<Long> versions = dsl.select(FACTSHEET_VERSION.ID)
                .from(FACTSHEET_VERSION)
                .where(FACTSHEET_VERSION.FACTSHEET_ID.eq(factsheetId))
                .fetch(FACTSHEET_VERSION.ID);
        dsl.update(FACTSHEET)
                .set(FACTSHEET.WORKING_VERSION_ID, (Long) null)
                .set(FACTSHEET.PUBLISHED_VERSION_ID, (Long) null)
                .where(FACTSHEET.ID.eq(factsheetId))
                .execute();
        deleteVersions(versions);
        dsl.deleteFrom(FACTSHEET).where(FACTSHEET.ID.eq(factsheetId)).execute();
    }

    private void deleteVersions(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return;
        }
        dsl.deleteFrom(FACTSHEET_PARTNER)
                .where(FACTSHEET_PARTNER.VERSION_ID.in(versionIds))
                .execute();
        dsl.deleteFrom(FACTSHEET_KEY_FIGURE)
                .where(FACTSHEET_KEY_FIGURE.VERSION_ID.in(versionIds))
                .execute();
        dsl.deleteFrom(FACTSHEET_VERSION)
                .where(FACTSHEET_VERSION.ID.in(versionIds))
                .execute();
    }

    /**
     * One version: its text with its region and who moved it through the workflow, then its
     * partners and its key figures. (In one statement, the lists as multisets, it measured slower
     * on MariaDB: FactsheetAnalysisReadBenchmark.)
     */
    public Optional<FactsheetVersion> findVersion(long versionId) {
        return dsl.select(FACTSHEET_VERSION.fields())
                .select(FACTSHEET.REGION_ID, REGION.CODE, REGION.NAME, WORKFLOW, WITHDRAWER.DISPLAY_NAME)
                .from(FACTSHEET_VERSION)
                .join(FACTSHEET)
                .on(FACTSHEET.ID.eq(FACTSHEET_VERSION.FACTSHEET_ID))
                .join(REGION)
                .on(REGION.ID.eq(FACTSHEET.REGION_ID))
                .join(SAVER)
                .on(SAVER.ID.eq(FACTSHEET_VERSION.SAVED_BY))
                .leftJoin(SUBMITTER)
                .on(SUBMITTER.ID.eq(FACTSHEET_VERSION.SUBMITTED_BY))
                .leftJoin(REVIEWER)
                .on(REVIEWER.ID.eq(FACTSHEET_VERSION.REVIEWED_BY))
                .leftJoin(WITHDRAWER)
                .on(WITHDRAWER.ID.eq(FACTSHEET_VERSION.WITHDRAWN_BY))
                .where(FACTSHEET_VERSION.ID.eq(versionId))
                .fetchOptional(r -> {
                    List<Partner> partners = partnersOf(versionId);
                    FactsheetDraft content = new FactsheetDraft(
                            r.get(FACTSHEET_VERSION.TITLE),
                            r.get(FACTSHEET_VERSION.PUBLICATION_LEVEL),
                            r.get(FACTSHEET_VERSION.CONTEXT),
                            r.get(FACTSHEET_VERSION.TARGET_GROUP),
                            r.get(FACTSHEET_VERSION.APPROACH),
                            partners.stream()
                                    .map(Partner::organisationId)
                                    .filter(Objects::nonNull)
                                    .toList(),
                            r.get(FACTSHEET_VERSION.RESULTS),
                            keyFiguresOf(versionId),
                            r.get(FACTSHEET_VERSION.LESSONS),
                            r.get(FACTSHEET_VERSION.FINANCING),
                            r.get(FACTSHEET_VERSION.CONTACT));
                    return new FactsheetVersion(
                            versionId,
                            r.get(FACTSHEET_VERSION.FACTSHEET_ID),
                            r.get(FACTSHEET.REGION_ID),
                            r.get(REGION.CODE),
                            r.get(REGION.NAME),
                            r.get(FACTSHEET_VERSION.NUMBER),
                            r.get(FACTSHEET_VERSION.STATE),
                            content,
                            partners,
                            r.get(WORKFLOW),
                            r.get(FACTSHEET_VERSION.VERSION),
                            withdrawal(r));
                });
    }

    private static @Nullable Withdrawal withdrawal(Record r) {
        Instant at = r.get(FACTSHEET_VERSION.WITHDRAWN_AT);
        String by = r.get(WITHDRAWER.DISPLAY_NAME);
        String reason = r.get(FACTSHEET_VERSION.WITHDRAWAL_REASON);
        return at == null || by == null || reason == null ? null : new Withdrawal(by, at, reason);
    }

    /** The partners as the version names them. */
    private List<Partner> partnersOf(long versionId) {
        return dsl.select(FACTSHEET_PARTNER.ORGANISATION_ID, FACTSHEET_PARTNER.NAME, FACTSHEET_PARTNER.TYPE)
                .from(FACTSHEET_PARTNER)
                .where(FACTSHEET_PARTNER.VERSION_ID.eq(versionId))
                .orderBy(FACTSHEET_PARTNER.POSITION)
                .fetch(Records.mapping(Partner::new));
    }

    private List<KeyFigure> keyFiguresOf(long versionId) {
        return dsl.select(
                        FACTSHEET_KEY_FIGURE.LABEL,
                        FACTSHEET_KEY_FIGURE.VALUE,
                        FACTSHEET_KEY_FIGURE.UNIT,
                        FACTSHEET_KEY_FIGURE.YEAR.coerce(Integer.class))
                .from(FACTSHEET_KEY_FIGURE)
                .where(FACTSHEET_KEY_FIGURE.VERSION_ID.eq(versionId))
                .orderBy(FACTSHEET_KEY_FIGURE.POSITION)
                .fetch(Records.mapping(KeyFigure::new));
    }

    /** Every version of the factsheet, newest first. */
    public List<VersionInfo> versionsOf(long factsheetId) {
        return dsl.select(
                        FACTSHEET_VERSION.ID,
                        FACTSHEET_VERSION.NUMBER,
                        FACTSHEET_VERSION.STATE,
                        FACTSHEET_VERSION.TITLE,
                        FACTSHEET_VERSION.PUBLISHED_AT,
                        FACTSHEET_VERSION.SAVED_AT,
                        FACTSHEET_VERSION.PUBLICATION_LEVEL)
                .from(FACTSHEET_VERSION)
                .where(FACTSHEET_VERSION.FACTSHEET_ID.eq(factsheetId))
                .orderBy(FACTSHEET_VERSION.NUMBER.desc())
                .fetch(Records.mapping(VersionInfo::new));
    }

    private void replaceParts(long versionId, List<Partner> partners, List<KeyFigure> figures) {
        dsl.deleteFrom(FACTSHEET_PARTNER)
                .where(FACTSHEET_PARTNER.VERSION_ID.eq(versionId))
                .execute();
        dsl.deleteFrom(FACTSHEET_KEY_FIGURE)
                .where(FACTSHEET_KEY_FIGURE.VERSION_ID.eq(versionId))
                .execute();
        int position = 0;
        for (Partner partner : partners) {
            dsl.insertInto(FACTSHEET_PARTNER)
                    .set(FACTSHEET_PARTNER.VERSION_ID, versionId)
                    .set(FACTSHEET_PARTNER.POSITION, position++)
                    .set(FACTSHEET_PARTNER.ORGANISATION_ID, partner.organisationId())
                    .set(FACTSHEET_PARTNER.NAME, partner.name())
                    .set(FACTSHEET_PARTNER.TYPE, partner.type())
                    .execute();
        }
        position = 0;
        for (KeyFigure figure : figures) {
            dsl.insertInto(FACTSHEET_KEY_FIGURE)
                    .set(FACTSHEET_KEY_FIGURE.VERSION_ID, versionId)
                    .set(FACTSHEET_KEY_FIGURE.POSITION, position++)
                    .set(FACTSHEET_KEY_FIGURE.LABEL, figure.label())
                    .set(FACTSHEET_KEY_FIGURE.VALUE, figure.value())
                    .set(FACTSHEET_KEY_FIGURE.UNIT, figure.unit())
                    .set(
                            FACTSHEET_KEY_FIGURE.YEAR,
                            figure.year() == null ? null : figure.year().shortValue())
                    .execute();
        }
    }

    // ---- the region's organisations

    /** The region's partner organisations, by type and name, as a version would name them. */
    public List<Partner> organisationsOf(long regionId) {
        return dsl.selectFrom(ORGANISATION)
                .where(ORGANISATION.REGION_ID.eq(regionId))
                .orderBy(ORGANISATION.TYPE, ORGANISATION.NAME)
                .fetch(o -> new Partner(o.getId(), o.getName(), o.getType()));
    }

    public List<Partner> organisations(long regionId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return organisationsOf(regionId).stream()
                .filter(p -> ids.contains(p.organisationId()))
                .toList();
    }
}
