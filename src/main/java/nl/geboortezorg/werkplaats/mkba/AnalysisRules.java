package nl.geboortezorg.werkplaats.mkba;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.Limits;
import org.jspecify.annotations.Nullable;

/**
 * What makes an analysis and its parts valid, apart from who may change them: each rule takes
 * the input as typed and returns it cleaned, or throws a {@link ValidationException} naming the
 * fields the dialogs and the import show the problems at.
 */
final class AnalysisRules {

    private AnalysisRules() {}

    /** The years an analysis covers: from its base year, for its horizon. */
    record Horizon(int baseYear, int years) {

        int lastYear() {
            return baseYear + years - 1;
        }

        boolean contains(int year) {
            return year >= baseYear && year <= lastYear();
        }
    }

    // ---- the analysis itself

    static AnalysisDraft heading(AnalysisDraft draft) {
        FieldChecks checks = new FieldChecks()
                .text("title", draft.title(), AnalysisDraft.TITLE_MAX)
                .maxLength("description", draft.description(), AnalysisDraft.DESCRIPTION_MAX)
                .required("level", draft.level());
        year(checks, "baseYear", draft.baseYear());
        year(checks, "priceLevelYear", draft.priceLevelYear());
        checks.required("horizonYears", draft.horizonYears());
        if (draft.horizonYears() != null && !Limits.horizonAllowed(draft.horizonYears())) {
            checks.add(FieldProblem.of("horizonYears", "mkba.horizon-range", Limits.MIN_HORIZON, Limits.MAX_HORIZON));
        }
        checks.required("discountRate", draft.discountRate());
        rate(checks, "discountRate", draft.discountRate());
        rate(checks, "customRate", draft.customRate());
        checks.required("variationPercent", draft.variationPercent());
        if (draft.variationPercent() != null
                && (!Limits.percentAllowed(draft.variationPercent())
                        || draft.variationPercent().signum() == 0)) {
            checks.add(FieldProblem.of("variationPercent", "mkba.variation-range"));
        }
        checks.throwIfAny();
        return new AnalysisDraft(
                draft.title().strip(),
                draft.description() == null ? "" : draft.description().strip(),
                draft.baseYear(),
                draft.horizonYears(),
                draft.priceLevelYear(),
                draft.discountRate(),
                draft.customRate(),
                draft.variationPercent(),
                draft.level());
    }

    /** A changed heading may not leave any of the analysis' items with years outside its horizon. */
    static void horizonHoldsItems(AnalysisDraft heading, List<LineItemDraft> items) {
        Horizon horizon = new Horizon(heading.baseYear(), heading.horizonYears());
        IntPredicate outside = year -> !horizon.contains(year);
        long count = items.stream()
                .filter(item -> item.mode() == AmountMode.CONSTANT
                        ? outside.test(Objects.requireNonNull(item.fromYear(), "stored, so set"))
                                || outside.test(Objects.requireNonNull(item.toYear(), "stored, so set"))
                        : item.perYear().keySet().stream().anyMatch(outside::test))
                .count();
        if (count > 0) {
            throw new ValidationException(FieldProblem.of("horizonYears", "mkba.items-outside-horizon", (int) count));
        }
    }

    /** The title of a scenario, which copies everything else from its analysis. */
    static String scenarioTitle(String title) {
        new FieldChecks().text("title", title, AnalysisDraft.TITLE_MAX).throwIfAny();
        return title.strip();
    }

    /** Publishing a published analysis, or withdrawing a draft, is refused with the reason. */
    static void transition(AnalysisState from, AnalysisState to) {
        if (from == to) {
            String key = to == AnalysisState.PUBLISHED ? "mkba.already-published" : "mkba.already-draft";
            throw new ValidationException(FieldProblem.of("state", key));
        }
    }

    /** Only a draft is changed; a published analysis is withdrawn first. */
    static void editable(AnalysisState state) {
        if (state != AnalysisState.DRAFT) {
            throw new ValidationException(FieldProblem.of("state", "mkba.published-read-only"));
        }
    }

