package nl.geboortezorg.werkplaats.mkba.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_ANALYSIS;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_BLOCKED_BENEFIT;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_LINE_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_LINE_ITEM_YEAR;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_STAKEHOLDER;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_UNPRICED_EFFECT;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.db.tables.MkbaAnalysis;
import nl.geboortezorg.werkplaats.db.tables.records.MkbaAnalysisRecord;
import nl.geboortezorg.werkplaats.db.tables.records.MkbaLineItemRecord;
import nl.geboortezorg.werkplaats.mkba.AmountMode;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.Blocker;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.EffectRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.LineItemRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.ScenarioRef;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.StakeholderRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDraft;
import nl.geboortezorg.werkplaats.mkba.AnalysisFilter;
import nl.geboortezorg.werkplaats.mkba.AnalysisState;
import nl.geboortezorg.werkplaats.mkba.AnalysisSummary;
import nl.geboortezorg.werkplaats.mkba.BenefitChoice;
import nl.geboortezorg.werkplaats.mkba.EffectDraft;
import nl.geboortezorg.werkplaats.mkba.LineItemDraft;
import nl.geboortezorg.werkplaats.mkba.StakeholderDraft;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.security.Readership;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Cost-benefit analyses with their stakeholders, line items, unpriced effects and blocking bottlenecks. */
@Repository
public class AnalysisRepository {

    private static final MkbaAnalysis SCENARIO = MKBA_ANALYSIS.as("scenario");
    private static final MkbaAnalysis BASE = MKBA_ANALYSIS.as("base");

    /** The heading of an analysis as it was typed. */
    private static final SelectField<AnalysisDraft> HEADING = DSL.row(
                    MKBA_ANALYSIS.TITLE,
                    DSL.coalesce(MKBA_ANALYSIS.DESCRIPTION, DSL.inline("")),
                    MKBA_ANALYSIS.BASE_YEAR,
                    MKBA_ANALYSIS.HORIZON_YEARS,
                    MKBA_ANALYSIS.PRICE_LEVEL_YEAR,
                    MKBA_ANALYSIS.DISCOUNT_RATE,
                    MKBA_ANALYSIS.CUSTOM_RATE,
                    MKBA_ANALYSIS.VARIATION_PERCENT,
                    MKBA_ANALYSIS.PUBLICATION_LEVEL)
            .mapping(AnalysisDraft::new);

    private final DSLContext dsl;

    AnalysisRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The head of an analysis as the checks need it. */
    public record Head(
            long id,
            long regionId,
            Long scenarioOfId,
            AnalysisState state,
            PublicationLevel level,
            int baseYear,
            int horizonYears,
            int version) {}

    // ---- lists

    /** Base analyses (not scenarios) the reader may see, the latest saved first. */
    public List<AnalysisSummary> find(AnalysisFilter filter, Readership readership, int offset, int limit) {
        Field<Integer> scenarios = DSL.field(dsl.selectCount()
                .from(SCENARIO)
                .where(SCENARIO.SCENARIO_OF_ID.eq(MKBA_ANALYSIS.ID))
                .and(visible(SCENARIO, readership)));
        return dsl.select(
                        MKBA_ANALYSIS.ID,
                        MKBA_ANALYSIS.REGION_ID,
                        REGION.NAME,
                        MKBA_ANALYSIS.TITLE,
                        MKBA_ANALYSIS.STATE,
                        MKBA_ANALYSIS.PUBLICATION_LEVEL,
                        MKBA_ANALYSIS.BASE_YEAR,
                        MKBA_ANALYSIS.HORIZON_YEARS,
                        MKBA_ANALYSIS.SAVED_AT,
                        scenarios)
                .from(MKBA_ANALYSIS)
                .join(REGION)
                .on(REGION.ID.eq(MKBA_ANALYSIS.REGION_ID))
                .where(conditions(filter, readership))
                .orderBy(MKBA_ANALYSIS.SAVED_AT.desc(), MKBA_ANALYSIS.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new AnalysisSummary(
                        r.get(MKBA_ANALYSIS.ID),
                        r.get(MKBA_ANALYSIS.REGION_ID),
                        r.get(REGION.NAME),
                        r.get(MKBA_ANALYSIS.TITLE),
                        r.get(MKBA_ANALYSIS.STATE),
                        r.get(MKBA_ANALYSIS.PUBLICATION_LEVEL),
                        r.get(MKBA_ANALYSIS.BASE_YEAR),
                        r.get(MKBA_ANALYSIS.HORIZON_YEARS),
                        r.get(MKBA_ANALYSIS.SAVED_AT),
                        r.get(scenarios)));
    }

