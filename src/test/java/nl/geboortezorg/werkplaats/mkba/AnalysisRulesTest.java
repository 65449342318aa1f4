package nl.geboortezorg.werkplaats.mkba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.mkba.AnalysisRules.Horizon;
import nl.geboortezorg.werkplaats.mkba.model.Confidence;
import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.FundingStream;
import nl.geboortezorg.werkplaats.mkba.model.ValueType;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules of an analysis and its parts, without a database: 2025–2029, stakeholders 1 and 2. */
class AnalysisRulesTest {

    private static final Horizon HORIZON = new Horizon(2025, 5);
    private static final Set<Long> STAKEHOLDERS = Set.of(1L, 2L);

    private static AnalysisDraft heading(
            Integer horizonYears, BigDecimal rate, BigDecimal customRate, BigDecimal variation) {
        return new AnalysisDraft(
                "  Integrale poli  ",
                "  Zorg rond de zwangerschap ",
                2025,
                horizonYears,
                2025,
                rate,
                customRate,
                variation,
                PublicationLevel.REGION);
    }

    private static LineItemDraft constant(BigDecimal amount, Integer from, Integer to) {
        return new LineItemDraft(
                FlowKind.BENEFIT,
                "Minder jeugdhulp",
                1L,
                ValueType.FISCAL_CASHABLE,
                AmountMode.CONSTANT,
                amount,
                from,
                to,
                BigDecimal.ZERO,
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "",
                Confidence.MEDIUM);
    }

    private static ValidationException refused(ThrowingCallable rule) {
        return catchThrowableOfType(ValidationException.class, rule);
    }

