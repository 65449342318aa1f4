package nl.geboortezorg.werkplaats.mkba;

import java.math.BigDecimal;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.FundingStream;
import nl.geboortezorg.werkplaats.mkba.model.ValueType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small Den Haag analysis made through the services by the region's professional: 2025–2029 at
 * 0%, the hospital pays 1000 in 2025, the municipality gains 400 a year: NPV 1000, payback 2027.
 */
public final class CostBenefitFixture {

    private final CostBenefitService analyses;
    private final AnalysisLifecycleService lifecycle;
    private final AnalysisPartsService parts;
    private final UserDetailsService users;
    public final long denHaag;
    public final long utrecht;

    public CostBenefitFixture(ApplicationContext context) {
        this.analyses = context.getBean(CostBenefitService.class);
        this.lifecycle = context.getBean(AnalysisLifecycleService.class);
        this.parts = context.getBean(AnalysisPartsService.class);
        this.users = context.getBean(UserDetailsService.class);
        RegionService regions = context.getBean(RegionService.class);
        SignIn.as(users, DemoUsers.ADMIN);
        this.denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        this.utrecht = regions.workspace("utrecht").orElseThrow().region().id();
    }

    public static AnalysisDraft heading(String title, PublicationLevel level) {
        return new AnalysisDraft(
                title,
                "Integrale zorg rond de zwangerschap",
                2025,
                5,
                2025,
                BigDecimal.ZERO,
                null,
                new BigDecimal("25"),
                level);
    }

    public record Made(long id, long hospital, long municipality, long cost, long benefit) {}

    /** Signed in as the Den Haag professional after. */
    public Made analysis(String title, PublicationLevel level) {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long id = lifecycle.create(denHaag, heading(title, level));
        long hospital = parts.addStakeholder(id, new StakeholderDraft("Ziekenhuis", FundingStream.HOSPITAL_BUDGET));
        long municipality = parts.addStakeholder(id, new StakeholderDraft("Gemeente", FundingStream.MUNICIPAL_BUDGET));
        long cost = parts.addItem(
                id,
                LineItemDraft.constant(
                        FlowKind.COST,
                        "Sociaal verpleegkundige",
                        hospital,
                        ValueType.FISCAL_CASHABLE,
                        new BigDecimal("1000"),
                        2025,
                        2025));
        long benefit = parts.addItem(
                id,
                LineItemDraft.constant(
                        FlowKind.BENEFIT,
                        "Minder jeugdhulp",
                        municipality,
                        ValueType.FISCAL_CASHABLE,
                        new BigDecimal("400"),
                        2025,
                        2029));
        return new Made(id, hospital, municipality, cost, benefit);
    }

    /** Published by the Den Haag professional; signed in as them after. */
    public Made published(String title, PublicationLevel level) {
        Made made = analysis(title, level);
        lifecycle.publish(made.id(), analyses.detail(made.id()).orElseThrow().version());
        return made;
    }

    public static String unique(String text) {
        return text + " " + System.nanoTime();
    }
}
