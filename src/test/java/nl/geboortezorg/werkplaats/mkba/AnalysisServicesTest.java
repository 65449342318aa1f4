package nl.geboortezorg.werkplaats.mkba;

import static nl.geboortezorg.werkplaats.mkba.CostBenefitFixture.heading;
import static nl.geboortezorg.werkplaats.mkba.CostBenefitFixture.unique;
import static nl.geboortezorg.werkplaats.testsupport.Refusals.fields;
import static nl.geboortezorg.werkplaats.testsupport.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.audit.AuditEvent;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture.Made;
import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.FundingStream;
import nl.geboortezorg.werkplaats.mkba.model.Results;
import nl.geboortezorg.werkplaats.mkba.model.ValueType;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The analysis services against the database: reading, the life of an analysis, its parts and its blockers. */
@IntegrationTest
@Transactional
class AnalysisServicesTest {

    @Autowired
    CostBenefitService service;

    @Autowired
    AnalysisLifecycleService lifecycle;

    @Autowired
    AnalysisPartsService parts;

    @Autowired
    BlockedBenefitService blockedBenefits;

    @Autowired
    ApplicationContext context;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

    private CostBenefitFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CostBenefitFixture(context);
    }

    private AnalysisDetail detail(long id) {
        return service.detail(id).orElseThrow();
    }

    @Test
    void an_analysis_is_stored_and_calculated_as_entered_and_every_write_is_audited() {
        Made made = fixture.analysis(unique("Integrale poli"), PublicationLevel.REGION);
        long effect = parts.addEffect(
                made.id(), new EffectDraft("Rust in het gezin", made.municipality(), EffectDirection.VERY_POSITIVE));

        AnalysisDetail detail = detail(made.id());
        assertThat(detail.regionName()).isEqualTo("Den Haag");
        assertThat(detail.state()).isEqualTo(AnalysisState.DRAFT);
        assertThat(detail.stakeholders()).extracting(s -> s.draft().name()).containsExactly("Ziekenhuis", "Gemeente");
        assertThat(detail.items())
                .extracting(i -> i.draft().description())
                .containsExactly("Sociaal verpleegkundige", "Minder jeugdhulp");
        assertThat(detail.effects())
                .extracting(e -> e.draft().direction())
                .containsExactly(EffectDirection.VERY_POSITIVE);
        assertThat(detail.editable()).isTrue();

        Results results = detail.results();
        assertThat(results.total().netPresentValue()).isEqualByComparingTo("1000");
        assertThat(results.total().paybackYear()).hasValue(2027);
        assertThat(results.wrongPockets())
                .singleElement()
                .satisfies(pocket -> assertThat(pocket.payer().name()).isEqualTo("Ziekenhuis"));

        SignIn.as(users, DemoUsers.ADMIN);
        List<AuditEvent> events = audit.find(AuditFilter.none(), 0, 500);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.entityType()).isEqualTo("mkba-analysis");
            assertThat(e.entityId()).isEqualTo(String.valueOf(made.id()));
            assertThat(e.action()).isEqualTo("create");
        });
        assertThat(events)
                .anySatisfy(e -> assertThat(e.entityId() + e.action() + e.entityType())
                        .isEqualTo(made.benefit() + "create" + "mkba-line-item"));
        assertThat(events)
                .anySatisfy(e -> assertThat(e.entityId() + e.action() + e.entityType())
                        .isEqualTo(effect + "create" + "mkba-unpriced-effect"));
    }

    @Test
    void amounts_per_year_with_adjustments_and_growth_are_kept_exactly() {
        Made made = fixture.analysis(unique("Per jaar"), PublicationLevel.REGION);
        LineItemDraft perYear = LineItemDraft.perYear(
                        FlowKind.BENEFIT,
                        "Minder spoedopnames",
                        made.hospital(),
                        ValueType.FISCAL_NON_CASHABLE,
                        Map.of(2026, new BigDecimal("1250.50"), 2028, new BigDecimal("-10.25")))
                .withAdjustments(
                        new BigDecimal("10"), new BigDecimal("12.5"), new BigDecimal("5"), new BigDecimal("20"))
                .withSource("Jaarverslag 2024", nl.geboortezorg.werkplaats.mkba.model.Confidence.LOW);
        long id = parts.addItem(made.id(), perYear);
        LineItemDraft grown = LineItemDraft.constant(
                        FlowKind.COST,
                        "Coördinatie",
                        made.municipality(),
                        ValueType.ECONOMIC,
                        new BigDecimal("99.99"),
                        2026,
                        2029)
                .withGrowth(new BigDecimal("-2.5"));
        long grownId = parts.addItem(made.id(), grown);

        AnalysisDetail detail = detail(made.id());
        LineItemDraft stored = detail.items().stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow()
                .draft();
        assertThat(stored.perYear()).containsOnlyKeys(2026, 2028);
        assertThat(stored.perYear().get(2026)).isEqualByComparingTo("1250.50");
        assertThat(stored.perYear().get(2028)).isEqualByComparingTo("-10.25");
        assertThat(stored.attribution()).isEqualByComparingTo("12.5");
        assertThat(stored.source()).isEqualTo("Jaarverslag 2024");
        LineItemDraft storedGrown = detail.items().stream()
                .filter(i -> i.id() == grownId)
                .findFirst()
                .orElseThrow()
                .draft();
        assertThat(storedGrown.growthPercent()).isEqualByComparingTo("-2.5");
        // 99.99 × (1 − 0.025)^3 in 2029
        assertThat(detail.results().item(grownId).years().getLast().adjusted())
                .isEqualByComparingTo(new BigDecimal("99.99").multiply(new BigDecimal("0.975").pow(3)));
    }

    @Test
    void bad_input_gets_field_errors_and_nothing_is_saved() {
        Made made = fixture.analysis(unique("Grenzen"), PublicationLevel.REGION);
        AnalysisDetail before = detail(made.id());

        ValidationException heading = invalid(() -> lifecycle.updateHeading(
                made.id(),
                before.version(),
                new AnalysisDraft(
                        "",
                        "",
                        2025,
                        31,
                        2025,
                        new BigDecimal("-5.5"),
                        new BigDecimal("20.5"),
                        new BigDecimal("101"),
                        PublicationLevel.REGION)));
        assertThat(fields(heading))
                .containsExactlyInAnyOrder("title", "horizonYears", "discountRate", "customRate", "variationPercent");
        assertThat(invalid(() -> lifecycle.create(
                                fixture.denHaag,
                                new AnalysisDraft(
                                        "x",
                                        "",
                                        2025,
                                        0,
                                        2025,
                                        BigDecimal.ZERO,
                                        null,
                                        BigDecimal.TEN,
                                        PublicationLevel.REGION)))
                        .problems())
                .extracting(FieldProblem::field)
                .containsExactly("horizonYears");

        LineItemDraft bad = new LineItemDraft(
                FlowKind.BENEFIT,
                "Te veel",
                made.municipality(),
                ValueType.SOCIAL,
                AmountMode.CONSTANT,
                new BigDecimal("1000000000.01"),
                2024,
                2030,
                BigDecimal.ZERO,
                null,
                new BigDecimal("100.5"),
                new BigDecimal("-1"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "",
                nl.geboortezorg.werkplaats.mkba.model.Confidence.HIGH);
        ValidationException item = invalid(() -> parts.addItem(made.id(), bad));
        assertThat(fields(item)).containsExactlyInAnyOrder("amount", "fromYear", "toYear", "deadweight", "attribution");

        ValidationException cents = invalid(() -> parts.addItem(
                made.id(),
                LineItemDraft.constant(
                        FlowKind.COST,
                        "Drie decimalen",
                        made.hospital(),
                        ValueType.ECONOMIC,
                        new BigDecimal("10.125"),
                        2025,
                        2025)));
        assertThat(fields(cents)).containsExactly("amount");
        ValidationException outside = invalid(() -> parts.addItem(
                made.id(),
                LineItemDraft.perYear(
                        FlowKind.COST,
                        "Buiten de horizon",
                        made.hospital(),
                        ValueType.ECONOMIC,
                        Map.of(2030, BigDecimal.ONE))));
        assertThat(outside.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("perYear");
            assertThat(p.arguments()).containsExactly(2030, 2025, 2029);
        });

        ValidationException grown = invalid(() -> parts.addItem(
                made.id(),
                LineItemDraft.constant(
                                FlowKind.BENEFIT,
                                "Groeit te hard",
                                made.hospital(),
                                ValueType.ECONOMIC,
                                new BigDecimal("900000000"),
                                2025,
                                2029)
                        .withGrowth(new BigDecimal("10"))));
        assertThat(grown.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("growth");
            assertThat(p.arguments()).first().isEqualTo(2029);
        });

        AnalysisDetail after = detail(made.id());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.heading()).isEqualTo(before.heading());
        assertThat(after.items()).hasSize(2);
    }

    @Test
    void the_horizon_cannot_shrink_past_the_years_of_items() {
        Made made = fixture.analysis(unique("Horizon"), PublicationLevel.REGION);
        AnalysisDetail detail = detail(made.id());
        AnalysisDraft shorter = new AnalysisDraft(
                detail.title(), "", 2025, 3, 2025, BigDecimal.ZERO, null, BigDecimal.TEN, PublicationLevel.REGION);

        ValidationException e = invalid(() -> lifecycle.updateHeading(made.id(), detail.version(), shorter));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("horizonYears");
            assertThat(p.arguments()).containsExactly(1);
        });
        assertThat(detail(made.id()).heading().horizonYears()).isEqualTo(5);
    }

    @Test
    void adding_several_items_adds_all_or_none() {
        Made made = fixture.analysis(unique("Alles of niets"), PublicationLevel.REGION);
        LineItemDraft good = LineItemDraft.constant(
                FlowKind.COST, "Goed", made.hospital(), ValueType.ECONOMIC, BigDecimal.TEN, 2025, 2026);
        LineItemDraft bad = LineItemDraft.constant(
                FlowKind.COST, "Fout", made.hospital(), ValueType.ECONOMIC, new BigDecimal("0.001"), 2025, 2026);

        ValidationException e = invalid(() -> parts.addItems(made.id(), List.of(good, bad, good)));

        assertThat(fields(e)).containsExactly("items.1.amount");
        assertThat(detail(made.id()).items()).hasSize(2);
        assertThat(parts.addItems(made.id(), List.of(good, good))).hasSize(2);
        assertThat(detail(made.id()).items()).hasSize(4);
    }

    @Test
    void a_stale_edit_is_refused_and_the_colleagues_change_stays() {
        Made made = fixture.analysis(unique("Gelijktijdig"), PublicationLevel.REGION);
        AnalysisDetail.LineItemRow row = detail(made.id()).items().getFirst();
        LineItemDraft mine = LineItemDraft.constant(
                FlowKind.COST, "Mijn versie", made.hospital(), ValueType.ECONOMIC, BigDecimal.ONE, 2025, 2025);
        LineItemDraft theirs = LineItemDraft.constant(
                FlowKind.COST, "Hun versie", made.hospital(), ValueType.ECONOMIC, BigDecimal.TWO, 2025, 2025);

        parts.updateItem(made.id(), row.id(), row.version(), theirs);

        assertThatThrownBy(() -> parts.updateItem(made.id(), row.id(), row.version(), mine))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(detail(made.id()).items().getFirst().draft().description()).isEqualTo("Hun versie");
        int version = detail(made.id()).version();
        lifecycle.updateHeading(made.id(), version, heading("Nieuwe titel", PublicationLevel.REGION));
        assertThatThrownBy(() ->
                        lifecycle.updateHeading(made.id(), version, heading("Oude titel", PublicationLevel.REGION)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_colleagues_part_edit_makes_the_version_read_before_it_stale_for_every_analysis_write() {
        Made made = fixture.analysis(unique("Onderdelen"), PublicationLevel.REGION);
        int read = detail(made.id()).version();

        // Someone else changes one part of the analysis after it was read.
        SignIn.as(users, DemoUsers.FACILITATOR);
        parts.addEffect(made.id(), new EffectDraft("Meer rust", made.hospital(), EffectDirection.POSITIVE));
        AnalysisDetail theirs = detail(made.id());
        assertThat(theirs.version()).isGreaterThan(read);

        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThatThrownBy(() -> lifecycle.publish(made.id(), read)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> lifecycle.updateHeading(made.id(), read, heading("Oud", PublicationLevel.REGION)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> lifecycle.delete(made.id(), read)).isInstanceOf(ConcurrentEditException.class);
        AnalysisDetail after = detail(made.id());
        assertThat(after.state()).isEqualTo(AnalysisState.DRAFT);
        assertThat(after.title()).isEqualTo(theirs.title());
        assertThat(after.effects()).hasSize(1);
    }

    @Test
    void every_kind_of_part_edit_raises_the_analysis_version() {
        Made made = fixture.analysis(unique("Versies"), PublicationLevel.REGION);
        List<java.util.function.Consumer<AnalysisDetail>> edits = List.of(
                d -> parts.addStakeholder(made.id(), new StakeholderDraft("Wijkteam", FundingStream.WMO)),
                d -> parts.updateStakeholder(
                        made.id(),
                        made.hospital(),
                        d.stakeholders().getFirst().version(),
                        new StakeholderDraft("Ziekenhuis Haaglanden", FundingStream.HOSPITAL_BUDGET)),
                d -> parts.removeStakeholder(
                        made.id(),
                        d.stakeholders().getLast().id(),
                        d.stakeholders().getLast().version()),
                d -> parts.addItem(
                        made.id(),
                        LineItemDraft.constant(
                                FlowKind.COST,
                                "Extra",
                                made.hospital(),
                                ValueType.ECONOMIC,
                                BigDecimal.TEN,
                                2025,
                                2025)),
                d -> parts.addItems(
                        made.id(),
                        List.of(LineItemDraft.constant(
                                FlowKind.BENEFIT,
                                "Geimporteerd",
                                made.municipality(),
                                ValueType.ECONOMIC,
                                BigDecimal.ONE,
                                2025,
                                2026))),
                d -> parts.updateItem(
                        made.id(),
                        made.cost(),
                        d.items().getFirst().version(),
                        LineItemDraft.constant(
                                FlowKind.COST,
                                "Anders",
                                made.hospital(),
                                ValueType.ECONOMIC,
                                BigDecimal.TWO,
                                2025,
                                2025)),
                d -> parts.removeItem(
                        made.id(), d.items().getLast().id(), d.items().getLast().version()),
                d -> parts.addEffect(made.id(), new EffectDraft("Rust", made.hospital(), EffectDirection.POSITIVE)),
                d -> parts.updateEffect(
                        made.id(),
                        d.effects().getFirst().id(),
                        d.effects().getFirst().version(),
                        new EffectDraft("Meer rust", made.hospital(), EffectDirection.VERY_POSITIVE)),
                d -> parts.removeEffect(
                        made.id(),
                        d.effects().getFirst().id(),
                        d.effects().getFirst().version()));
        for (int i = 0; i < edits.size(); i++) {
            AnalysisDetail before = detail(made.id());
            edits.get(i).accept(before);
            assertThat(detail(made.id()).version()).as("edit #%d", i + 1).isEqualTo(before.version() + 1);
        }
    }

    @Test
    void a_writer_who_keeps_the_version_of_their_own_part_edits_publishes_without_a_conflict() {
        Made made = fixture.analysis(unique("Eigen wijzigingen"), PublicationLevel.REGION);
        parts.addEffect(made.id(), new EffectDraft("Rust", made.hospital(), EffectDirection.POSITIVE));
        AnalysisDetail.LineItemRow cost = detail(made.id()).items().getFirst();
        parts.updateItem(
                made.id(),
                cost.id(),
                cost.version(),
                LineItemDraft.constant(
                        FlowKind.COST, "Anders", made.hospital(), ValueType.ECONOMIC, BigDecimal.TWO, 2025, 2025));

        lifecycle.publish(made.id(), detail(made.id()).version());

        assertThat(detail(made.id()).state()).isEqualTo(AnalysisState.PUBLISHED);
    }

    @Test
    void a_used_stakeholder_cannot_be_removed_and_a_free_one_can() {
        Made made = fixture.analysis(unique("Partijen"), PublicationLevel.REGION);
        long insurer = parts.addStakeholder(made.id(), new StakeholderDraft("Zorgverzekeraar", FundingStream.ZVW));
        AnalysisDetail detail = detail(made.id());

        ValidationException e = invalid(() -> parts.removeStakeholder(
                made.id(), made.hospital(), detail.stakeholders().getFirst().version()));
        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.arguments()).containsExactly(1));

        parts.removeStakeholder(made.id(), insurer, 0);
        assertThat(detail(made.id()).stakeholders())
                .extracting(s -> s.draft().name())
                .containsExactly("Ziekenhuis", "Gemeente");
        assertThat(fields(invalid(() -> parts.addStakeholder(made.id(), new StakeholderDraft(" ", null)))))
                .containsExactlyInAnyOrder("name", "fundingStream");
    }

    @Test
    void parts_of_another_analysis_are_not_found() {
        Made one = fixture.analysis(unique("Een"), PublicationLevel.REGION);
        Made other = fixture.analysis(unique("Ander"), PublicationLevel.REGION);

        assertThatThrownBy(() -> parts.removeItem(one.id(), other.cost(), 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> parts.addItem(
                        one.id(),
                        LineItemDraft.constant(
                                FlowKind.COST,
                                "Vreemde partij",
                                other.hospital(),
                                ValueType.ECONOMIC,
                                BigDecimal.ONE,
                                2025,
                                2025)))
                .isInstanceOf(ValidationException.class);
        assertThat(detail(other.id()).items()).hasSize(2);
    }

    @Test
    void published_is_read_only_until_withdrawn_and_refused_transitions_say_why() {
        Made made = fixture.published(unique("Gepubliceerd"), PublicationLevel.NATIONAL);
        AnalysisDetail published = detail(made.id());
        assertThat(published.state()).isEqualTo(AnalysisState.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(published.editable()).isFalse();

        assertThat(fields(invalid(() -> parts.addItem(
                        made.id(),
                        LineItemDraft.constant(
                                FlowKind.COST,
                                "Later",
                                made.hospital(),
                                ValueType.ECONOMIC,
                                BigDecimal.ONE,
                                2025,
                                2025)))))
                .containsExactly("state");
        assertThat(invalid(() -> lifecycle.publish(made.id(), published.version()))
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("mkba.already-published");

        lifecycle.withdraw(made.id(), published.version());
        assertThat(detail(made.id()).state()).isEqualTo(AnalysisState.DRAFT);
        parts.addItem(
                made.id(),
                LineItemDraft.constant(
                        FlowKind.COST, "Later", made.hospital(), ValueType.ECONOMIC, BigDecimal.ONE, 2025, 2025));
        assertThat(detail(made.id()).items()).hasSize(3);
    }

    @Test
    void who_reads_what() {
        Made draft = fixture.analysis(unique("Concept"), PublicationLevel.NATIONAL);
        Made region = fixture.published(unique("Regionaal"), PublicationLevel.REGION);
        Made national = fixture.published(unique("Landelijk"), PublicationLevel.NATIONAL);
        Made open = fixture.published(unique("Openbaar"), PublicationLevel.PUBLIC);

        assertThat(readable(DemoUsers.DEN_HAAG, draft, region, national, open)).containsExactly(true, true, true, true);
        assertThat(readable(DemoUsers.FACILITATOR, draft, region, national, open))
                .containsExactly(true, true, true, true);
        assertThat(readable(DemoUsers.UTRECHT, draft, region, national, open))
                .containsExactly(false, false, true, true);
        assertThat(readable(DemoUsers.OBSERVER, draft, region, national, open))
                .containsExactly(false, false, true, true);

        SignIn.as(users, DemoUsers.OBSERVER);
        List<Long> listed = service.find(AnalysisFilter.all(), 0, 500).stream()
                .map(AnalysisSummary::id)
                .toList();
        assertThat(listed).contains(national.id(), open.id()).doesNotContain(draft.id(), region.id());
        assertThat(service.count(AnalysisFilter.all())).isEqualTo(listed.size());
        assertThat(detail(national.id()).mayWrite()).isFalse();

        SignIn.out();
        assertThatThrownBy(() -> service.find(AnalysisFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.detail(open.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.findPublic(null, 0, 500))
                .extracting(AnalysisSummary::id)
                .contains(open.id())
                .doesNotContain(draft.id(), region.id(), national.id());
        assertThat(service.countPublic(null))
                .isEqualTo(service.findPublic(null, 0, 500).size());
        assertThat(service.publicAnalysis(open.id())).hasValueSatisfying(a -> {
            assertThat(a.savedBy()).isEmpty();
            assertThat(a.scenarios()).isEmpty();
            assertThat(a.blockers()).isEmpty();
            assertThat(a.mayWrite()).isFalse();
            assertThat(a.results().total().netPresentValue()).isEqualByComparingTo("1000");
        });
        assertThat(service.publicAnalysis(national.id())).isEmpty();
        assertThat(service.publicAnalysis(draft.id())).isEmpty();
    }

    private List<Boolean> readable(String email, Made... made) {
        SignIn.as(users, email);
        return java.util.Arrays.stream(made)
                .map(m -> service.detail(m.id()).isPresent())
                .toList();
    }

    @Test
    void only_the_regions_writers_write() {
        Made made = fixture.analysis(unique("Schrijvers"), PublicationLevel.NATIONAL);
        LineItemDraft item = LineItemDraft.constant(
                FlowKind.COST, "X", made.hospital(), ValueType.ECONOMIC, BigDecimal.ONE, 2025, 2025);

        SignIn.as(users, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> parts.addItem(made.id(), item)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.create(fixture.denHaag, heading("Niet van mij", PublicationLevel.REGION)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.regionsToWriteIn()).extracting(r -> r.id()).containsExactly(fixture.utrecht);

        SignIn.as(users, DemoUsers.OBSERVER);
        assertThat(service.regionsToWriteIn()).isEmpty();
        assertThatThrownBy(() -> lifecycle.create(fixture.denHaag, heading("Waarnemer", PublicationLevel.REGION)))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, DemoUsers.FACILITATOR);
        parts.addItem(made.id(), item);
        assertThat(detail(made.id()).items()).hasSize(3);
    }

    @Test
    void a_scenario_is_a_copy_to_change_without_touching_the_original() {
        Made made = fixture.analysis(unique("Basis"), PublicationLevel.REGION);
        long scenario = lifecycle.copyAsScenario(made.id(), "Pessimistisch");

        AnalysisDetail copy = detail(scenario);
        assertThat(copy.scenarioOfId()).isEqualTo(made.id());
        assertThat(copy.state()).isEqualTo(AnalysisState.DRAFT);
        assertThat(copy.results().total().netPresentValue()).isEqualByComparingTo("1000");
        assertThat(copy.stakeholders()).extracting(s -> s.id()).doesNotContain(made.hospital(), made.municipality());

        AnalysisDetail.LineItemRow benefit = copy.items().get(1);
        LineItemDraft lower = LineItemDraft.constant(
                FlowKind.BENEFIT,
                "Minder jeugdhulp",
                benefit.draft().stakeholderId(),
                ValueType.FISCAL_CASHABLE,
                new BigDecimal("200"),
                2025,
                2029);
        parts.updateItem(scenario, benefit.id(), benefit.version(), lower);

        assertThat(detail(scenario).results().total().netPresentValue()).isEqualByComparingTo("0");
        assertThat(detail(made.id()).results().total().netPresentValue()).isEqualByComparingTo("1000");
        assertThat(detail(made.id()).scenarios())
                .extracting(AnalysisDetail.ScenarioRef::id)
                .containsExactly(made.id(), scenario);
        long second = lifecycle.copyAsScenario(scenario, "Nog een");
        assertThat(detail(second).scenarioOfId()).isEqualTo(made.id());
        assertThat(service.find(AnalysisFilter.all(), 0, 500))
                .extracting(AnalysisSummary::id)
                .contains(made.id())
                .doesNotContain(scenario, second);
        assertThat(fields(invalid(() -> lifecycle.copyAsScenario(made.id(), " "))))
                .containsExactly("title");
    }

    @Test
    void a_bottleneck_points_at_the_benefits_it_blocks() {
        Made made = fixture.analysis(unique("Geblokkeerd"), PublicationLevel.REGION);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long bottleneck = bottlenecks
                .find(BottleneckFilter.all().inRegion(fixture.denHaag), 0, 1)
                .getFirst()
                .id();

        assertThat(blockedBenefits.mayBlock(bottleneck)).isTrue();
        blockedBenefits.block(bottleneck, made.benefit());
        blockedBenefits.block(bottleneck, made.benefit());

        assertThat(detail(made.id()).blockersOf(made.benefit()))
                .singleElement()
                .satisfies(b -> assertThat(b.bottleneckId()).isEqualTo(bottleneck));
        assertThat(blockedBenefits.benefitsFor(bottleneck))
                .filteredOn(BenefitChoice::blocked)
                .extracting(BenefitChoice::lineItemId)
                .contains(made.benefit())
                .doesNotContain(made.cost());
        assertThat(blockedBenefits.benefitsFor(bottleneck))
                .filteredOn(choice -> !choice.blocked())
                .extracting(BenefitChoice::lineItemId)
                .doesNotContain(made.benefit());
        assertThat(fields(invalid(() -> blockedBenefits.block(bottleneck, made.cost()))))
                .containsExactly("item");

        SignIn.as(users, DemoUsers.UTRECHT);
        assertThat(blockedBenefits.mayBlock(bottleneck)).isFalse();
        assertThatThrownBy(() -> blockedBenefits.unblock(bottleneck, made.benefit()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(blockedBenefits.benefitsFor(bottleneck))
                .extracting(BenefitChoice::lineItemId)
                .doesNotContain(made.benefit());

        SignIn.as(users, DemoUsers.DEN_HAAG);
        blockedBenefits.unblock(bottleneck, made.benefit());
        assertThat(detail(made.id()).blockers()).isEmpty();
    }

    @Test
    void the_blocked_benefits_of_a_bottleneck_are_summed_at_present_value_as_far_as_the_reader_reads() {
        Made draft = fixture.analysis(unique("Concept"), PublicationLevel.REGION);
        Made national = fixture.published(unique("Landelijk"), PublicationLevel.NATIONAL);
        long scenario = lifecycle.copyAsScenario(national.id(), "Variant");
        long scenarioBenefit = detail(scenario).items().stream()
                .filter(row -> row.draft().kind() == FlowKind.BENEFIT)
                .findFirst()
                .orElseThrow()
                .id();
        long bottleneck = bottlenecks
                .find(BottleneckFilter.all().inRegion(fixture.denHaag), 0, 1)
                .getFirst()
                .id();
        assertThat(blockedBenefits.blockedValue(bottleneck).none()).isTrue();
        blockedBenefits.block(bottleneck, draft.benefit());
        blockedBenefits.block(bottleneck, national.benefit());
        blockedBenefits.block(bottleneck, scenarioBenefit);
        BigDecimal draftWorth = presentValue(draft.id(), draft.benefit());
        BigDecimal nationalWorth = presentValue(national.id(), national.benefit());
        assertThat(draftWorth).isPositive();
        assertThat(nationalWorth).isPositive();

        BlockedValue worth = blockedBenefits.blockedValue(bottleneck);
        assertThat(worth.presentValue()).isEqualByComparingTo(draftWorth.add(nationalWorth));
        assertThat(worth.benefits()).isEqualTo(2);
        assertThat(worth.analyses()).isEqualTo(2);

        SignIn.as(users, DemoUsers.OBSERVER);
        BlockedValue observed = blockedBenefits.blockedValue(bottleneck);
        assertThat(observed.presentValue()).isEqualByComparingTo(nationalWorth);
        assertThat(observed.benefits()).isEqualTo(1);
        assertThat(blockedBenefits.blockedValues(List.of(bottleneck, -1L)))
                .containsOnlyKeys(bottleneck)
                .extractingByKey(bottleneck)
                .isEqualTo(observed);
        assertThat(blockedBenefits.blockedValues(List.of())).isEmpty();
        assertThatThrownBy(() -> blockedBenefits.blockedValue(-1L)).isInstanceOf(NotFoundException.class);

        SignIn.as(users, DemoUsers.DEN_HAAG);
        blockedBenefits.unblock(bottleneck, national.benefit());
        assertThat(blockedBenefits.blockedValue(bottleneck).presentValue()).isEqualByComparingTo(draftWorth);
    }

    private BigDecimal presentValue(long analysisId, long lineItemId) {
        return detail(analysisId).results().items().stream()
                .filter(result -> result.item().id() == lineItemId)
                .findFirst()
                .orElseThrow()
                .presentValue();
    }

    @Test
    void a_draft_can_be_deleted_with_everything_in_it() {
        Made made = fixture.analysis(unique("Weg"), PublicationLevel.REGION);
        parts.addEffect(made.id(), new EffectDraft("Rust", made.hospital(), EffectDirection.POSITIVE));
        long scenario = lifecycle.copyAsScenario(made.id(), "Kopie");
        assertThatThrownBy(() -> lifecycle.delete(made.id(), 99)).isInstanceOf(ConcurrentEditException.class);

        lifecycle.delete(made.id(), detail(made.id()).version());

        assertThat(service.detail(made.id())).isEmpty();
        assertThat(service.detail(scenario)).isEmpty();
    }
}