    // ---- stakeholders and unpriced effects

    static StakeholderDraft stakeholder(StakeholderDraft draft) {
        new FieldChecks()
                .text("name", draft.name(), StakeholderDraft.NAME_MAX)
                .required("fundingStream", draft.fundingStream())
                .throwIfAny();
        return new StakeholderDraft(draft.name().strip(), draft.fundingStream());
    }

    /** A stakeholder that items or effects still name stays; the problem says how many do. */
    static void removable(int usesOfStakeholder) {
        if (usesOfStakeholder > 0) {
            throw new ValidationException(FieldProblem.of("stakeholder", "mkba.stakeholder-in-use", usesOfStakeholder));
        }
    }

    static EffectDraft effect(EffectDraft draft, Set<Long> stakeholders) {
        FieldChecks checks = new FieldChecks()
                .text("description", draft.description(), EffectDraft.DESCRIPTION_MAX)
                .required("stakeholder", draft.stakeholderId())
                .required("direction", draft.direction());
        if (draft.stakeholderId() != null && !stakeholders.contains(draft.stakeholderId())) {
            checks.add(FieldProblem.of("stakeholder", "mkba.unknown-stakeholder"));
        }
        checks.throwIfAny();
        return new EffectDraft(draft.description().strip(), draft.stakeholderId(), draft.direction());
    }

    // ---- line items

