package nl.geboortezorg.werkplaats.database;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET;
import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET_KEY_FIGURE;
import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET_PARTNER;
import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET_VERSION;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_ANALYSIS;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_BLOCKED_BENEFIT;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_LINE_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_LINE_ITEM_YEAR;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_STAKEHOLDER;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_UNPRICED_EFFECT;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.testsupport.Benchmarks.percentile;
import static nl.geboortezorg.werkplaats.testsupport.Benchmarks.timeInTurns;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.geboortezorg.werkplaats.db.tables.AppUser;
import nl.geboortezorg.werkplaats.db.tables.MkbaAnalysis;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDraft;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion.Workflow;
import nl.geboortezorg.werkplaats.factsheets.KeyFigure;
import nl.geboortezorg.werkplaats.factsheets.Partner;
import nl.geboortezorg.werkplaats.factsheets.internal.FactsheetRepository;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.Blocker;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.EffectRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.LineItemRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.ScenarioRef;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.StakeholderRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDraft;
import nl.geboortezorg.werkplaats.mkba.AnalysisFilter;
import nl.geboortezorg.werkplaats.mkba.AnalysisState;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.EffectDraft;
import nl.geboortezorg.werkplaats.mkba.LineItemDraft;
import nl.geboortezorg.werkplaats.mkba.StakeholderDraft;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.security.Readership;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Records;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The factsheet and analysis detail reads in one statement, their children as multisets (which
 * jOOQ builds with JSON on MariaDB), against the same reads as a join plus one query per kind of
 * child, as the repositories read them: the reads take turns, so that the load of a shared machine
 * weighs on both alike. Prints percentiles for each and checks that both read the same; asserts
 * no timing. Run with {@code ./mvnw -B -ntp test -Pbenchmark -Dtest=FactsheetAnalysisReadBenchmark}.
 */
