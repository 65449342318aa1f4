package nl.geboortezorg.werkplaats.mkba.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The payback's definition, checked on a few thousand analyses drawn at random (from a fixed seed,
 * so that a failure can be repeated): costs and benefits of random amounts in random years, at
 * random rates. Whatever the flows, the payback is the year from which the cumulative discounted
 * net stays at or above zero after having been below it, and it says why when there is none.
 */
class PaybackPropertiesTest {

    private static final int CASES = 3000;

    private final CostBenefitModelTest build = new CostBenefitModelTest();

    private record Drawn(Analysis analysis, Results results) {}

    private void forAll(long seed, Consumer<Drawn> property) {
        Random random = new Random(seed);
        for (int n = 0; n < CASES; n++) {
            Analysis analysis = randomAnalysis(random);
            Drawn drawn = new Drawn(analysis, CostBenefitModel.calculate(analysis));
            try {
                property.accept(drawn);
            } catch (AssertionError failure) {
                throw new AssertionError("Case " + n + " of seed " + seed + ": " + analysis, failure);
            }
        }
    }

    private Analysis randomAnalysis(Random random) {
        int base = 2020 + random.nextInt(10);
        int horizon = 1 + random.nextInt(30);
        String rate = List.of("0", "2.25", "4", "-1.5").get(random.nextInt(4));
        List<LineItem> items = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            int from = base + random.nextInt(horizon);
            int to = from + random.nextInt(base + horizon - from);
            Amounts amounts = CostBenefitModelTest.constant(String.valueOf(1 + random.nextInt(5000)), from, to);
            Stakeholder who = random.nextBoolean() ? CostBenefitModelTest.HOSPITAL : CostBenefitModelTest.MUNICIPALITY;
            items.add(random.nextInt(3) == 0 ? build.benefit(who, amounts) : build.cost(who, amounts));
        }
        return CostBenefitModelTest.analysis(base, horizon, rate, items.toArray(LineItem[]::new));
    }

    private static List<BigDecimal> cumulative(Totals totals) {
        return totals.years().stream().map(YearTotal::cumulativeDiscountedNet).toList();
    }

    @Test
    void a_payback_year_is_followed_only_by_years_at_or_above_zero_and_preceded_by_one_below() {
        forAll(20261207L, drawn -> {
            Totals total = drawn.results().total();
            List<BigDecimal> net = cumulative(total);
            total.paybackYear().ifPresent(year -> {
                int index = year - drawn.analysis().baseYear();
                assertThat(index).isPositive();
                assertThat(net.get(index - 1)).isNegative();
                assertThat(net.subList(index, net.size()))
                        .allSatisfy(value -> assertThat(value.signum()).isNotNegative());
            });
        });
    }

    @Test
    void there_is_no_payback_to_report_exactly_when_the_net_is_never_below_zero() {
        forAll(7L, drawn -> {
            Totals total = drawn.results().total();
            boolean everBelow = cumulative(total).stream().anyMatch(value -> value.signum() < 0);
            assertThat(total.payback().kind() == Payback.Kind.NEVER_BELOW_ZERO).isEqualTo(!everBelow);
        });
    }

    @Test
    void it_is_not_within_the_horizon_exactly_when_the_net_ends_below_zero() {
        forAll(42L, drawn -> {
            Totals total = drawn.results().total();
            List<BigDecimal> net = cumulative(total);
            assertThat(total.payback().kind() == Payback.Kind.NOT_WITHIN_HORIZON)
                    .isEqualTo(net.getLast().signum() < 0);
        });
    }

    @Test
    void a_negative_net_present_value_never_comes_with_a_payback_year() {
        forAll(1L, drawn -> {
            Totals total = drawn.results().total();
            if (total.loses()) {
                assertThat(total.paybackYear()).isEmpty();
                assertThat(total.payback().kind()).isEqualTo(Payback.Kind.NOT_WITHIN_HORIZON);
            }
        });
    }

    @Test
    void more_benefit_never_makes_the_payback_later() {
        forAll(99L, drawn -> {
            Analysis analysis = drawn.analysis();
            int year = analysis.baseYear() + analysis.horizonYears() / 2;
            List<LineItem> more = new ArrayList<>(analysis.items());
            more.add(
                    build.benefit(CostBenefitModelTest.MUNICIPALITY, CostBenefitModelTest.constant("750", year, year)));
            Analysis richer = new Analysis(
                    analysis.baseYear(),
                    analysis.horizonYears(),
                    analysis.discountRatePercent(),
                    analysis.stakeholders(),
                    more);
            Payback before = drawn.results().total().payback();
            Payback after = CostBenefitModel.calculate(richer).total().payback();
            assertThat(rank(after, analysis)).isLessThanOrEqualTo(rank(before, analysis));
        });
    }

    @Test
    void moving_every_year_moves_the_payback_by_as_many_years() {
        forAll(5L, drawn -> {
            Analysis analysis = drawn.analysis();
            List<LineItem> shifted = analysis.items().stream()
                    .map(item -> {
                        Amounts.Constant amounts = (Amounts.Constant) item.amounts();
                        return new LineItem(
                                item.id(),
                                item.kind(),
                                item.description(),
                                item.stakeholderId(),
                                item.valueType(),
                                new Amounts.Constant(
                                        amounts.amount(),
                                        amounts.fromYear() + 3,
                                        amounts.toYear() + 3,
                                        amounts.growthPercent()),
                                item.adjustments(),
                                item.source(),
                                item.confidence());
                    })
                    .toList();
            Analysis later = new Analysis(
                    analysis.baseYear() + 3,
                    analysis.horizonYears(),
                    analysis.discountRatePercent(),
                    analysis.stakeholders(),
                    shifted);
            Payback before = drawn.results().total().payback();
            Payback after = CostBenefitModel.calculate(later).total().payback();
            assertThat(after.kind()).isEqualTo(before.kind());
            before.year().ifPresent(year -> assertThat(after.year()).hasValue(year + 3));
        });
    }

    @Test
    void the_cases_drawn_cover_every_kind_of_payback() {
        List<Payback.Kind> seen = new ArrayList<>();
        forAll(3L, drawn -> seen.add(drawn.results().total().payback().kind()));
        assertThat(seen).contains(Payback.Kind.values());
        assertThat(IntStream.range(0, seen.size())
                        .filter(i -> seen.get(i) == Payback.Kind.IN_YEAR)
                        .count())
                .isGreaterThan(CASES / 20);
    }

    /** Earlier is better: a payback year by its place in the horizon, none needed first, none within last. */
    private static int rank(Payback payback, Analysis analysis) {
        return switch (payback.kind()) {
            case NEVER_BELOW_ZERO -> -1;
            case IN_YEAR -> payback.year().orElseThrow() - analysis.baseYear();
            case NOT_WITHIN_HORIZON -> Integer.MAX_VALUE;
        };
    }
}
