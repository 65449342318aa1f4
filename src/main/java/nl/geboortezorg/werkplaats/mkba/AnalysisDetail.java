package nl.geboortezorg.werkplaats.mkba;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.geboortezorg.werkplaats.mkba.model.Analysis;
import nl.geboortezorg.werkplaats.mkba.model.CostBenefitModel;
import nl.geboortezorg.werkplaats.mkba.model.Limits;
import nl.geboortezorg.werkplaats.mkba.model.Results;
import nl.geboortezorg.werkplaats.mkba.model.Sensitivity;
import nl.geboortezorg.werkplaats.mkba.model.Stakeholder;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.jspecify.annotations.Nullable;

/** An analysis with everything in it, as the signed-in user may see it. */
public record AnalysisDetail(
        long id,
        long regionId,
        String regionName,
        @Nullable Long scenarioOfId,
        @Nullable String scenarioOfTitle,
        AnalysisDraft heading,
        AnalysisState state,
        Instant savedAt,
        String savedBy,
        @Nullable Instant publishedAt,
        int version,
        List<StakeholderRow> stakeholders,
        List<LineItemRow> items,
        List<EffectRow> effects,
        List<ScenarioRef> scenarios,
        List<Blocker> blockers,
        boolean mayWrite) {

    public AnalysisDetail {
        stakeholders = List.copyOf(stakeholders);
        items = List.copyOf(items);
        effects = List.copyOf(effects);
        scenarios = List.copyOf(scenarios);
        blockers = List.copyOf(blockers);
    }

    public record StakeholderRow(long id, int version, StakeholderDraft draft) {

        public Stakeholder toModel() {
            return new Stakeholder(id, draft.name(), draft.fundingStream());
        }
    }

    public record LineItemRow(long id, int version, LineItemDraft draft) {}

    public record EffectRow(long id, int version, EffectDraft draft) {}

    /** Another analysis of the same family: the base analysis or one of its scenarios. */
    public record ScenarioRef(long id, String title, AnalysisState state) {}

    /** A bottleneck that blocks one of this analysis' benefits. */
    public record Blocker(long bottleneckId, String bottleneckTitle, long lineItemId) {}

    public String title() {
        return heading.title();
    }

    /** Whether it can be changed now: by a writer of the region, while it is a draft. */
    public boolean editable() {
        return mayWrite && state == AnalysisState.DRAFT;
    }

    public PublicationLevel level() {
        return heading.level();
    }

    public Analysis model() {
        return model(heading, stakeholders, items);
    }

    /** The calculation's input from an analysis' heading and parts as stored. */
    static Analysis model(AnalysisDraft heading, List<StakeholderRow> stakeholders, List<LineItemRow> items) {
        return new Analysis(
                heading.baseYear(),
                heading.horizonYears(),
                heading.discountRate(),
                stakeholders.stream().map(StakeholderRow::toModel).toList(),
                items.stream().map(row -> row.draft().toModel(row.id())).toList());
    }

    public Results results() {
        return CostBenefitModel.calculate(model());
    }

    /** At 0%, the standard 2.25%, 4%, the analysis' own rate and its custom rate, with its tornado variation. */
    public Sensitivity sensitivity() {
        List<BigDecimal> rates = new ArrayList<>(
                List.of(BigDecimal.ZERO, Limits.STANDARD_DISCOUNT_RATE, new BigDecimal("4"), heading.discountRate()));
        if (heading.customRate() != null) {
            rates.add(heading.customRate());
        }
        rates.sort(BigDecimal::compareTo);
        return CostBenefitModel.sensitivity(model(), rates, heading.variationPercent());
    }

    /** The stakeholder's name; empty for none or one not in the analysis. */
    public String stakeholderName(@Nullable Long stakeholderId) {
        if (stakeholderId == null) {
            return "";
        }
        return stakeholders.stream()
                .filter(s -> s.id() == stakeholderId)
                .map(s -> s.draft().name())
                .findFirst()
                .orElse("");
    }

    public List<Blocker> blockersOf(long lineItemId) {
        return blockers.stream().filter(b -> b.lineItemId() == lineItemId).toList();
    }
}
