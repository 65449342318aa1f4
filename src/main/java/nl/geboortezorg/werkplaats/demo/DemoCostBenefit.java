package nl.geboortezorg.werkplaats.demo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSort;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSummary;
import nl.geboortezorg.werkplaats.mkba.AnalysisDraft;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefitService;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.EffectDraft;
import nl.geboortezorg.werkplaats.mkba.LineItemDraft;
import nl.geboortezorg.werkplaats.mkba.StakeholderDraft;
import nl.geboortezorg.werkplaats.mkba.model.Confidence;
import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.FundingStream;
import nl.geboortezorg.werkplaats.mkba.model.ValueType;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A demo cost-benefit analysis of Den Haag's integrated clinic, published for the public, with a
 * cautious scenario as a draft and the region's financing bottleneck blocking one of its benefits.
 * The figures are illustrative, not Den Haag's.
 */
@Component
class DemoCostBenefit {

    private static final String DEN_HAAG = "denhaag@werkplaats.demo";

    private final CostBenefitService analyses;
    private final AnalysisLifecycleService lifecycle;
    private final AnalysisPartsService parts;
    private final BlockedBenefitService blockedBenefits;
    private final BottleneckService bottlenecks;
    private final UserDetailsService users;

    DemoCostBenefit(
            CostBenefitService analyses,
            AnalysisLifecycleService lifecycle,
            AnalysisPartsService parts,
            BlockedBenefitService blockedBenefits,
            BottleneckService bottlenecks,
            UserDetailsService users) {
        this.analyses = analyses;
        this.lifecycle = lifecycle;
        this.parts = parts;
        this.blockedBenefits = blockedBenefits;
        this.bottlenecks = bottlenecks;
        this.users = users;
    }

    /** Runs inside the demo loader's transaction, after the bottlenecks exist. */
    void load(DemoRegionIds regionIds) {
        DemoActor.restoringSignIn(() -> DemoActor.as(users, DEN_HAAG, () -> {
            loadAll(regionIds.get("den-haag"));
            return null;
        }));
    }