    public int count(AnalysisFilter filter, Readership readership) {
        return dsl.fetchCount(MKBA_ANALYSIS, conditions(filter, readership));
    }

    private static Condition conditions(AnalysisFilter filter, Readership readership) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(MKBA_ANALYSIS.SCENARIO_OF_ID.isNull());
        conditions.add(visible(MKBA_ANALYSIS, readership));
        if (filter.regionId() != null) {
            conditions.add(MKBA_ANALYSIS.REGION_ID.eq(filter.regionId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + Texts.escapeLike(filter.text().strip(), '!') + "%";
            conditions.add(MKBA_ANALYSIS.TITLE.like(pattern, '!').or(MKBA_ANALYSIS.DESCRIPTION.like(pattern, '!')));
        }
        return DSL.and(conditions);
    }

    /** Published at a level the reader reads, or of a region whose drafts the reader sees. */
    static Condition visible(MkbaAnalysis analysis, Readership readership) {
        if (readership.everything()) {
            return DSL.trueCondition();
        }
        Condition published = readership.levels().isEmpty()
                ? DSL.falseCondition()
                : analysis.STATE.eq(AnalysisState.PUBLISHED).and(analysis.PUBLICATION_LEVEL.in(readership.levels()));
        return readership.regionIds().isEmpty()
                ? published
                : published.or(analysis.REGION_ID.in(readership.regionIds()));
    }

    // ---- one analysis

    public @Nullable String title(long id) {
        return dsl.select(MKBA_ANALYSIS.TITLE)
                .from(MKBA_ANALYSIS)
                .where(MKBA_ANALYSIS.ID.eq(id))
                .fetchOne(MKBA_ANALYSIS.TITLE);
    }

    public Optional<Head> head(long id) {
        return dsl.selectFrom(MKBA_ANALYSIS).where(MKBA_ANALYSIS.ID.eq(id)).fetchOptional(AnalysisRepository::head);
    }

    /** The head, locked for the transaction, so that a change of the analysis and of its parts happen one at a time. */
    public Optional<Head> lock(long id) {
        return dsl.selectFrom(MKBA_ANALYSIS)
                .where(MKBA_ANALYSIS.ID.eq(id))
                .forUpdate()
                .fetchOptional(AnalysisRepository::head);
    }

    private static Head head(MkbaAnalysisRecord r) {
        return new Head(
                r.getId(),
                r.getRegionId(),
                r.getScenarioOfId(),
                r.getState(),
                r.getPublicationLevel(),
                r.getBaseYear(),
                r.getHorizonYears(),
                r.getVersion());
    }

    /** An analysis without its parts. */
    public record Loaded(
            long id,
            long regionId,
            String regionName,
            Long scenarioOfId,
            String scenarioOfTitle,
            AnalysisDraft heading,
            AnalysisState state,
            Instant savedAt,
            String savedBy,
            Instant publishedAt,
            int version) {}

    public Optional<Loaded> load(long id) {
        return dsl.select(
                        MKBA_ANALYSIS.ID,
                        MKBA_ANALYSIS.REGION_ID,
                        REGION.NAME,
                        MKBA_ANALYSIS.SCENARIO_OF_ID,
                        BASE.TITLE,
                        HEADING,
                        MKBA_ANALYSIS.STATE,
                        MKBA_ANALYSIS.SAVED_AT,
                        APP_USER.DISPLAY_NAME,
                        MKBA_ANALYSIS.PUBLISHED_AT,
                        MKBA_ANALYSIS.VERSION)
                .from(MKBA_ANALYSIS)
                .join(REGION)
                .on(REGION.ID.eq(MKBA_ANALYSIS.REGION_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(MKBA_ANALYSIS.SAVED_BY))
                .leftJoin(BASE)
                .on(BASE.ID.eq(MKBA_ANALYSIS.SCENARIO_OF_ID))
                .where(MKBA_ANALYSIS.ID.eq(id))
                .fetchOptional(Records.mapping(Loaded::new));
    }

    /** The base analysis and its scenarios, as far as the reader may see them, oldest first. */
    public List<ScenarioRef> family(long baseId, Readership readership) {
        return dsl.select(MKBA_ANALYSIS.ID, MKBA_ANALYSIS.TITLE, MKBA_ANALYSIS.STATE)
                .from(MKBA_ANALYSIS)
                .where(MKBA_ANALYSIS.ID.eq(baseId).or(MKBA_ANALYSIS.SCENARIO_OF_ID.eq(baseId)))
                .and(visible(MKBA_ANALYSIS, readership))
                .orderBy(MKBA_ANALYSIS.ID)
                .fetch(Records.mapping(ScenarioRef::new));
    }

    public long insert(long regionId, @Nullable Long scenarioOfId, AnalysisDraft draft, long userId, Instant now) {
        return dsl.insertInto(MKBA_ANALYSIS)
                .set(MKBA_ANALYSIS.REGION_ID, regionId)
                .set(MKBA_ANALYSIS.SCENARIO_OF_ID, scenarioOfId)
                .set(headingFields(draft))
                .set(MKBA_ANALYSIS.STATE, AnalysisState.DRAFT)
                .set(MKBA_ANALYSIS.CREATED_BY, userId)
                .set(MKBA_ANALYSIS.CREATED_AT, now)
                .set(MKBA_ANALYSIS.SAVED_BY, userId)
                .set(MKBA_ANALYSIS.SAVED_AT, now)
                .returningResult(MKBA_ANALYSIS.ID)
                .fetchOptional(MKBA_ANALYSIS.ID)
                .orElseThrow();
    }

    public void updateHeading(long id, int version, AnalysisDraft draft, long userId, Instant now) {
        VersionedUpdate.of(dsl, MKBA_ANALYSIS, id, version)
                .set(headingFields(draft))
                .set(MKBA_ANALYSIS.SAVED_BY, userId)
                .set(MKBA_ANALYSIS.SAVED_AT, now)
                .execute();
    }

    private static Map<Field<?>, Object> headingFields(AnalysisDraft draft) {
        Map<Field<?>, Object> fields = new HashMap<>();
        fields.put(MKBA_ANALYSIS.TITLE, draft.title());
        fields.put(MKBA_ANALYSIS.DESCRIPTION, draft.description());
        fields.put(MKBA_ANALYSIS.BASE_YEAR, draft.baseYear());
        fields.put(MKBA_ANALYSIS.HORIZON_YEARS, draft.horizonYears());
        fields.put(MKBA_ANALYSIS.PRICE_LEVEL_YEAR, draft.priceLevelYear());
        fields.put(MKBA_ANALYSIS.DISCOUNT_RATE, draft.discountRate());
        fields.put(MKBA_ANALYSIS.CUSTOM_RATE, draft.customRate());
        fields.put(MKBA_ANALYSIS.VARIATION_PERCENT, draft.variationPercent());
        fields.put(MKBA_ANALYSIS.PUBLICATION_LEVEL, draft.level());
        return fields;
    }

    /** Publishes or withdraws. */
    public void setState(long id, int version, AnalysisState state, long userId, Instant now) {
        VersionedUpdate.of(dsl, MKBA_ANALYSIS, id, version)
                .set(MKBA_ANALYSIS.STATE, state)
                .set(MKBA_ANALYSIS.PUBLISHED_AT, state == AnalysisState.PUBLISHED ? now : null)
                .set(MKBA_ANALYSIS.SAVED_BY, userId)
                .set(MKBA_ANALYSIS.SAVED_AT, now)
                .execute();
    }

    /**
     * Marks the analysis as saved now by the user after a change of one of its parts, and raises
     * its version: the analysis is what its parts make it, so a publish, delete or heading change
     * made with the version read before that change is stale. Parts carry versions of their own,
     * so two writers changing different parts do not get in each other's way.
     */
    public void touch(long id, long userId, Instant now) {
        dsl.update(MKBA_ANALYSIS)
                .set(MKBA_ANALYSIS.SAVED_BY, userId)
                .set(MKBA_ANALYSIS.SAVED_AT, now)
                .set(MKBA_ANALYSIS.VERSION, MKBA_ANALYSIS.VERSION.plus(1))
                .where(MKBA_ANALYSIS.ID.eq(id))
                .execute();
    }

    /**
     * Deletes the analysis, its scenarios and all their parts. Parts go before stakeholders, which
     * both effects and items name, because the database does not order the cascades of one delete.
     */
    public void delete(long id, int version) {
        VersionedUpdate.check(dsl, MKBA_ANALYSIS, id, version);
        List<Long> family = dsl.select(MKBA_ANALYSIS.ID)
                .from(MKBA_ANALYSIS)
                .where(MKBA_ANALYSIS.ID.eq(id).or(MKBA_ANALYSIS.SCENARIO_OF_ID.eq(id)))
                .fetch(MKBA_ANALYSIS.ID);
        dsl.deleteFrom(MKBA_UNPRICED_EFFECT)
                .where(MKBA_UNPRICED_EFFECT.ANALYSIS_ID.in(family))
                .execute();
        dsl.deleteFrom(MKBA_LINE_ITEM)
                .where(MKBA_LINE_ITEM.ANALYSIS_ID.in(family))
                .execute();
        dsl.deleteFrom(MKBA_STAKEHOLDER)
                .where(MKBA_STAKEHOLDER.ANALYSIS_ID.in(family))
                .execute();
        dsl.deleteFrom(MKBA_ANALYSIS).where(MKBA_ANALYSIS.SCENARIO_OF_ID.eq(id)).execute();
        dsl.deleteFrom(MKBA_ANALYSIS).where(MKBA_ANALYSIS.ID.eq(id)).execute();
    }

    // ---- stakeholders

    public List<StakeholderRow> stakeholders(long analysisId) {
        return dsl.select(
                        MKBA_STAKEHOLDER.ID,
                        MKBA_STAKEHOLDER.VERSION,
                        DSL.row(MKBA_STAKEHOLDER.NAME, MKBA_STAKEHOLDER.FUNDING_STREAM)
                                .mapping(StakeholderDraft::new))
                .from(MKBA_STAKEHOLDER)
                .where(MKBA_STAKEHOLDER.ANALYSIS_ID.eq(analysisId))
                .orderBy(MKBA_STAKEHOLDER.POSITION, MKBA_STAKEHOLDER.ID)
                .fetch(Records.mapping(StakeholderRow::new));
    }

    /** The analysis a stakeholder belongs to. */
    public Optional<Long> analysisOfStakeholder(long stakeholderId) {
        return dsl.select(MKBA_STAKEHOLDER.ANALYSIS_ID)
                .from(MKBA_STAKEHOLDER)
                .where(MKBA_STAKEHOLDER.ID.eq(stakeholderId))
                .fetchOptional(MKBA_STAKEHOLDER.ANALYSIS_ID);
    }

    public long insertStakeholder(long analysisId, StakeholderDraft draft) {
        int position = nextPosition(MKBA_STAKEHOLDER.POSITION, MKBA_STAKEHOLDER.ANALYSIS_ID.eq(analysisId));
        return dsl.insertInto(MKBA_STAKEHOLDER)
                .set(MKBA_STAKEHOLDER.ANALYSIS_ID, analysisId)
                .set(MKBA_STAKEHOLDER.POSITION, position)
                .set(stakeholderFields(draft))
                .returningResult(MKBA_STAKEHOLDER.ID)
                .fetchOptional(MKBA_STAKEHOLDER.ID)
                .orElseThrow();
    }

    public void updateStakeholder(long id, int version, StakeholderDraft draft) {
        VersionedUpdate.of(dsl, MKBA_STAKEHOLDER, id, version)
                .set(stakeholderFields(draft))
                .execute();
    }

    private static Map<Field<?>, Object> stakeholderFields(StakeholderDraft draft) {
        return Map.of(MKBA_STAKEHOLDER.NAME, draft.name(), MKBA_STAKEHOLDER.FUNDING_STREAM, draft.fundingStream());
    }

    /** How many items and effects name the stakeholder. */
    public int usesOfStakeholder(long id) {
        return dsl.fetchCount(MKBA_LINE_ITEM, MKBA_LINE_ITEM.STAKEHOLDER_ID.eq(id))
                + dsl.fetchCount(MKBA_UNPRICED_EFFECT, MKBA_UNPRICED_EFFECT.STAKEHOLDER_ID.eq(id));
    }

    public void deleteStakeholder(long id, int version) {
        VersionedUpdate.delete(dsl, MKBA_STAKEHOLDER, id, version);
    }

    // ---- line items

    public List<LineItemRow> items(long analysisId) {
        Map<Long, TreeMap<Integer, BigDecimal>> years = new HashMap<>();
        dsl.select(MKBA_LINE_ITEM_YEAR.LINE_ITEM_ID, MKBA_LINE_ITEM_YEAR.YEAR, MKBA_LINE_ITEM_YEAR.AMOUNT)
                .from(MKBA_LINE_ITEM_YEAR)
                .join(MKBA_LINE_ITEM)
                .on(MKBA_LINE_ITEM.ID.eq(MKBA_LINE_ITEM_YEAR.LINE_ITEM_ID))
                .where(MKBA_LINE_ITEM.ANALYSIS_ID.eq(analysisId))
                .forEach(r ->
                        years.computeIfAbsent(r.value1(), k -> new TreeMap<>()).put(r.value2(), r.value3()));
        return dsl.selectFrom(MKBA_LINE_ITEM)
                .where(MKBA_LINE_ITEM.ANALYSIS_ID.eq(analysisId))
                .orderBy(MKBA_LINE_ITEM.POSITION, MKBA_LINE_ITEM.ID)
                .fetch(r -> new LineItemRow(
                        r.getId(), r.getVersion(), item(r, years.getOrDefault(r.getId(), new TreeMap<>()))));
    }

    private static LineItemDraft item(MkbaLineItemRecord r, TreeMap<Integer, BigDecimal> years) {
        return new LineItemDraft(
                r.getKind(),
                r.getDescription(),
                r.getStakeholderId(),
                r.getValueType(),
                r.getAmountMode(),
                r.getAmount(),
                r.getFromYear(),
                r.getToYear(),
                r.getGrowthPercent(),
                years,
                r.getDeadweight(),
                r.getAttribution(),
                r.getOptimismBias(),
                r.getDropOff(),
                r.getSource() == null ? "" : r.getSource(),
                r.getConfidence());
    }

    public Optional<Long> analysisOfItem(long itemId) {
        return dsl.select(MKBA_LINE_ITEM.ANALYSIS_ID)
                .from(MKBA_LINE_ITEM)
                .where(MKBA_LINE_ITEM.ID.eq(itemId))
                .fetchOptional(MKBA_LINE_ITEM.ANALYSIS_ID);
    }

    public long insertItem(long analysisId, LineItemDraft draft) {
        int position = nextPosition(MKBA_LINE_ITEM.POSITION, MKBA_LINE_ITEM.ANALYSIS_ID.eq(analysisId));
        long id = dsl.insertInto(MKBA_LINE_ITEM)
                .set(MKBA_LINE_ITEM.ANALYSIS_ID, analysisId)
                .set(MKBA_LINE_ITEM.POSITION, position)
                .set(itemFields(draft))
                .returningResult(MKBA_LINE_ITEM.ID)
                .fetchOptional(MKBA_LINE_ITEM.ID)
                .orElseThrow();
        replaceYears(id, draft);
        return id;
    }

    public void updateItem(long id, int version, LineItemDraft draft) {
        VersionedUpdate.of(dsl, MKBA_LINE_ITEM, id, version)
                .set(itemFields(draft))
                .execute();
        replaceYears(id, draft);
    }

    private static final String CHECKED = "the service writes checked drafts only";

    private static Map<Field<?>, Object> itemFields(LineItemDraft draft) {
        boolean constant = draft.mode() == AmountMode.CONSTANT;
        Map<Field<?>, Object> fields = new HashMap<>();
        fields.put(MKBA_LINE_ITEM.STAKEHOLDER_ID, draft.stakeholderId());
        fields.put(MKBA_LINE_ITEM.KIND, draft.kind());
        fields.put(MKBA_LINE_ITEM.DESCRIPTION, draft.description());
        fields.put(MKBA_LINE_ITEM.VALUE_TYPE, draft.valueType());
        fields.put(MKBA_LINE_ITEM.AMOUNT_MODE, draft.mode());
        fields.put(MKBA_LINE_ITEM.AMOUNT, constant ? draft.amount() : null);
        fields.put(MKBA_LINE_ITEM.FROM_YEAR, constant ? draft.fromYear() : null);
        fields.put(MKBA_LINE_ITEM.TO_YEAR, constant ? draft.toYear() : null);
        fields.put(MKBA_LINE_ITEM.GROWTH_PERCENT, constant ? draft.growthPercent() : BigDecimal.ZERO);
        fields.put(MKBA_LINE_ITEM.DEADWEIGHT, draft.deadweight());
        fields.put(MKBA_LINE_ITEM.ATTRIBUTION, draft.attribution());
        fields.put(MKBA_LINE_ITEM.OPTIMISM_BIAS, draft.optimismBias());
        fields.put(MKBA_LINE_ITEM.DROP_OFF, draft.dropOff());
        fields.put(MKBA_LINE_ITEM.SOURCE, draft.source());
        fields.put(MKBA_LINE_ITEM.CONFIDENCE, draft.confidence());
        return fields;
    }

    private void replaceYears(long itemId, LineItemDraft draft) {
        dsl.deleteFrom(MKBA_LINE_ITEM_YEAR)
                .where(MKBA_LINE_ITEM_YEAR.LINE_ITEM_ID.eq(itemId))
                .execute();
        if (draft.mode() == AmountMode.PER_YEAR) {
            draft.perYear()
                    .forEach((year, amount) -> dsl.insertInto(MKBA_LINE_ITEM_YEAR)
                            .set(MKBA_LINE_ITEM_YEAR.LINE_ITEM_ID, itemId)
                            .set(MKBA_LINE_ITEM_YEAR.YEAR, year)
                            .set(MKBA_LINE_ITEM_YEAR.AMOUNT, amount)
                            .execute());
        }
    }

    public void deleteItem(long id, int version) {
        VersionedUpdate.delete(dsl, MKBA_LINE_ITEM, id, version);
    }

    // ---- unpriced effects

    public List<EffectRow> effects(long analysisId) {
        return dsl.select(
                        MKBA_UNPRICED_EFFECT.ID,
                        MKBA_UNPRICED_EFFECT.VERSION,
                        DSL.row(
                                        MKBA_UNPRICED_EFFECT.DESCRIPTION,
                                        MKBA_UNPRICED_EFFECT.STAKEHOLDER_ID,
                                        MKBA_UNPRICED_EFFECT.DIRECTION)
                                .mapping(EffectDraft::new))
                .from(MKBA_UNPRICED_EFFECT)
                .where(MKBA_UNPRICED_EFFECT.ANALYSIS_ID.eq(analysisId))
                .orderBy(MKBA_UNPRICED_EFFECT.POSITION, MKBA_UNPRICED_EFFECT.ID)
                .fetch(Records.mapping(EffectRow::new));
    }

    public Optional<Long> analysisOfEffect(long effectId) {
        return dsl.select(MKBA_UNPRICED_EFFECT.ANALYSIS_ID)
                .from(MKBA_UNPRICED_EFFECT)
                .where(MKBA_UNPRICED_EFFECT.ID.eq(effectId))
                .fetchOptional(MKBA_UNPRICED_EFFECT.ANALYSIS_ID);
    }

    public long insertEffect(long analysisId, EffectDraft draft) {
        int position = nextPosition(MKBA_UNPRICED_EFFECT.POSITION, MKBA_UNPRICED_EFFECT.ANALYSIS_ID.eq(analysisId));
        return dsl.insertInto(MKBA_UNPRICED_EFFECT)
                .set(MKBA_UNPRICED_EFFECT.ANALYSIS_ID, analysisId)
                .set(MKBA_UNPRICED_EFFECT.POSITION, position)
                .set(effectFields(draft))
                .returningResult(MKBA_UNPRICED_EFFECT.ID)
                .fetchOptional(MKBA_UNPRICED_EFFECT.ID)
                .orElseThrow();
    }

    public void updateEffect(long id, int version, EffectDraft draft) {
        VersionedUpdate.of(dsl, MKBA_UNPRICED_EFFECT, id, version)
                .set(effectFields(draft))
                .execute();
    }

    private static Map<Field<?>, Object> effectFields(EffectDraft draft) {
        return Map.of(
                MKBA_UNPRICED_EFFECT.DESCRIPTION,
                draft.description(),
                MKBA_UNPRICED_EFFECT.STAKEHOLDER_ID,
                draft.stakeholderId(),
                MKBA_UNPRICED_EFFECT.DIRECTION,
                draft.direction());
    }

    public void deleteEffect(long id, int version) {
        VersionedUpdate.delete(dsl, MKBA_UNPRICED_EFFECT, id, version);
    }

    private int nextPosition(TableField<?, Integer> position, Condition of) {
        Integer max = dsl.select(DSL.max(position))
                .from(position.getTable())
                .where(of)
                .fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    // ---- bottlenecks that block benefits (the bottleneck table is read for its region and title only)

    public List<Blocker> blockers(long analysisId) {
        return dsl.select(BOTTLENECK.ID, BOTTLENECK.TITLE, MKBA_BLOCKED_BENEFIT.LINE_ITEM_ID)
                .from(MKBA_BLOCKED_BENEFIT)
                .join(BOTTLENECK)
                .on(BOTTLENECK.ID.eq(MKBA_BLOCKED_BENEFIT.BOTTLENECK_ID))
                .join(MKBA_LINE_ITEM)
                .on(MKBA_LINE_ITEM.ID.eq(MKBA_BLOCKED_BENEFIT.LINE_ITEM_ID))
                .where(MKBA_LINE_ITEM.ANALYSIS_ID.eq(analysisId))
                .orderBy(BOTTLENECK.TITLE, BOTTLENECK.ID)
                .fetch(r -> new Blocker(r.value1(), r.value2(), r.value3()));
    }

    /** A benefit one of the bottlenecks blocks, in a base analysis (not a scenario) the reader may see. */
    public record BlockedItem(long bottleneckId, long analysisId, long lineItemId) {}

    public List<BlockedItem> blockedItems(Collection<Long> bottleneckIds, Readership readership) {
        return dsl.select(MKBA_BLOCKED_BENEFIT.BOTTLENECK_ID, MKBA_LINE_ITEM.ANALYSIS_ID, MKBA_LINE_ITEM.ID)
                .from(MKBA_BLOCKED_BENEFIT)
                .join(MKBA_LINE_ITEM)
                .on(MKBA_LINE_ITEM.ID.eq(MKBA_BLOCKED_BENEFIT.LINE_ITEM_ID))
                .join(MKBA_ANALYSIS)
                .on(MKBA_ANALYSIS.ID.eq(MKBA_LINE_ITEM.ANALYSIS_ID))
                .where(MKBA_BLOCKED_BENEFIT.BOTTLENECK_ID.in(bottleneckIds))
                .and(MKBA_ANALYSIS.SCENARIO_OF_ID.isNull())
                .and(visible(MKBA_ANALYSIS, readership))
                .orderBy(MKBA_BLOCKED_BENEFIT.BOTTLENECK_ID, MKBA_LINE_ITEM.ANALYSIS_ID, MKBA_LINE_ITEM.ID)
                .fetch(Records.mapping(BlockedItem::new));
    }

    public Optional<Long> regionOfBottleneck(long bottleneckId) {
        return dsl.select(BOTTLENECK.REGION_ID)
                .from(BOTTLENECK)
                .where(BOTTLENECK.ID.eq(bottleneckId))
                .fetchOptional(BOTTLENECK.REGION_ID);
    }

    /** Benefits of analyses the reader may see, with whether the bottleneck blocks them. */
    public List<BenefitChoice> benefits(long bottleneckId, Readership readership) {
        Field<Boolean> blocked = DSL.field(DSL.exists(DSL.selectOne()
                .from(MKBA_BLOCKED_BENEFIT)
                .where(MKBA_BLOCKED_BENEFIT.BOTTLENECK_ID.eq(bottleneckId))
                .and(MKBA_BLOCKED_BENEFIT.LINE_ITEM_ID.eq(MKBA_LINE_ITEM.ID))));
        return dsl.select(
                        MKBA_LINE_ITEM.ID,
                        MKBA_LINE_ITEM.DESCRIPTION,
                        MKBA_ANALYSIS.ID,
                        MKBA_ANALYSIS.TITLE,
                        REGION.NAME,
                        blocked)
                .from(MKBA_LINE_ITEM)
                .join(MKBA_ANALYSIS)
                .on(MKBA_ANALYSIS.ID.eq(MKBA_LINE_ITEM.ANALYSIS_ID))
                .join(REGION)
                .on(REGION.ID.eq(MKBA_ANALYSIS.REGION_ID))
                .where(MKBA_LINE_ITEM.KIND.eq(FlowKind.BENEFIT))
                .and(visible(MKBA_ANALYSIS, readership))
                .orderBy(REGION.NAME, MKBA_ANALYSIS.TITLE, MKBA_ANALYSIS.ID, MKBA_LINE_ITEM.POSITION)
                .fetch(r -> new BenefitChoice(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), Boolean.TRUE.equals(r.value6())));
    }

    public record ItemHead(long itemId, long analysisId, FlowKind kind) {}

    public Optional<ItemHead> itemHead(long itemId) {
        return dsl.select(MKBA_LINE_ITEM.ID, MKBA_LINE_ITEM.ANALYSIS_ID, MKBA_LINE_ITEM.KIND)
                .from(MKBA_LINE_ITEM)
                .where(MKBA_LINE_ITEM.ID.eq(itemId))
                .fetchOptional(Records.mapping(ItemHead::new));
    }

    public boolean block(long bottleneckId, long itemId, long userId, Instant now) {
        return dsl.insertInto(MKBA_BLOCKED_BENEFIT)
                        .set(MKBA_BLOCKED_BENEFIT.BOTTLENECK_ID, bottleneckId)
                        .set(MKBA_BLOCKED_BENEFIT.LINE_ITEM_ID, itemId)
                        .set(MKBA_BLOCKED_BENEFIT.LINKED_BY, userId)
                        .set(MKBA_BLOCKED_BENEFIT.LINKED_AT, now)
                        .onDuplicateKeyIgnore()
                        .execute()
                == 1;
    }

    public boolean unblock(long bottleneckId, long itemId) {
        return dsl.deleteFrom(MKBA_BLOCKED_BENEFIT)
                        .where(MKBA_BLOCKED_BENEFIT.BOTTLENECK_ID.eq(bottleneckId))
                        .and(MKBA_BLOCKED_BENEFIT.LINE_ITEM_ID.eq(itemId))
                        .execute()
                == 1;
    }
}