    private static List<String> fields(ThrowingCallable rule) {
        return refused(rule).problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void a_heading_is_cleaned_and_kept_as_typed() {
        AnalysisDraft clean = AnalysisRules.heading(heading(10, new BigDecimal("2.25"), null, new BigDecimal("25")));

        assertThat(clean.title()).isEqualTo("Integrale poli");
        assertThat(clean.description()).isEqualTo("Zorg rond de zwangerschap");
        assertThat(clean.horizonYears()).isEqualTo(10);
        assertThat(clean.discountRate()).isEqualByComparingTo("2.25");
        assertThat(AnalysisRules.heading(new AnalysisDraft(
                                "Titel",
                                null,
                                2025,
                                5,
                                2025,
                                BigDecimal.ZERO,
                                null,
                                BigDecimal.TEN,
                                PublicationLevel.PUBLIC))
                        .description())
                .isEmpty();
    }

    @Test
    void a_heading_names_every_field_out_of_range_at_once() {
        assertThat(fields(() -> AnalysisRules.heading(new AnalysisDraft(
                        " ",
                        "",
                        1999,
                        31,
                        2101,
                        new BigDecimal("-5.5"),
                        new BigDecimal("20.5"),
                        new BigDecimal("101"),
                        null))))
                .containsExactlyInAnyOrder(
                        "title",
                        "level",
                        "baseYear",
                        "priceLevelYear",
                        "horizonYears",
                        "discountRate",
                        "customRate",
                        "variationPercent");
        assertThat(fields(() -> AnalysisRules.heading(heading(null, null, null, null))))
                .containsExactlyInAnyOrder("horizonYears", "discountRate", "variationPercent");
        assertThat(refused(() -> AnalysisRules.heading(heading(0, BigDecimal.ONE, null, BigDecimal.TEN)))
                        .problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.messageKey()).isEqualTo("mkba.horizon-range");
                    assertThat(p.arguments()).containsExactly(1, 30);
                });
        assertThat(fields(() -> AnalysisRules.heading(heading(5, new BigDecimal("2.12345"), null, BigDecimal.TEN))))
                .containsExactly("discountRate");
        assertThat(fields(() -> AnalysisRules.heading(heading(5, BigDecimal.ONE, null, BigDecimal.ZERO))))
                .containsExactly("variationPercent");
    }

    @Test
    void a_horizon_may_not_shrink_past_the_years_of_items() {
        List<LineItemDraft> items = List.of(
                constant(BigDecimal.TEN, 2025, 2029),
                LineItemDraft.perYear(FlowKind.COST, "Opstart", 2, ValueType.ECONOMIC, Map.of(2027, BigDecimal.ONE)));

        assertThatCode(() -> AnalysisRules.horizonHoldsItems(heading(5, BigDecimal.ONE, null, BigDecimal.TEN), items))
                .doesNotThrowAnyException();
        assertThat(refused(() -> AnalysisRules.horizonHoldsItems(
                                heading(4, BigDecimal.ONE, null, BigDecimal.TEN), items))
                        .problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("horizonYears");
                    assertThat(p.arguments()).containsExactly(1);
                });
        assertThat(refused(() -> AnalysisRules.horizonHoldsItems(
                                heading(2, BigDecimal.ONE, null, BigDecimal.TEN), items))
                        .problems()
                        .getFirst()
                        .arguments())
                .containsExactly(2);
    }

    @Test
    void a_scenario_needs_a_title_of_its_own() {
        assertThat(AnalysisRules.scenarioTitle("  Met extra verpleegkundige ")).isEqualTo("Met extra verpleegkundige");
        assertThat(fields(() -> AnalysisRules.scenarioTitle("  "))).containsExactly("title");
        assertThat(fields(() -> AnalysisRules.scenarioTitle("x".repeat(AnalysisDraft.TITLE_MAX + 1))))
                .containsExactly("title");
    }

    @Test
    void publishing_twice_or_withdrawing_a_draft_says_why_it_is_refused() {
        assertThatCode(() -> AnalysisRules.transition(AnalysisState.DRAFT, AnalysisState.PUBLISHED))
                .doesNotThrowAnyException();
        assertThatCode(() -> AnalysisRules.transition(AnalysisState.PUBLISHED, AnalysisState.DRAFT))
                .doesNotThrowAnyException();
        assertThat(refused(() -> AnalysisRules.transition(AnalysisState.PUBLISHED, AnalysisState.PUBLISHED))
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("mkba.already-published");
        assertThat(refused(() -> AnalysisRules.transition(AnalysisState.DRAFT, AnalysisState.DRAFT))
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("mkba.already-draft");
    }

    @Test
    void only_a_draft_is_changed() {
        assertThatCode(() -> AnalysisRules.editable(AnalysisState.DRAFT)).doesNotThrowAnyException();
        assertThat(refused(() -> AnalysisRules.editable(AnalysisState.PUBLISHED))
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("mkba.published-read-only");
    }

    @Test
    void a_stakeholder_needs_a_name_and_a_funding_stream_and_stays_while_named() {
        assertThat(AnalysisRules.stakeholder(new StakeholderDraft(" Gemeente ", FundingStream.WMO)))
                .isEqualTo(new StakeholderDraft("Gemeente", FundingStream.WMO));
        assertThat(fields(() -> AnalysisRules.stakeholder(new StakeholderDraft("", null))))
                .containsExactlyInAnyOrder("name", "fundingStream");

        assertThatCode(() -> AnalysisRules.removable(0)).doesNotThrowAnyException();
        assertThat(refused(() -> AnalysisRules.removable(3)).problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.messageKey()).isEqualTo("mkba.stakeholder-in-use");
                    assertThat(p.arguments()).containsExactly(3);
                });
    }

    @Test
    void an_effect_names_a_stakeholder_of_the_analysis() {
        assertThat(AnalysisRules.effect(new EffectDraft(" Meer rust ", 2L, EffectDirection.POSITIVE), STAKEHOLDERS))
                .isEqualTo(new EffectDraft("Meer rust", 2L, EffectDirection.POSITIVE));
        assertThat(refused(() -> AnalysisRules.effect(
                                new EffectDraft("Rust", 9L, EffectDirection.POSITIVE), STAKEHOLDERS))
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("mkba.unknown-stakeholder");
        assertThat(fields(() -> AnalysisRules.effect(new EffectDraft(" ", null, null), STAKEHOLDERS)))
                .containsExactlyInAnyOrder("description", "stakeholder", "direction");
    }

    @Test
    void a_constant_item_keeps_its_amount_and_years_and_forgets_amounts_per_year() {
        LineItemDraft typed = new LineItemDraft(
                FlowKind.BENEFIT,
                " Minder jeugdhulp ",
                1L,
                ValueType.SOCIAL,
                AmountMode.CONSTANT,
                new BigDecimal("400"),
                2025,
                2029,
                new BigDecimal("2.5"),
                new TreeMap<>(Map.of(2026, BigDecimal.ONE)),
                new BigDecimal("10"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                " CBS ",
                Confidence.HIGH);

        LineItemDraft clean = AnalysisRules.item(typed, HORIZON, STAKEHOLDERS);

        assertThat(clean.description()).isEqualTo("Minder jeugdhulp");
        assertThat(clean.source()).isEqualTo("CBS");
        assertThat(clean.amount()).isEqualByComparingTo("400");
        assertThat(clean.fromYear()).isEqualTo(2025);
        assertThat(clean.growthPercent()).isEqualByComparingTo("2.5");
        assertThat(clean.perYear()).isEmpty();
    }

    @Test
    void an_item_per_year_forgets_the_constant_amount_and_growth() {
        LineItemDraft typed = new LineItemDraft(
                FlowKind.COST,
                "Opstart",
                2L,
                ValueType.ECONOMIC,
                AmountMode.PER_YEAR,
                new BigDecimal("5"),
                2025,
                2026,
                BigDecimal.TEN,
                new TreeMap<>(Map.of(2025, new BigDecimal("100"), 2029, new BigDecimal("50.5"))),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                Confidence.LOW);

        LineItemDraft clean = AnalysisRules.item(typed, HORIZON, STAKEHOLDERS);

        assertThat(clean.amount()).isNull();
        assertThat(clean.fromYear()).isNull();
        assertThat(clean.toYear()).isNull();
        assertThat(clean.growthPercent()).isEqualByComparingTo("0");
        assertThat(clean.perYear()).containsOnlyKeys(2025, 2029);
        assertThat(clean.source()).isEmpty();
    }

    @Test
    void a_constant_item_stays_in_range_and_within_the_horizon() {
        assertThat(fields(() -> AnalysisRules.item(
                        constant(new BigDecimal("1000000000.01"), 2024, 2030), HORIZON, STAKEHOLDERS)))
                .containsExactlyInAnyOrder("amount", "fromYear", "toYear");
        assertThat(fields(() ->
                        AnalysisRules.item(constant(new BigDecimal("10.125"), 2025, 2025), HORIZON, STAKEHOLDERS)))
                .containsExactly("amount");
        assertThat(refused(() -> AnalysisRules.item(constant(BigDecimal.TEN, 2028, 2026), HORIZON, STAKEHOLDERS))
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("mkba.to-before-from");
        assertThat(refused(() -> AnalysisRules.item(constant(BigDecimal.TEN, 2025, 2030), HORIZON, STAKEHOLDERS))
                        .problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("toYear");
                    assertThat(p.arguments()).containsExactly(2030, 2025, 2029);
                });
        assertThat(fields(() -> AnalysisRules.item(constant(null, null, null), HORIZON, STAKEHOLDERS)))
                .containsExactlyInAnyOrder("amount", "fromYear", "toYear");
    }

    @Test
    void growth_stays_in_range_and_may_not_grow_an_amount_past_the_largest_allowed() {
        assertThat(fields(() -> AnalysisRules.item(
                        constant(BigDecimal.TEN, 2025, 2029).withGrowth(new BigDecimal("100.5")),
                        HORIZON,
                        STAKEHOLDERS)))
                .containsExactly("growth");
        assertThat(refused(() -> AnalysisRules.item(
                                constant(new BigDecimal("900000000"), 2025, 2029)
                                        .withGrowth(BigDecimal.TEN),
                                HORIZON,
                                STAKEHOLDERS))
                        .problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.messageKey()).isEqualTo("mkba.grown-too-large");
                    assertThat(p.arguments()).first().isEqualTo(2029);
                });
        assertThatCode(() -> AnalysisRules.item(
                        constant(new BigDecimal("900000000"), 2025, 2029).withGrowth(new BigDecimal("-10")),
                        HORIZON,
                        STAKEHOLDERS))
                .doesNotThrowAnyException();
    }

    @Test
    void amounts_per_year_are_there_in_range_and_within_the_horizon() {
        Map<Integer, BigDecimal> amounts = new HashMap<>();
        amounts.put(2024, BigDecimal.ONE);
        amounts.put(2026, null);
        amounts.put(2027, new BigDecimal("0.001"));
        LineItemDraft perYear = LineItemDraft.perYear(FlowKind.COST, "Per jaar", 1, ValueType.ECONOMIC, Map.of());

        assertThat(refused(() -> AnalysisRules.item(perYear, HORIZON, STAKEHOLDERS))
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("mkba.per-year-empty");
        assertThat(refused(() -> AnalysisRules.item(
                                new LineItemDraft(
                                        FlowKind.COST,
                                        "Per jaar",
                                        1L,
                                        ValueType.ECONOMIC,
                                        AmountMode.PER_YEAR,
                                        null,
                                        null,
                                        null,
                                        BigDecimal.ZERO,
                                        new TreeMap<>(amounts),
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        "",
                                        Confidence.LOW),
                                HORIZON,
                                STAKEHOLDERS))
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("mkba.year-outside-horizon", "mkba.per-year-missing", "mkba.per-year-amount");
    }

    @Test
    void an_item_names_a_known_stakeholder_has_its_kinds_and_adjustments_within_percentages() {
        LineItemDraft none = new LineItemDraft(
                null, "", null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(fields(() -> AnalysisRules.item(none, HORIZON, STAKEHOLDERS)))
                .containsExactlyInAnyOrder(
                        "kind",
                        "description",
                        "stakeholder",
                        "valueType",
                        "mode",
                        "confidence",
                        "deadweight",
                        "attribution",
                        "optimismBias",
                        "dropOff");

        LineItemDraft adjusted = constant(BigDecimal.TEN, 2025, 2025)
                .withAdjustments(
                        new BigDecimal("100.5"),
                        new BigDecimal("-1"),
                        new BigDecimal("12.34567"),
                        new BigDecimal("100"));
        assertThat(fields(() -> AnalysisRules.item(adjusted, HORIZON, STAKEHOLDERS)))
                .containsExactlyInAnyOrder("deadweight", "attribution", "optimismBias");

        assertThat(refused(() -> AnalysisRules.item(constant(BigDecimal.TEN, 2025, 2025), HORIZON, Set.of(2L)))
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("mkba.unknown-stakeholder");
    }

    @Test
    void several_items_are_all_valid_or_name_each_problem_by_the_items_place() {
        LineItemDraft good = constant(BigDecimal.TEN, 2025, 2029);
        LineItemDraft late = constant(BigDecimal.TEN, 2025, 2031);

        assertThat(AnalysisRules.items(List.of(good, good), HORIZON, STAKEHOLDERS))
                .hasSize(2);
        assertThat(fields(() -> AnalysisRules.items(List.of(good, late, good, late), HORIZON, STAKEHOLDERS)))
                .containsExactly("items.1.toYear", "items.3.toYear");
        assertThat(fields(() -> AnalysisRules.items(List.of(late), HORIZON, STAKEHOLDERS)))
                .containsExactly("toYear");
    }

    @Test
    void a_bottleneck_blocks_benefits_only() {
        assertThatCode(() -> AnalysisRules.blockable(FlowKind.BENEFIT)).doesNotThrowAnyException();
        assertThat(refused(() -> AnalysisRules.blockable(FlowKind.COST)).problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("mkba.block-only-benefits");
    }

    @Test
    void the_horizon_runs_from_the_base_year_for_its_number_of_years() {
        assertThat(HORIZON.lastYear()).isEqualTo(2029);
        assertThat(HORIZON.contains(2025)).isTrue();
        assertThat(HORIZON.contains(2029)).isTrue();
        assertThat(HORIZON.contains(2024)).isFalse();
        assertThat(HORIZON.contains(2030)).isFalse();
    }
}