@IntegrationTest
class FactsheetAnalysisReadBenchmark {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 2_000);
    private static final int WARM_UP = 300;
    private static final AppUser SAVER = APP_USER.as("saver");
    private static final AppUser SUBMITTER = APP_USER.as("submitter");
    private static final AppUser REVIEWER = APP_USER.as("reviewer");
    private static final MkbaAnalysis BASE = MKBA_ANALYSIS.as("base");
    private static final MkbaAnalysis FAMILY = MKBA_ANALYSIS.as("family");

    @Autowired
    FactsheetRepository factsheetRepository;

    @Autowired
    AnalysisRepository analysisRepository;

    @Autowired
    FactsheetService factsheets;

    @Autowired
    CostBenefitService analyses;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccessGuard access;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void detail_reads_as_multisets_and_as_separate_queries() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        FactsheetVersion working = revisedFactsheet();
        long factsheetId = working.factsheetId();
        long publishedId = factsheetRepository.head(factsheetId).orElseThrow().publishedVersionId();
        long workingId = working.id();
        long analysisId = analyses.find(AnalysisFilter.all().containing("integrale polikliniek"), 0, 1)
                .getFirst()
                .id();
        Readership readership = Readership.of(Optional.of(access.signedIn()));
        AnalysisDetail analysis = analyses.detail(analysisId).orElseThrow();

        String factsheetSize =
                working.partners().size() + " partners, " + working.keyFigures().size() + " figures";
        String analysisSize = analysis.stakeholders().size() + " stakeholders, "
                + analysis.items().size() + " items, " + analysis.effects().size() + " effects";
        Map<String, Supplier<Object>> reads = new LinkedHashMap<>();
        reads.put("factsheet version (" + factsheetSize + "): multisets", () -> versionAsMultisets(publishedId));
        reads.put("factsheet version: join and two child queries", () -> factsheetRepository.findVersion(publishedId));
        reads.put(
                "factsheet detail (published, working, history): multisets",
                () -> List.of(
                        factsheetRepository.head(factsheetId),
                        versionAsMultisets(publishedId),
                        versionAsMultisets(workingId),
                        factsheetRepository.versionsOf(factsheetId)));
        reads.put(
                "factsheet detail: eight queries",
                () -> List.of(
                        factsheetRepository.head(factsheetId),
                        factsheetRepository.findVersion(publishedId),
                        factsheetRepository.findVersion(workingId),
                        factsheetRepository.versionsOf(factsheetId)));
        reads.put(
                "analysis detail (" + analysisSize + "): multisets", () -> analysisAsMultisets(analysisId, readership));
        reads.put("analysis detail: seven queries", () -> analysisInSevenQueries(analysisId, readership));

        Map<String, Supplier<Object>> inTransactions = new LinkedHashMap<>();
        reads.forEach((name, read) -> inTransactions.put(name, () -> transactions.execute(status -> read.get())));
        System.out.printf(
                "%n%-64s %9s %9s %9s%n", "read (" + RUNS + " runs each, in turns)", "p50 ms", "p95 ms", "p99 ms");
        timeInTurns(inTransactions, WARM_UP, RUNS)
                .forEach((name, millis) -> System.out.printf(
                        "%-64s %9.3f %9.3f %9.3f%n",
                        name, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99)));
        assertThat(versionAsMultisets(publishedId)).isEqualTo(factsheetRepository.findVersion(publishedId));
        assertThat(versionAsMultisets(workingId)).isEqualTo(factsheetRepository.findVersion(workingId));
        assertThat(analysisAsMultisets(analysisId, readership))
                .isEqualTo(analysisInSevenQueries(analysisId, readership));
    }

    /** Den Haag's demo factsheet republished with all the region's partners and ten key figures, and revised. */
    private FactsheetVersion revisedFactsheet() {
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        List<Long> partners = factsheets.partnerChoices(denHaag).stream()
                .map(Partner::organisationId)
                .toList();
        List<KeyFigure> figures = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new KeyFigure("Kerncijfer " + i, new BigDecimal(i * 12), "gezinnen", 2025))
                .toList();
        String text = "Een alinea over de aanpak in de regio, met wat er werkt en waarom. ".repeat(12);
        FactsheetVersion draft = factsheets.create(
                denHaag,
                new FactsheetDraft(
                        "Benchmark",
                        PublicationLevel.NATIONAL,
                        text,
                        text,
                        text,
                        partners,
                        text,
                        figures,
                        text,
                        text,
                        "Projectleider"));
        FactsheetVersion submitted = factsheets.submit(draft.id(), draft.version());
        factsheets.publish(submitted.id(), submitted.version());
        return factsheets.startRevision(draft.factsheetId());
    }

    /**
     * The multiset reads, without the extra statements jOOQ would send around each to widen
     * group_concat_max_len (the driver runs one statement per call; MariaDB's default of 1 MB holds
     * these rows).
     */
    private DSLContext multisets() {
        return dsl.configuration()
                .derive(((Settings) dsl.settings().clone()).withRenderGroupConcatMaxLenSessionVariable(false))
                .dsl();
    }

    /** A version in one statement, its partners and key figures as multisets. */
    private Optional<FactsheetVersion> versionAsMultisets(long versionId) {
        Field<List<Partner>> partners = DSL.multiset(
                        DSL.select(FACTSHEET_PARTNER.ORGANISATION_ID, FACTSHEET_PARTNER.NAME, FACTSHEET_PARTNER.TYPE)
                                .from(FACTSHEET_PARTNER)
                                .where(FACTSHEET_PARTNER.VERSION_ID.eq(FACTSHEET_VERSION.ID))
                                .orderBy(FACTSHEET_PARTNER.POSITION))
                .convertFrom(rows -> rows.map(Records.mapping(Partner::new)));
        Field<List<KeyFigure>> figures = DSL.multiset(DSL.select(
                                FACTSHEET_KEY_FIGURE.LABEL,
                                FACTSHEET_KEY_FIGURE.VALUE,
                                FACTSHEET_KEY_FIGURE.UNIT,
                                FACTSHEET_KEY_FIGURE.YEAR.coerce(Integer.class))
                        .from(FACTSHEET_KEY_FIGURE)
                        .where(FACTSHEET_KEY_FIGURE.VERSION_ID.eq(FACTSHEET_VERSION.ID))
                        .orderBy(FACTSHEET_KEY_FIGURE.POSITION))
                .convertFrom(rows -> rows.map(Records.mapping(KeyFigure::new)));
        Field<Workflow> workflow = DSL.field(DSL.row(
                        SAVER.DISPLAY_NAME,
                        FACTSHEET_VERSION.SAVED_AT,
                        SUBMITTER.DISPLAY_NAME,
                        FACTSHEET_VERSION.SUBMITTED_AT,
                        REVIEWER.DISPLAY_NAME,
                        FACTSHEET_VERSION.REVIEWED_AT,
                        FACTSHEET_VERSION.REVIEW_COMMENT,
                        FACTSHEET_VERSION.PUBLISHED_AT))
                .convertFrom(Records.mapping(Workflow::new));
        return multisets()
                .select(FACTSHEET_VERSION.fields())
                .select(FACTSHEET.REGION_ID, REGION.CODE, REGION.NAME, partners, figures, workflow)
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
                .where(FACTSHEET_VERSION.ID.eq(versionId))
                .fetchOptional(r -> {
                    List<Partner> named = r.get(partners);
                    FactsheetDraft content = new FactsheetDraft(
                            r.get(FACTSHEET_VERSION.TITLE),
                            r.get(FACTSHEET_VERSION.PUBLICATION_LEVEL),
                            r.get(FACTSHEET_VERSION.CONTEXT),
                            r.get(FACTSHEET_VERSION.TARGET_GROUP),
                            r.get(FACTSHEET_VERSION.APPROACH),
                            named.stream()
                                    .map(Partner::organisationId)
                                    .filter(Objects::nonNull)
                                    .toList(),
                            r.get(FACTSHEET_VERSION.RESULTS),
                            r.get(figures),
                            r.get(FACTSHEET_VERSION.LESSONS),
                            r.get(FACTSHEET_VERSION.FINANCING),
                            r.get(FACTSHEET_VERSION.CONTACT));
                    return new FactsheetVersion(
                            r.get(FACTSHEET_VERSION.ID),
                            r.get(FACTSHEET_VERSION.FACTSHEET_ID),
                            r.get(FACTSHEET.REGION_ID),
                            r.get(REGION.CODE),
                            r.get(REGION.NAME),
                            r.get(FACTSHEET_VERSION.NUMBER),
                            r.get(FACTSHEET_VERSION.STATE),
                            content,
                            named,
                            r.get(workflow),
                            r.get(FACTSHEET_VERSION.VERSION));
                });
    }

    private AnalysisDetail analysisInSevenQueries(long id, Readership readership) {
        AnalysisRepository.Loaded a = analysisRepository.load(id).orElseThrow();
        long baseId = a.scenarioOfId() == null ? a.id() : a.scenarioOfId();
        return new AnalysisDetail(
                a.id(),
                a.regionId(),
                a.regionName(),
                a.scenarioOfId(),
                a.scenarioOfTitle(),
                a.heading(),
                a.state(),
                a.savedAt(),
                a.savedBy(),
                a.publishedAt(),
                a.version(),
                analysisRepository.stakeholders(a.id()),
                analysisRepository.items(a.id()),
                analysisRepository.effects(a.id()),
                analysisRepository.family(baseId, readership),
                analysisRepository.blockers(a.id()),
                true);
    }

    private AnalysisDetail analysisAsMultisets(long id, Readership readership) {
        Field<List<StakeholderRow>> stakeholders = DSL.multiset(DSL.select(
                                MKBA_STAKEHOLDER.ID,
                                MKBA_STAKEHOLDER.VERSION,
                                DSL.row(MKBA_STAKEHOLDER.NAME, MKBA_STAKEHOLDER.FUNDING_STREAM)
                                        .mapping(StakeholderDraft::new))
                        .from(MKBA_STAKEHOLDER)
                        .where(MKBA_STAKEHOLDER.ANALYSIS_ID.eq(MKBA_ANALYSIS.ID))
                        .orderBy(MKBA_STAKEHOLDER.POSITION, MKBA_STAKEHOLDER.ID))
                .convertFrom(rows -> rows.map(Records.mapping(StakeholderRow::new)));
        Field<TreeMap<Integer, BigDecimal>> years = DSL.multiset(
                        DSL.select(MKBA_LINE_ITEM_YEAR.YEAR, MKBA_LINE_ITEM_YEAR.AMOUNT)
                                .from(MKBA_LINE_ITEM_YEAR)
                                .where(MKBA_LINE_ITEM_YEAR.LINE_ITEM_ID.eq(MKBA_LINE_ITEM.ID)))
                .convertFrom(rows -> rows.stream()
                        .collect(
                                Collectors.toMap(Record2::value1, Record2::value2, (one, other) -> one, TreeMap::new)));
        Field<List<LineItemRow>> items = DSL.multiset(DSL.select(
                                MKBA_LINE_ITEM.ID,
                                MKBA_LINE_ITEM.VERSION,
                                DSL.row(
                                                MKBA_LINE_ITEM.KIND,
                                                MKBA_LINE_ITEM.DESCRIPTION,
                                                MKBA_LINE_ITEM.STAKEHOLDER_ID,
                                                MKBA_LINE_ITEM.VALUE_TYPE,
                                                MKBA_LINE_ITEM.AMOUNT_MODE,
                                                MKBA_LINE_ITEM.AMOUNT,
                                                MKBA_LINE_ITEM.FROM_YEAR,
                                                MKBA_LINE_ITEM.TO_YEAR,
                                                MKBA_LINE_ITEM.GROWTH_PERCENT,
                                                years,
                                                MKBA_LINE_ITEM.DEADWEIGHT,
                                                MKBA_LINE_ITEM.ATTRIBUTION,
                                                MKBA_LINE_ITEM.OPTIMISM_BIAS,
                                                MKBA_LINE_ITEM.DROP_OFF,
                                                DSL.coalesce(MKBA_LINE_ITEM.SOURCE, DSL.inline("")),
                                                MKBA_LINE_ITEM.CONFIDENCE)
                                        .mapping(LineItemDraft::new))
                        .from(MKBA_LINE_ITEM)
                        .where(MKBA_LINE_ITEM.ANALYSIS_ID.eq(MKBA_ANALYSIS.ID))
                        .orderBy(MKBA_LINE_ITEM.POSITION, MKBA_LINE_ITEM.ID))
                .convertFrom(rows -> rows.map(Records.mapping(LineItemRow::new)));
        Field<List<EffectRow>> effects = DSL.multiset(DSL.select(
                                MKBA_UNPRICED_EFFECT.ID,
                                MKBA_UNPRICED_EFFECT.VERSION,
                                DSL.row(
                                                MKBA_UNPRICED_EFFECT.DESCRIPTION,
                                                MKBA_UNPRICED_EFFECT.STAKEHOLDER_ID,
                                                MKBA_UNPRICED_EFFECT.DIRECTION)
                                        .mapping(EffectDraft::new))
                        .from(MKBA_UNPRICED_EFFECT)
                        .where(MKBA_UNPRICED_EFFECT.ANALYSIS_ID.eq(MKBA_ANALYSIS.ID))
                        .orderBy(MKBA_UNPRICED_EFFECT.POSITION, MKBA_UNPRICED_EFFECT.ID))
                .convertFrom(rows -> rows.map(Records.mapping(EffectRow::new)));
        Field<Long> baseId = DSL.coalesce(MKBA_ANALYSIS.SCENARIO_OF_ID, MKBA_ANALYSIS.ID);
        Field<List<ScenarioRef>> family = DSL.multiset(DSL.select(FAMILY.ID, FAMILY.TITLE, FAMILY.STATE)
                        .from(FAMILY)
                        .where(FAMILY.ID.eq(baseId).or(FAMILY.SCENARIO_OF_ID.eq(baseId)))
                        .and(readable(readership))
                        .orderBy(FAMILY.ID))
                .convertFrom(rows -> rows.map(Records.mapping(ScenarioRef::new)));
        Field<List<Blocker>> blockers = DSL.multiset(
                        DSL.select(BOTTLENECK.ID, BOTTLENECK.TITLE, MKBA_BLOCKED_BENEFIT.LINE_ITEM_ID)
                                .from(MKBA_BLOCKED_BENEFIT)
                                .join(BOTTLENECK)
                                .on(BOTTLENECK.ID.eq(MKBA_BLOCKED_BENEFIT.BOTTLENECK_ID))
                                .join(MKBA_LINE_ITEM)
                                .on(MKBA_LINE_ITEM.ID.eq(MKBA_BLOCKED_BENEFIT.LINE_ITEM_ID))
                                .where(MKBA_LINE_ITEM.ANALYSIS_ID.eq(MKBA_ANALYSIS.ID))
                                .orderBy(BOTTLENECK.TITLE, BOTTLENECK.ID))
                .convertFrom(rows -> rows.map(Records.mapping(Blocker::new)));
        return multisets()
                .select(
                        MKBA_ANALYSIS.ID,
                        MKBA_ANALYSIS.REGION_ID,
                        REGION.NAME,
                        MKBA_ANALYSIS.SCENARIO_OF_ID,
                        BASE.TITLE,
                        DSL.row(
                                        MKBA_ANALYSIS.TITLE,
                                        DSL.coalesce(MKBA_ANALYSIS.DESCRIPTION, DSL.inline("")),
                                        MKBA_ANALYSIS.BASE_YEAR,
                                        MKBA_ANALYSIS.HORIZON_YEARS,
                                        MKBA_ANALYSIS.PRICE_LEVEL_YEAR,
                                        MKBA_ANALYSIS.DISCOUNT_RATE,
                                        MKBA_ANALYSIS.CUSTOM_RATE,
                                        MKBA_ANALYSIS.VARIATION_PERCENT,
                                        MKBA_ANALYSIS.PUBLICATION_LEVEL)
                                .mapping(AnalysisDraft::new),
                        MKBA_ANALYSIS.STATE,
                        MKBA_ANALYSIS.SAVED_AT,
                        APP_USER.DISPLAY_NAME,
                        MKBA_ANALYSIS.PUBLISHED_AT,
                        MKBA_ANALYSIS.VERSION,
                        stakeholders,
                        items,
                        effects,
                        family,
                        blockers,
                        DSL.inline(true))
                .from(MKBA_ANALYSIS)
                .join(REGION)
                .on(REGION.ID.eq(MKBA_ANALYSIS.REGION_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(MKBA_ANALYSIS.SAVED_BY))
                .leftJoin(BASE)
                .on(BASE.ID.eq(MKBA_ANALYSIS.SCENARIO_OF_ID))
                .where(MKBA_ANALYSIS.ID.eq(id))
                .fetchOne(Records.mapping(AnalysisDetail::new));
    }

    /** Which analyses of the family the reader sees, as the repository's visible(...) says it. */
    private static Condition readable(Readership readership) {
        if (readership.everything()) {
            return DSL.trueCondition();
        }
        Condition published = readership.levels().isEmpty()
                ? DSL.falseCondition()
                : FAMILY.STATE.eq(AnalysisState.PUBLISHED).and(FAMILY.PUBLICATION_LEVEL.in(readership.levels()));
        return readership.regionIds().isEmpty() ? published : published.or(FAMILY.REGION_ID.in(readership.regionIds()));
    }
}