    private void loadAll(long denHaag) {
        long id = lifecycle.create(
                denHaag,
                new AnalysisDraft(
                        "MKBA integrale polikliniek sociale verloskunde",
                        "Wat kost de integrale polikliniek, wie betaalt het en wie heeft er baat bij? Illustratieve bedragen "
                                + "op basis van het eerste jaar, prijspeil 2025.",
                        2025,
                        10,
                        2025,
                        new BigDecimal("2.25"),
                        new BigDecimal("4.5"),
                        new BigDecimal("25"),
                        PublicationLevel.PUBLIC));
        long hospital = parts.addStakeholder(id, new StakeholderDraft("Ziekenhuis", FundingStream.HOSPITAL_BUDGET));
        long insurer = parts.addStakeholder(id, new StakeholderDraft("Zorgverzekeraar", FundingStream.ZVW));
        long youth = parts.addStakeholder(id, new StakeholderDraft("Gemeente – jeugdhulp", FundingStream.YOUTH_ACT));
        long social = parts.addStakeholder(id, new StakeholderDraft("Gemeente – wijkteams", FundingStream.WMO));
        long families = parts.addStakeholder(id, new StakeholderDraft("Gezinnen", FundingStream.PRIVATE));

        parts.addItem(
                id,
                item(
                                FlowKind.COST,
                                "Sociaal verpleegkundige en gezamenlijk spreekuur",
                                hospital,
                                ValueType.FISCAL_CASHABLE,
                                "150000",
                                2025,
                                2034)
                        .withGrowth(new BigDecimal("2"))
                        .withSource("Begroting polikliniek 2025", Confidence.HIGH));
        parts.addItem(
                id,
                LineItemDraft.perYear(
                                FlowKind.COST,
                                "Opstart en scholing",
                                hospital,
                                ValueType.FISCAL_CASHABLE,
                                Map.of(2025, new BigDecimal("45000"), 2026, new BigDecimal("15000")))
                        .withSource("Projectplan", Confidence.HIGH));
        parts.addItem(
                id,
                item(
                                FlowKind.COST,
                                "Inzet wijkteam op het spreekuur",
                                social,
                                ValueType.FISCAL_CASHABLE,
                                "60000",
                                2025,
                                2034)
                        .withSource("Afspraak met de gemeente", Confidence.MEDIUM));
        parts.addItem(
                id,
                item(
                                FlowKind.BENEFIT,
                                "Minder ligdagen neonatologie",
                                hospital,
                                ValueType.FISCAL_NON_CASHABLE,
                                "230000",
                                2026,
                                2034)
                        .withAdjustments(
                                new BigDecimal("15"), new BigDecimal("10"), new BigDecimal("10"), BigDecimal.ZERO)
                        .withSource("Eigen registratie 2024–2025, vergeleken met 2022–2023", Confidence.MEDIUM));
        parts.addItem(
                id,
                item(
                                FlowKind.BENEFIT,
                                "Minder zorgkosten moeder en kind in het eerste levensjaar",
                                insurer,
                                ValueType.FISCAL_NON_CASHABLE,
                                "90000",
                                2026,
                                2034)
                        .withAdjustments(
                                new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("10"), BigDecimal.ZERO)
                        .withSource("Literatuur; nog niet lokaal gemeten", Confidence.LOW));
        long placements = parts.addItem(
                id,
                item(
                                FlowKind.BENEFIT,
                                "Minder uithuisplaatsingen",
                                youth,
                                ValueType.FISCAL_CASHABLE,
                                "250000",
                                2026,
                                2034)
                        .withAdjustments(
                                new BigDecimal("25"), new BigDecimal("20"), new BigDecimal("15"), new BigDecimal("5"))
                        .withSource("Jeugdhulpcijfers gemeente; drie gezinnen per jaar minder", Confidence.LOW));
        parts.addItem(
                id,
                item(FlowKind.BENEFIT, "Schulden eerder geregeld", families, ValueType.SOCIAL, "40000", 2026, 2034)
                        .withAdjustments(new BigDecimal("30"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("10"))
                        .withSource("Schuldhulpverlening, gemiddelde per gezin", Confidence.LOW));
        parts.addEffect(
                id,
                new EffectDraft(
                        "Meer vertrouwen van gezinnen in de hulpverlening", families, EffectDirection.VERY_POSITIVE));
        parts.addEffect(
                id, new EffectDraft("Extra afstemming voor verloskundigen", hospital, EffectDirection.NEGATIVE));

        long cautious = lifecycle.copyAsScenario(id, "Voorzichtig: helft van de jeugdhulpbaten");
        analyses.detail(cautious).orElseThrow().items().stream()
                .filter(row -> row.draft().description().equals("Minder uithuisplaatsingen"))
                .findFirst()
                .ifPresent(row -> parts.updateItem(
                        cautious,
                        row.id(),
                        row.version(),
                        item(
                                        FlowKind.BENEFIT,
                                        "Minder uithuisplaatsingen",
                                        Objects.requireNonNull(row.draft().stakeholderId(), "a stored item has one"),
                                        ValueType.FISCAL_CASHABLE,
                                        "125000",
                                        2026,
                                        2034)
                                .withAdjustments(
                                        new BigDecimal("25"),
                                        new BigDecimal("20"),
                                        new BigDecimal("15"),
                                        new BigDecimal("5"))
                                .withSource(row.draft().source(), Confidence.LOW)));

        lifecycle.publish(id, analyses.detail(id).orElseThrow().version());
        bottlenecks
                .find(
                        new BottleneckFilter(
                                denHaag, null, null, null, "structurele bekostiging", BottleneckSort.RAISED_AT, false),
                        0,
                        1)
                .stream()
                .map(BottleneckSummary::id)
                .findFirst()
                .ifPresent(bottleneck -> blockedBenefits.block(bottleneck, placements));
    }

    private static LineItemDraft item(
            FlowKind kind, String description, long stakeholder, ValueType type, String amount, int from, int to) {
        return LineItemDraft.constant(kind, description, stakeholder, type, new BigDecimal(amount), from, to);
    }
}
