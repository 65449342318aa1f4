package nl.geboortezorg.werkplaats.mkba.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calculation against cases worked out by hand. */
class CostBenefitModelTest {

    static final Stakeholder HOSPITAL = new Stakeholder(1, "Ziekenhuis", FundingStream.HOSPITAL_BUDGET);
    static final Stakeholder MUNICIPALITY = new Stakeholder(2, "Gemeente", FundingStream.MUNICIPAL_BUDGET);
    static final Stakeholder INSURER = new Stakeholder(3, "Zorgverzekeraar", FundingStream.ZVW);

    private long nextId = 1;

    @Test
    void discounts_each_year_to_the_base_year() {
        // 1000 in 2025, 2026, 2027 at 2.25%: 1000 + 1000/1.0225 + 1000/1.0225² = 2934.469573...
        Results results = calculate(2025, 3, "2.25", benefit(MUNICIPALITY, constant("1000", 2025, 2027)));

        assertThat(cents(results.total().presentBenefits())).isEqualTo("2934.47");
        assertThat(results.total().presentBenefits())
                .isCloseTo(
                        new BigDecimal("1000")
                                .add(BigDecimal.ONE
                                        .divide(new BigDecimal("1.0225"), Money.CONTEXT)
                                        .multiply(new BigDecimal("1000")))
                                .add(BigDecimal.ONE
                                        .divide(new BigDecimal("1.04550625"), Money.CONTEXT)
                                        .multiply(new BigDecimal("1000"))),
                        org.assertj.core.data.Offset.offset(new BigDecimal("1E-25")));
        List<YearFlow> flows = results.items().getFirst().years();
        assertThat(flows).extracting(YearFlow::year).containsExactly(2025, 2026, 2027);
        assertThat(cents(flows.get(0).discounted())).isEqualTo("1000.00");
        assertThat(cents(flows.get(1).discounted())).isEqualTo("978.00");
        assertThat(cents(flows.get(2).discounted())).isEqualTo("956.47");
    }

    @Test
    void the_standard_rate_is_two_and_a_quarter_percent() {
        assertThat(Limits.STANDARD_DISCOUNT_RATE).isEqualByComparingTo("2.25");
    }

    @Test
    void a_negative_rate_makes_later_years_worth_more() {
        // 1000 in the year after the base year at −5%: 1000 / 0.95 = 1052.631578...
        Results results = calculate(2025, 2, "-5", benefit(MUNICIPALITY, constant("1000", 2026, 2026)));

        assertThat(cents(results.total().presentBenefits())).isEqualTo("1052.63");
    }

    @Test
    void at_rate_zero_the_present_value_is_the_plain_sum() {
        Results results = calculate(2025, 5, "0", cost(HOSPITAL, constant("1234.56", 2025, 2029)));

        assertThat(results.total().presentCosts()).isEqualByComparingTo("6172.80");
        assertThat(results.total().netPresentValue()).isEqualByComparingTo("-6172.80");
    }

    @Test
    void grows_a_constant_amount_each_year_after_the_first() {
        // 1000, 1100, 1210 at 10% growth; shrinking at −10%: 1000, 900, 810.
        assertThat(calculate(2025, 3, "0", benefit(MUNICIPALITY, grown("1000", 2025, 2027, "10")))
                        .total()
                        .presentBenefits())
                .isEqualByComparingTo("3310");
        assertThat(calculate(2025, 3, "0", benefit(MUNICIPALITY, grown("1000", 2025, 2027, "-10")))
                        .total()
                        .presentBenefits())
                .isEqualByComparingTo("2710");
    }

