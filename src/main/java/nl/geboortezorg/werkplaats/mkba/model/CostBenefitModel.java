package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The calculation. Each item's amount in a year is adjusted (× (1 − deadweight) × (1 − attribution)
 * × (1 − optimism bias), and for a benefit × (1 − drop-off)^(years since its first year)) and
 * discounted to the base year with 1 / (1 + r)^t, t = year − base year. Sums follow per group.
 */
public final class CostBenefitModel {

    private CostBenefitModel() {}

    public static Results calculate(Analysis analysis) {
        Set<Long> known = analysis.stakeholders().stream().map(Stakeholder::id).collect(Collectors.toSet());
        List<ItemResult> items = new ArrayList<>();
        for (LineItem item : analysis.items()) {
            if (!known.contains(item.stakeholderId())) {
                throw new IllegalArgumentException(
                        "Item " + item.id() + " has unknown stakeholder " + item.stakeholderId());
            }
            items.add(flows(analysis, item));
        }
        Totals total = totals(analysis, items, item -> true);
        List<Results.StakeholderResult> stakeholders = analysis.stakeholders().stream()
                .map(s -> new Results.StakeholderResult(s, totals(analysis, items, i -> i.stakeholderId() == s.id())))
                .toList();
        Map<FundingStream, List<Long>> streams = new EnumMap<>(FundingStream.class);
        analysis.stakeholders()
                .forEach(s -> streams.computeIfAbsent(s.fundingStream(), k -> new ArrayList<>())
                        .add(s.id()));
        List<Results.StreamResult> fundingStreams = streams.entrySet().stream()
                .map(e -> new Results.StreamResult(
                        e.getKey(), totals(analysis, items, i -> e.getValue().contains(i.stakeholderId()))))
                .toList();
        return new Results(analysis, items, total, stakeholders, fundingStreams);
    }

    private static ItemResult flows(Analysis analysis, LineItem item) {
        List<YearFlow> years = new ArrayList<>();
        BigDecimal present = BigDecimal.ZERO;
        for (int year : analysis.years()) {
            BigDecimal adjusted = item.adjusted(year);
            BigDecimal discounted = adjusted.signum() == 0
                    ? BigDecimal.ZERO
                    : adjusted.multiply(
                            Money.discountFactor(analysis.discountRatePercent(), year - analysis.baseYear()),
                            Money.CONTEXT);
            years.add(new YearFlow(year, item.amounts().in(year), adjusted, discounted));
            present = present.add(discounted, Money.CONTEXT);
        }
        return new ItemResult(item, years, present);
    }

    private static Totals totals(Analysis analysis, List<ItemResult> items, Predicate<LineItem> member) {
        List<ItemResult> group =
                items.stream().filter(i -> member.test(i.item())).toList();
        List<YearTotal> years = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal presentCosts = BigDecimal.ZERO;
        BigDecimal presentBenefits = BigDecimal.ZERO;
        List<Integer> horizon = analysis.years();
        for (int index = 0; index < horizon.size(); index++) {
            BigDecimal costs = BigDecimal.ZERO;
            BigDecimal benefits = BigDecimal.ZERO;
            BigDecimal discountedCosts = BigDecimal.ZERO;
            BigDecimal discountedBenefits = BigDecimal.ZERO;
            for (ItemResult result : group) {
                YearFlow flow = result.years().get(index);
                if (result.item().kind() == FlowKind.COST) {
                    costs = costs.add(flow.adjusted(), Money.CONTEXT);
                    discountedCosts = discountedCosts.add(flow.discounted(), Money.CONTEXT);
                } else {
                    benefits = benefits.add(flow.adjusted(), Money.CONTEXT);
                    discountedBenefits = discountedBenefits.add(flow.discounted(), Money.CONTEXT);
                }
            }
            BigDecimal net = discountedBenefits.subtract(discountedCosts, Money.CONTEXT);
            cumulative = cumulative.add(net, Money.CONTEXT);
            presentCosts = presentCosts.add(discountedCosts, Money.CONTEXT);
            presentBenefits = presentBenefits.add(discountedBenefits, Money.CONTEXT);
            int year = horizon.get(index);
            years.add(new YearTotal(year, costs, benefits, discountedCosts, discountedBenefits, net, cumulative));
        }
        Optional<BigDecimal> ratio = presentCosts.signum() == 0
                ? Optional.empty()
                : Optional.of(presentBenefits.divide(presentCosts, Money.CONTEXT));
        return new Totals(
                presentCosts,
                presentBenefits,
                presentBenefits.subtract(presentCosts, Money.CONTEXT),
                ratio,
                Payback.of(
                        horizon,
                        years.stream().map(YearTotal::cumulativeDiscountedNet).toList()),
                years);
    }

