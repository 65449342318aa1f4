package nl.geboortezorg.werkplaats.mkba.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that hold for any analysis, checked on a few hundred random ones (fixed seeds, so a
 * failure can be reproduced from the seed in its name).
 */
class CostBenefitPropertiesTest {

    private static final BigDecimal TOLERANCE = new BigDecimal("1E-12");

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void at_rate_zero_the_net_present_value_is_the_plain_sum_of_adjusted_flows(int seed) {
        Analysis analysis = randomAnalysis(new Random(seed)).withDiscountRate(BigDecimal.ZERO);
        Results results = CostBenefitModel.calculate(analysis);

        BigDecimal plain = BigDecimal.ZERO;
        for (LineItem item : analysis.items()) {
            for (int year : analysis.years()) {
                BigDecimal adjusted = item.adjusted(year);
                plain = item.kind() == FlowKind.BENEFIT ? plain.add(adjusted) : plain.subtract(adjusted);
            }
        }
        assertClose(results.total().netPresentValue(), plain);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void doubling_every_amount_doubles_the_net_present_value(int seed) {
        Analysis analysis = randomAnalysis(new Random(seed));

        BigDecimal single = CostBenefitModel.calculate(analysis).total().netPresentValue();
        BigDecimal doubled = CostBenefitModel.calculate(analysis.scaled(BigDecimal.TWO))
                .total()
                .netPresentValue();

        assertClose(doubled, single.multiply(BigDecimal.TWO));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void stakeholders_and_funding_streams_add_up_to_the_total(int seed) {
        Results results = CostBenefitModel.calculate(randomAnalysis(new Random(seed)));

        BigDecimal byStakeholder = results.stakeholders().stream()
                .map(s -> s.totals().netPresentValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal byStream = results.fundingStreams().stream()
                .map(s -> s.totals().netPresentValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal byItem =
                results.items().stream().map(ItemResult::netContribution).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertClose(byStakeholder, results.total().netPresentValue());
        assertClose(byStream, results.total().netPresentValue());
        assertClose(byItem, results.total().netPresentValue());
        assertClose(
                results.total().years().getLast().cumulativeDiscountedNet(),
                results.total().netPresentValue());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_higher_rate_never_raises_the_value_of_a_benefit_stream(int seed) {
        Analysis analysis = randomAnalysis(new Random(seed));
        Analysis benefitsOnly = new Analysis(
                analysis.baseYear(),
                analysis.horizonYears(),
                BigDecimal.ZERO,
                analysis.stakeholders(),
                analysis.items().stream()
                        .filter(i -> i.kind() == FlowKind.BENEFIT
                                && i.amounts() instanceof Amounts.Constant c
                                && c.amount().signum() > 0)
                        .toList());

        BigDecimal previous = null;
        for (String rate : List.of("-5", "0", "2.25", "4", "20")) {
            BigDecimal value = CostBenefitModel.calculate(benefitsOnly.withDiscountRate(new BigDecimal(rate)))
                    .total()
                    .presentBenefits();
            if (previous != null) {
                assertThat(value).isLessThanOrEqualTo(previous);
            }
            previous = value;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_break_even_factor_makes_the_net_present_value_zero(int seed) {
        Analysis analysis = randomAnalysis(new Random(seed));
        Results results = CostBenefitModel.calculate(analysis);

        for (ItemResult item : results.items()) {
            if (item.netContribution().signum() == 0) {
                continue;
            }
            Sensitivity.BreakEven breakEven = CostBenefitModel.breakEven(results, item);
            BigDecimal atBreakEven = CostBenefitModel.calculate(
                            analysis.withItemScaled(item.item().id(), breakEven.factor()))
                    .total()
                    .netPresentValue();
            assertThat(atBreakEven.abs()).isLessThan(new BigDecimal("1E-9"));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_tornado_is_symmetric_around_the_net_present_value(int seed) {
        Analysis analysis = randomAnalysis(new Random(seed));
        BigDecimal npv = CostBenefitModel.calculate(analysis).total().netPresentValue();

        Sensitivity sensitivity = CostBenefitModel.sensitivity(analysis, List.of(), new BigDecimal("30"));

        assertThat(sensitivity.tornado()).hasSize(analysis.items().size());
        for (Sensitivity.TornadoBar bar : sensitivity.tornado()) {
            assertClose(npv.subtract(bar.lowered()), bar.raised().subtract(npv));
        }
        for (int i = 1; i < sensitivity.tornado().size(); i++) {
            assertThat(sensitivity.tornado().get(i).swing())
                    .isLessThanOrEqualTo(sensitivity.tornado().get(i - 1).swing());
        }
    }

    private static void assertClose(BigDecimal actual, BigDecimal expected) {
        assertThat(actual.subtract(expected).abs())
                .as("%s ≈ %s", actual, expected)
                .isLessThan(TOLERANCE);
    }

    /** An analysis of 1–30 years with up to 8 items of every shape, amounts in cents up to a million. */
    static Analysis randomAnalysis(Random random) {
        int baseYear = 2020 + random.nextInt(10);
        int horizon = 1 + random.nextInt(30);
        List<Stakeholder> stakeholders = List.of(
                new Stakeholder(1, "Ziekenhuis", FundingStream.HOSPITAL_BUDGET),
                new Stakeholder(2, "Gemeente", FundingStream.MUNICIPAL_BUDGET),
                new Stakeholder(3, "Wijkteam", FundingStream.MUNICIPAL_BUDGET),
                new Stakeholder(4, "Zorgverzekeraar", FundingStream.ZVW));
        List<LineItem> items = new ArrayList<>();
        int count = random.nextInt(9);
        for (int i = 0; i < count; i++) {
            int from = baseYear + random.nextInt(horizon);
            int to = from + random.nextInt(baseYear + horizon - from);
            Amounts amounts;
            if (random.nextBoolean()) {
                amounts = new Amounts.Constant(money(random), from, to, percent(random, -20, 20));
            } else {
                TreeMap<Integer, BigDecimal> values = new TreeMap<>();
                for (int year = from; year <= to; year++) {
                    if (random.nextInt(4) > 0) {
                        values.put(year, money(random));
                    }
                }
                amounts = new Amounts.PerYear(values);
            }
            Adjustments adjustments = new Adjustments(
                    percent(random, 0, 50), percent(random, 0, 50), percent(random, 0, 40), percent(random, 0, 30));
            items.add(new LineItem(
                    i + 1,
                    random.nextBoolean() ? FlowKind.COST : FlowKind.BENEFIT,
                    "item " + i,
                    1 + random.nextInt(stakeholders.size()),
                    ValueType.values()[random.nextInt(ValueType.values().length)],
                    amounts,
                    adjustments,
                    "",
                    Confidence.values()[random.nextInt(Confidence.values().length)]));
        }
        BigDecimal rate = percent(random, -5, 20);
        return new Analysis(baseYear, horizon, rate, stakeholders, items);
    }

    private static BigDecimal money(Random random) {
        return BigDecimal.valueOf(random.nextLong(-10_000_000L, 100_000_000L), 2);
    }

    private static BigDecimal percent(Random random, int min, int max) {
        return BigDecimal.valueOf(min * 100L + random.nextInt((max - min) * 100 + 1), 2)
                .setScale(2, RoundingMode.UNNECESSARY);
    }
}