    /**
     * Several items at once, all valid or none: a problem names the item's place in the list
     * ({@code items.3.amount} for the amount of the fourth); a single item's problems name its fields.
     */
    static List<LineItemDraft> items(List<LineItemDraft> drafts, Horizon horizon, Set<Long> stakeholders) {
        List<FieldProblem> problems = new ArrayList<>();
        List<LineItemDraft> clean = new ArrayList<>();
        for (int index = 0; index < drafts.size(); index++) {
            try {
                clean.add(item(drafts.get(index), horizon, stakeholders));
            } catch (ValidationException e) {
                String prefix = drafts.size() == 1 ? "" : "items." + index + ".";
                e.problems()
                        .forEach(
                                p -> problems.add(new FieldProblem(prefix + p.field(), p.messageKey(), p.arguments())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return clean;
    }

    /** Every rule of a line item; the problems name the fields the item dialog and the import use. */
    static LineItemDraft item(LineItemDraft d, Horizon horizon, Set<Long> stakeholders) {
        FieldChecks checks = new FieldChecks()
                .required("kind", d.kind())
                .text("description", d.description(), LineItemDraft.DESCRIPTION_MAX)
                .required("stakeholder", d.stakeholderId())
                .required("valueType", d.valueType())
                .required("mode", d.mode())
                .required("confidence", d.confidence())
                .maxLength("source", d.source(), LineItemDraft.SOURCE_MAX);
        if (d.stakeholderId() != null && !stakeholders.contains(d.stakeholderId())) {
            checks.add(FieldProblem.of("stakeholder", "mkba.unknown-stakeholder"));
        }
        if (d.mode() == AmountMode.CONSTANT) {
            checks.required("amount", d.amount());
            amount(checks, "amount", d.amount());
            inHorizon(checks, "fromYear", d.fromYear(), horizon);
            inHorizon(checks, "toYear", d.toYear(), horizon);
            if (d.fromYear() != null && d.toYear() != null && d.toYear() < d.fromYear()) {
                checks.add(FieldProblem.of("toYear", "mkba.to-before-from"));
            }
            checks.required("growth", d.growthPercent());
            if (d.growthPercent() != null && !Limits.growthAllowed(d.growthPercent())) {
                checks.add(FieldProblem.of("growth", "mkba.growth-range", Limits.MIN_GROWTH, Limits.MAX_GROWTH));
            } else if (d.growthPercent() != null
                    && d.amount() != null
                    && d.fromYear() != null
                    && d.toYear() != null
                    && d.toYear() >= d.fromYear()
                    && Limits.amountAllowed(d.amount())) {
                // Growth is monotone: the last year holds the largest (or, shrinking, the smallest) amount.
                BigDecimal last = d.toModel(0).amounts().in(d.toYear());
                if (last.abs().compareTo(Limits.MAX_AMOUNT) > 0) {
                    checks.add(FieldProblem.of("growth", "mkba.grown-too-large", d.toYear(), Limits.MAX_AMOUNT));
                }
            }
        } else if (d.mode() == AmountMode.PER_YEAR) {
            if (d.perYear().isEmpty()) {
                checks.add(FieldProblem.of("perYear", "mkba.per-year-empty"));
            }
            d.perYear().forEach((year, value) -> {
                if (!horizon.contains(year)) {
                    checks.add(FieldProblem.of(
                            "perYear", "mkba.year-outside-horizon", year, horizon.baseYear(), horizon.lastYear()));
                }
                if (value == null) {
                    checks.add(FieldProblem.of("perYear", "mkba.per-year-missing", year));
                } else if (!Limits.amountAllowed(value)) {
                    checks.add(FieldProblem.of("perYear", "mkba.per-year-amount", year));
                }
            });
        }
        percent(checks, "deadweight", d.deadweight());
        percent(checks, "attribution", d.attribution());
        percent(checks, "optimismBias", d.optimismBias());
        percent(checks, "dropOff", d.dropOff());
        checks.throwIfAny();
        boolean constant = d.mode() == AmountMode.CONSTANT;
        return new LineItemDraft(
                d.kind(),
                d.description().strip(),
                d.stakeholderId(),
                d.valueType(),
                d.mode(),
                constant ? d.amount() : null,
                constant ? d.fromYear() : null,
                constant ? d.toYear() : null,
                constant ? d.growthPercent() : BigDecimal.ZERO,
                constant ? new TreeMap<>() : d.perYear(),
                d.deadweight(),
                d.attribution(),
                d.optimismBias(),
                d.dropOff(),
                d.source() == null ? "" : d.source().strip(),
                d.confidence());
    }

    /** A bottleneck blocks benefits only; a cost is not held up. */
    static void blockable(FlowKind kind) {
        if (kind != FlowKind.BENEFIT) {
            throw new ValidationException(FieldProblem.of("item", "mkba.block-only-benefits"));
        }
    }

    // ---- the checks the rules share

    private static void year(FieldChecks checks, String field, @Nullable Integer year) {
        checks.required(field, year);
        if (year != null && (year < AnalysisDraft.MIN_YEAR || year > AnalysisDraft.MAX_YEAR)) {
            checks.add(FieldProblem.of(field, "mkba.year-range", AnalysisDraft.MIN_YEAR, AnalysisDraft.MAX_YEAR));
        }
    }

    private static void rate(FieldChecks checks, String field, @Nullable BigDecimal rate) {
        if (rate != null && !Limits.discountRateAllowed(rate)) {
            checks.add(FieldProblem.of(field, "mkba.rate-range", Limits.MIN_DISCOUNT_RATE, Limits.MAX_DISCOUNT_RATE));
        }
    }

    private static void amount(FieldChecks checks, String field, @Nullable BigDecimal amount) {
        if (amount != null && !Limits.amountAllowed(amount)) {
            checks.add(FieldProblem.of(field, "mkba.amount-range", Limits.MAX_AMOUNT, Limits.AMOUNT_DECIMALS));
        }
    }

    private static void inHorizon(FieldChecks checks, String field, @Nullable Integer year, Horizon horizon) {
        checks.required(field, year);
        if (year != null && !horizon.contains(year)) {
            checks.add(
                    FieldProblem.of(field, "mkba.year-outside-horizon", year, horizon.baseYear(), horizon.lastYear()));
        }
    }

    private static void percent(FieldChecks checks, String field, @Nullable BigDecimal value) {
        checks.required(field, value);
        if (value != null && !Limits.percentAllowed(value)) {
            checks.add(FieldProblem.of(field, "mkba.percent-range"));
        }
    }
}