    /**
     * The results at each of the given rates, the tornado for a variation of {@code variationPercent}
     * up and down, and the break-even of the most uncertain item (lowest confidence; of those the
     * one that moves the net present value most).
     */
    public static Sensitivity sensitivity(
            Analysis analysis, List<BigDecimal> ratesPercent, BigDecimal variationPercent) {
        Map<BigDecimal, Totals> byRate = new LinkedHashMap<>();
        for (BigDecimal rate : ratesPercent) {
            byRate.computeIfAbsent(
                    rate.stripTrailingZeros(),
                    r -> calculate(analysis.withDiscountRate(rate)).total());
        }
        List<Sensitivity.RateResult> rates = byRate.entrySet().stream()
                .map(e -> new Sensitivity.RateResult(e.getKey(), e.getValue()))
                .toList();

        BigDecimal variation = Money.fraction(variationPercent);
        BigDecimal lower = BigDecimal.ONE.subtract(variation);
        BigDecimal upper = BigDecimal.ONE.add(variation);
        List<Sensitivity.TornadoBar> tornado = analysis.items().stream()
                .map(item -> new Sensitivity.TornadoBar(
                        item,
                        calculate(analysis.withItemScaled(item.id(), lower))
                                .total()
                                .netPresentValue(),
                        calculate(analysis.withItemScaled(item.id(), upper))
                                .total()
                                .netPresentValue()))
                .sorted(Comparator.comparing(Sensitivity.TornadoBar::swing).reversed())
                .toList();
        return new Sensitivity(rates, variationPercent, tornado, breakEven(calculate(analysis)));
    }

    /** The break-even of the most uncertain item that moves the net present value at all. */
    static Optional<Sensitivity.BreakEven> breakEven(Results results) {
        return results.items().stream()
                .filter(i -> i.netContribution().signum() != 0)
                .max(Comparator.comparing(
                                (ItemResult i) -> i.item().confidence().ordinal())
                        .thenComparing(i -> i.netContribution().abs()))
                .map(i -> breakEven(results, i));
    }

    /**
     * The net present value is linear in an item's amounts: NPV(f) = NPV − c + f × c, with c the
     * item's contribution, so it is zero at f = 1 − NPV / c.
     */
    public static Sensitivity.BreakEven breakEven(Results results, ItemResult item) {
        BigDecimal contribution = item.netContribution();
        if (contribution.signum() == 0) {
            throw new IllegalArgumentException("Item " + item.item().id() + " does not move the net present value");
        }
        BigDecimal factor = BigDecimal.ONE.subtract(
                results.total().netPresentValue().divide(contribution, Money.CONTEXT), Money.CONTEXT);
        Amounts amounts = item.item().amounts();
        boolean yearly = amounts instanceof Amounts.Constant;
        BigDecimal estimate = switch (amounts) {
            case Amounts.Constant constant -> constant.amount();
            case Amounts.PerYear perYear ->
                results.analysis().years().stream().map(perYear::in).reduce(BigDecimal.ZERO, BigDecimal::add);
        };
        return new Sensitivity.BreakEven(
                item.item(), factor, estimate, estimate.multiply(factor, Money.CONTEXT), yearly);
    }
}
