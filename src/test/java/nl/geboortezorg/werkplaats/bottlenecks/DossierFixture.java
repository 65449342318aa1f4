package nl.geboortezorg.werkplaats.bottlenecks;

import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static nl.geboortezorg.werkplaats.documents.TestFiles.stream;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.documents.TestFiles;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefitService;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture.Made;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A bottleneck with everything an evidence dossier can hold, for the dossier's tests. */
public final class DossierFixture {

    private final ApplicationContext context;
    private final BottleneckFixture fixture;
    private final UserDetailsService users;

    public DossierFixture(ApplicationContext context) {
        this.context = context;
        this.users = context.getBean(UserDetailsService.class);
        this.fixture = new BottleneckFixture(
                context.getBean(BottleneckService.class),
                context.getBean(NationalAgendaService.class),
                context.getBean(RegionService.class),
                users);
    }

    /**
     * A bottleneck of Den Haag, recognised by Utrecht with a quote and promoted to the national
     * agenda; it blocks a benefit of a draft regional analysis and of a published national one, has
     * a regional and a national document linked, and was discussed at a closed national session
     * with notes and a decision. The facilitator is signed in after.
     */
    public record Case(
            Bottleneck bottleneck,
            WorkSession session,
            Made draftAnalysis,
            Made nationalAnalysis,
            Document regional,
            Document national) {}

    public Case aCase() {
        BlockedBenefitService blockedBenefits = context.getBean(BlockedBenefitService.class);
        DocumentService documents = context.getBean(DocumentService.class);
        WorkSessionService sessions = context.getBean(WorkSessionService.class);
        CostBenefitFixture analyses = new CostBenefitFixture(context);
        Made draftAnalysis = analyses.analysis(unique("Concept-MKBA"), PublicationLevel.REGION);
        Made nationalAnalysis = analyses.published(unique("Landelijke MKBA"), PublicationLevel.NATIONAL);
        Bottleneck raised = fixture.raisedInDenHaag(unique("Dossierknelpunt"));
        blockedBenefits.block(raised.id(), draftAnalysis.benefit());
        blockedBenefits.block(raised.id(), nationalAnalysis.benefit());
        Document regional = documents.add(
                fixture.denHaag,
                new DocumentDraft("Regionaal verslag", null, PublicationLevel.REGION),
                documents.receive("regionaal.pdf", stream(TestFiles.pdf())));
        Document national = documents.add(
                fixture.denHaag,
                new DocumentDraft("Landelijk rapport", null, PublicationLevel.NATIONAL),
                documents.receive("landelijk.pdf", stream(TestFiles.pdf())));
        documents.link(regional.id(), LinkTarget.bottleneck(raised.id()));
        documents.link(national.id(), LinkTarget.bottleneck(raised.id()));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), "Bij ons wachten gezinnen weken.");
        Bottleneck promoted = fixture.promoted(raised);

        SignIn.as(users, DemoUsers.FACILITATOR);
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        WorkSession planned = sessions.create(new WorkSessionDraft(
                null,
                unique("Landelijke werksessie"),
                start,
                start.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(
                        new AgendaItemDraft("Opening", 10, null),
                        new AgendaItemDraft(raised.title(), 30, null, raised.id())),
                Set.of()));
        WorkSession running = sessions.start(planned.id(), planned.version());
        long item = running.agenda().get(1).id();
        sessions.saveNotes(item, 0, "Zorgverzekeraars willen een pilot bekostigen.");
        context.getBean(SessionOutcomeService.class).recordDecision(item, "We vragen ZN om een gesprek.");
        running = sessions.get(running.id()).orElseThrow();
        WorkSession closed = sessions.close(running.id(), running.version(), Set.of(fixture.facilitatorId));
        return new Case(promoted, closed, draftAnalysis, nationalAnalysis, regional, national);
    }
}