    @Test
    void growth_runs_from_the_items_own_first_year_and_stops_after_its_last() {
        Results results = calculate(2025, 5, "0", benefit(MUNICIPALITY, grown("100", 2026, 2027, "50")));

        assertThat(results.items().getFirst().years())
                .extracting(f -> f.nominal().stripTrailingZeros())
                .containsExactly(
                        BigDecimal.ZERO,
                        new BigDecimal("1E+2"),
                        new BigDecimal("1.5E+2"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO);
    }

    @Test
    void applies_deadweight_attribution_and_optimism_bias_as_factors() {
        // 1000 × (1 − 0.10) × (1 − 0.20) × (1 − 0.25) = 540
        LineItem item = benefit(
                MUNICIPALITY,
                constant("1000", 2025, 2025),
                new Adjustments(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("25"), BigDecimal.ZERO));

        assertThat(calculate(2025, 1, "0", item).total().presentBenefits()).isEqualByComparingTo("540");
    }

    @Test
    void the_same_factors_apply_to_a_cost_but_drop_off_does_not() {
        LineItem item = cost(
                HOSPITAL,
                constant("1000", 2025, 2026),
                new Adjustments(new BigDecimal("50"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("50")));

        assertThat(calculate(2025, 2, "0", item).total().presentCosts()).isEqualByComparingTo("1000");
    }

    @Test
    void drop_off_reduces_a_benefit_from_its_first_year_on() {
        // First year in full, then × 0.8 each year: 1000 + 800 + 640 = 2440; nothing before 2026 counts.
        LineItem item = benefit(
                MUNICIPALITY,
                constant("1000", 2026, 2028),
                new Adjustments(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("20")));

        Results results = calculate(2025, 4, "0", item);

        assertThat(results.total().presentBenefits()).isEqualByComparingTo("2440");
        assertThat(results.items().getFirst().years())
                .extracting(YearFlow::adjusted)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, new BigDecimal("1000"), new BigDecimal("800"), new BigDecimal("640"));
    }

    @Test
    void drop_off_of_amounts_per_year_counts_from_the_first_year_with_an_amount() {
        LineItem item = benefit(
                MUNICIPALITY,
                Amounts.PerYear.of(
                        Map.of(2025, BigDecimal.ZERO, 2026, new BigDecimal("500"), 2027, new BigDecimal("500"))),
                new Adjustments(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("10")));

        assertThat(calculate(2025, 3, "0", item).total().presentBenefits()).isEqualByComparingTo("950");
    }

    @Test
    void amounts_per_year_count_only_within_the_horizon() {
        LineItem item = cost(
                HOSPITAL,
                Amounts.PerYear.of(Map.of(
                        2025, new BigDecimal("100.50"), 2027, new BigDecimal("200"), 2031, new BigDecimal("999"))));

        Results results = calculate(2025, 3, "0", item);

        assertThat(results.total().presentCosts()).isEqualByComparingTo("300.50");
    }

    @Test
    void net_present_value_ratio_and_payback() {
        // Cost 1000 in 2025; benefit 400 a year 2025–2029; rate 0: cumulative −600, −200, 200, … → payback 2027.
        Results results = calculate(
                2025,
                5,
                "0",
                cost(HOSPITAL, constant("1000", 2025, 2025)),
                benefit(MUNICIPALITY, constant("400", 2025, 2029)));

        Totals total = results.total();
        assertThat(total.presentCosts()).isEqualByComparingTo("1000");
        assertThat(total.presentBenefits()).isEqualByComparingTo("2000");
        assertThat(total.netPresentValue()).isEqualByComparingTo("1000");
        assertThat(total.benefitCostRatio())
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("2"));
        assertThat(total.paybackYear()).hasValue(2027);
        assertThat(total.years())
                .extracting(YearTotal::cumulativeDiscountedNet)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("-600"),
                        new BigDecimal("-200"),
                        new BigDecimal("200"),
                        new BigDecimal("600"),
                        new BigDecimal("1000"));
    }

    @Test
    void payback_in_the_year_the_cumulative_net_reaches_exactly_zero() {
        Results results = calculate(
                2025,
                3,
                "0",
                cost(HOSPITAL, constant("1000", 2025, 2025)),
                benefit(MUNICIPALITY, constant("500", 2025, 2027)));

        assertThat(results.total().paybackYear()).hasValue(2026);
    }

    @Test
    void costs_that_start_after_the_base_year_pay_back_only_once_the_net_recovers() {
        // Nothing in 2025, cost 1000 in 2026, benefit 300 a year 2027–2030; rate 0:
        // cumulative 0, −1000, −700, −400, −100, 200 → paid back in 2030, not in the base year.
        Results results = calculate(
                2025,
                6,
                "0",
                cost(HOSPITAL, constant("1000", 2026, 2026)),
                benefit(MUNICIPALITY, constant("300", 2027, 2030)));

        assertThat(results.total().paybackYear()).hasValue(2030);
        assertThat(results.total().netPresentValue()).isEqualByComparingTo("200");
    }

    @Test
    void a_late_cost_that_is_never_earned_back_is_not_paid_back_within_the_horizon() {
        // Cumulative 0, −1000, −700, −400: the base year's zero is no payback next to a negative NPV.
        Results results = calculate(
                2025,
                4,
                "0",
                cost(HOSPITAL, constant("1000", 2026, 2026)),
                benefit(MUNICIPALITY, constant("300", 2027, 2028)));

        assertThat(results.total().payback().kind()).isEqualTo(Payback.Kind.NOT_WITHIN_HORIZON);
        assertThat(results.total().paybackYear()).isEmpty();
        assertThat(results.total().netPresentValue()).isEqualByComparingTo("-400");
    }

    @Test
    void a_net_that_recovers_and_falls_back_pays_back_when_it_recovers_for_good() {
        // Cumulative −500, 0, −300, 100: the recovery of 2026 does not last; paid back in 2028.
        Results results = calculate(
                2025,
                4,
                "0",
                cost(HOSPITAL, constant("500", 2025, 2025)),
                benefit(MUNICIPALITY, constant("500", 2026, 2026)),
                cost(HOSPITAL, constant("300", 2027, 2027)),
                benefit(MUNICIPALITY, constant("400", 2028, 2028)));

        assertThat(results.total().paybackYear()).hasValue(2028);
    }

    @Test
    void no_payback_within_the_horizon() {
        Results results = calculate(
                2025,
                3,
                "0",
                cost(HOSPITAL, constant("1000", 2025, 2025)),
                benefit(MUNICIPALITY, constant("100", 2025, 2027)));

        assertThat(results.total().payback().kind()).isEqualTo(Payback.Kind.NOT_WITHIN_HORIZON);
        assertThat(results.total().netPresentValue()).isEqualByComparingTo("-700");
    }

    @Test
    void discounting_can_push_payback_out_of_the_horizon() {
        // Undiscounted the benefits of 2026 pay back the cost exactly; discounted at 2.25% they fall short.
        LineItem cost = cost(HOSPITAL, constant("1000", 2025, 2025));
        LineItem benefit = benefit(MUNICIPALITY, constant("1000", 2026, 2026));

        assertThat(calculate(2025, 2, "0", cost, benefit).total().paybackYear()).hasValue(2026);
        assertThat(calculate(2025, 2, "2.25", cost, benefit).total().paybackYear())
                .isEmpty();
    }

    @Test
    void benefits_without_costs_have_nothing_to_pay_back_and_no_ratio() {
        Results results = calculate(2025, 3, "2.25", benefit(MUNICIPALITY, constant("100", 2025, 2027)));

        assertThat(results.total().payback().kind()).isEqualTo(Payback.Kind.NEVER_BELOW_ZERO);
        assertThat(results.total().paybackYear()).isEmpty();
        assertThat(results.total().benefitCostRatio()).isEmpty();
    }

    @Test
    void results_per_stakeholder_and_funding_stream_show_the_wrong_pocket() {
        Stakeholder wmo = new Stakeholder(4, "Wijkteam", FundingStream.MUNICIPAL_BUDGET);
        Results results = calculate(
                2025,
                1,
                "0",
                cost(HOSPITAL, constant("1000", 2025, 2025)),
                benefit(MUNICIPALITY, constant("1500", 2025, 2025)),
                benefit(wmo, constant("100", 2025, 2025)),
                cost(INSURER, constant("0", 2025, 2025)));

        assertThat(results.of(HOSPITAL).netPresentValue()).isEqualByComparingTo("-1000");
        assertThat(results.of(MUNICIPALITY).netPresentValue()).isEqualByComparingTo("1500");
        assertThat(results.of(INSURER).netPresentValue()).isEqualByComparingTo("0");
        assertThat(results.fundingStreams())
                .extracting(Results.StreamResult::fundingStream)
                .containsExactly(FundingStream.ZVW, FundingStream.HOSPITAL_BUDGET, FundingStream.MUNICIPAL_BUDGET);
        assertThat(results.fundingStreams().get(2).totals().netPresentValue()).isEqualByComparingTo("1600");
        assertThat(results.total().netPresentValue()).isEqualByComparingTo("600");
        assertThat(results.winWin()).isFalse();
        assertThat(results.wrongPockets()).singleElement().satisfies(pocket -> {
            assertThat(pocket.payer()).isEqualTo(HOSPITAL);
            assertThat(pocket.beneficiaries()).containsExactly(MUNICIPALITY, wmo);
        });
    }

    @Test
    void a_win_win_when_the_whole_gains_and_nobody_loses() {
        Results results = calculate(
                2025,
                2,
                "0",
                cost(HOSPITAL, constant("1000", 2025, 2025)),
                benefit(HOSPITAL, constant("700", 2025, 2026)),
                cost(MUNICIPALITY, constant("100", 2025, 2025)),
                benefit(MUNICIPALITY, constant("100", 2026, 2026)));

        assertThat(results.winWin()).isTrue();
        assertThat(results.wrongPockets()).isEmpty();
    }

    @Test
    void nobody_gaining_is_no_wrong_pocket() {
        Results results = calculate(2025, 1, "0", cost(HOSPITAL, constant("1000", 2025, 2025)));

        assertThat(results.winWin()).isFalse();
        assertThat(results.wrongPockets()).isEmpty();
    }

    @Test
    void refuses_an_item_of_an_unknown_stakeholder() {
        LineItem stray = cost(new Stakeholder(99, "?", FundingStream.OTHER), constant("1", 2025, 2025));

        assertThatThrownBy(() -> CostBenefitModel.calculate(
                        new Analysis(2025, 1, BigDecimal.ZERO, List.of(HOSPITAL), List.of(stray))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sensitivity_at_other_rates() {
        Analysis analysis = analysis(2025, 2, "2.25", benefit(MUNICIPALITY, constant("1000", 2026, 2026)));

        Sensitivity sensitivity = CostBenefitModel.sensitivity(
                analysis,
                List.of(
                        BigDecimal.ZERO,
                        new BigDecimal("2.25"),
                        new BigDecimal("4"),
                        new BigDecimal("10"),
                        new BigDecimal("4.00")),
                Limits.DEFAULT_VARIATION);

        assertThat(sensitivity.rates())
                .extracting(r -> r.ratePercent().toPlainString())
                .containsExactly("0", "2.25", "4", "10");
        assertThat(sensitivity.rates())
                .extracting(r -> cents(r.totals().netPresentValue()))
                .containsExactly("1000.00", "978.00", "961.54", "909.09");
    }

    @Test
    void tornado_varies_each_item_and_puts_the_widest_swing_first() {
        // NPV = 2000 − 1000 = 1000. ±25% on the benefit: 500 … 1500; on the cost: 1250 … 750.
        LineItem cost = cost(HOSPITAL, constant("1000", 2025, 2025));
        LineItem benefit = benefit(MUNICIPALITY, constant("1000", 2025, 2026));

        Sensitivity sensitivity = CostBenefitModel.sensitivity(
                analysis(2025, 2, "0", cost, benefit), List.of(BigDecimal.ZERO), Limits.DEFAULT_VARIATION);

        assertThat(sensitivity.tornado())
                .extracting(Sensitivity.TornadoBar::item)
                .containsExactly(benefit, cost);
        Sensitivity.TornadoBar first = sensitivity.tornado().getFirst();
        assertThat(first.lowered()).isEqualByComparingTo("500");
        assertThat(first.raised()).isEqualByComparingTo("1500");
        Sensitivity.TornadoBar second = sensitivity.tornado().get(1);
        assertThat(second.lowered()).isEqualByComparingTo("1250");
        assertThat(second.raised()).isEqualByComparingTo("750");
        assertThat(second.swing()).isEqualByComparingTo("500");
    }

    @Test
    void break_even_of_the_most_uncertain_item() {
        // Cost 1000 (sure), benefit 400 a year for 3 years (least sure): NPV 200; zero when the benefit is
        // 1000/1200 of its estimate, 333.33 a year.
        LineItem cost = item(FlowKind.COST, HOSPITAL, constant("1000", 2025, 2025), Adjustments.NONE, Confidence.HIGH);
        LineItem benefit =
                item(FlowKind.BENEFIT, MUNICIPALITY, constant("400", 2025, 2027), Adjustments.NONE, Confidence.LOW);
        LineItem certain =
                item(FlowKind.BENEFIT, INSURER, constant("5000", 2025, 2025), Adjustments.NONE, Confidence.MEDIUM);
        LineItem certainCost =
                item(FlowKind.COST, INSURER, constant("5000", 2025, 2025), Adjustments.NONE, Confidence.MEDIUM);

        Sensitivity.BreakEven breakEven = CostBenefitModel.sensitivity(
                        analysis(2025, 3, "0", cost, benefit, certain, certainCost),
                        List.of(),
                        Limits.DEFAULT_VARIATION)
                .breakEven()
                .orElseThrow();

        assertThat(breakEven.item()).isEqualTo(benefit);
        assertThat(breakEven.factor().setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.833333");
        assertThat(breakEven.yearly()).isTrue();
        assertThat(breakEven.estimate()).isEqualByComparingTo("400");
        assertThat(cents(breakEven.value())).isEqualTo("333.33");
    }

    @Test
    void break_even_of_amounts_per_year_is_their_total() {
        LineItem cost = cost(HOSPITAL, constant("900", 2025, 2025));
        LineItem benefit = item(
                FlowKind.BENEFIT,
                MUNICIPALITY,
                Amounts.PerYear.of(Map.of(2025, new BigDecimal("300"), 2026, new BigDecimal("900"))),
                Adjustments.NONE,
                Confidence.LOW);

        Sensitivity.BreakEven breakEven = CostBenefitModel.sensitivity(
                        analysis(2025, 2, "0", cost, benefit), List.of(), Limits.DEFAULT_VARIATION)
                .breakEven()
                .orElseThrow();

        assertThat(breakEven.yearly()).isFalse();
        assertThat(breakEven.estimate()).isEqualByComparingTo("1200");
        assertThat(breakEven.value()).isEqualByComparingTo("900");
        assertThat(breakEven.factor()).isEqualByComparingTo("0.75");
    }

    @Test
    void no_break_even_without_an_item_that_moves_the_result() {
        Sensitivity sensitivity = CostBenefitModel.sensitivity(
                analysis(2025, 2, "0", cost(HOSPITAL, constant("0", 2025, 2025))), List.of(), Limits.DEFAULT_VARIATION);

        assertThat(sensitivity.breakEven()).isEmpty();
    }

    @Test
    void limits_of_input() {
        assertThat(Limits.discountRateAllowed(new BigDecimal("-5"))).isTrue();
        assertThat(Limits.discountRateAllowed(new BigDecimal("20"))).isTrue();
        assertThat(Limits.discountRateAllowed(new BigDecimal("-5.01"))).isFalse();
        assertThat(Limits.discountRateAllowed(new BigDecimal("20.0001"))).isFalse();
        assertThat(Limits.horizonAllowed(0)).isFalse();
        assertThat(Limits.horizonAllowed(1)).isTrue();
        assertThat(Limits.horizonAllowed(30)).isTrue();
        assertThat(Limits.horizonAllowed(31)).isFalse();
        assertThat(Limits.percentAllowed(new BigDecimal("100"))).isTrue();
        assertThat(Limits.percentAllowed(new BigDecimal("100.5"))).isFalse();
        assertThat(Limits.percentAllowed(new BigDecimal("-1"))).isFalse();
        assertThat(Limits.amountAllowed(new BigDecimal("-1000000000.00"))).isTrue();
        assertThat(Limits.amountAllowed(new BigDecimal("1000000000.01"))).isFalse();
        assertThat(Limits.amountAllowed(new BigDecimal("12.345"))).isFalse();
        assertThat(Limits.amountAllowed(new BigDecimal("12.340"))).isTrue();
    }

    // ---- building blocks

    static String cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static Amounts constant(String amount, int from, int to) {
        return Amounts.Constant.of(new BigDecimal(amount), from, to);
    }

    static Amounts grown(String amount, int from, int to, String growth) {
        return new Amounts.Constant(new BigDecimal(amount), from, to, new BigDecimal(growth));
    }

    LineItem cost(Stakeholder who, Amounts amounts) {
        return item(FlowKind.COST, who, amounts, Adjustments.NONE, Confidence.MEDIUM);
    }

    LineItem cost(Stakeholder who, Amounts amounts, Adjustments adjustments) {
        return item(FlowKind.COST, who, amounts, adjustments, Confidence.MEDIUM);
    }

    LineItem benefit(Stakeholder who, Amounts amounts) {
        return item(FlowKind.BENEFIT, who, amounts, Adjustments.NONE, Confidence.MEDIUM);
    }

    LineItem benefit(Stakeholder who, Amounts amounts, Adjustments adjustments) {
        return item(FlowKind.BENEFIT, who, amounts, adjustments, Confidence.MEDIUM);
    }

    LineItem item(FlowKind kind, Stakeholder who, Amounts amounts, Adjustments adjustments, Confidence confidence) {
        return new LineItem(
                nextId++,
                kind,
                kind + " " + nextId,
                who.id(),
                ValueType.FISCAL_CASHABLE,
                amounts,
                adjustments,
                "",
                confidence);
    }

    static Analysis analysis(int baseYear, int horizon, String rate, LineItem... items) {
        return new Analysis(
                baseYear,
                horizon,
                new BigDecimal(rate),
                List.of(
                        INSURER,
                        HOSPITAL,
                        MUNICIPALITY,
                        new Stakeholder(4, "Wijkteam", FundingStream.MUNICIPAL_BUDGET)),
                List.of(items));
    }

    static Results calculate(int baseYear, int horizon, String rate, LineItem... items) {
        return CostBenefitModel.calculate(analysis(baseYear, horizon, rate, items));
    }
}
