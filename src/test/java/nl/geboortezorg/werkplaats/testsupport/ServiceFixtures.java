package nl.geboortezorg.werkplaats.testsupport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaDraft;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.Comment;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.bottlenecks.Recognition;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.StagedUpload;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDraft;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.mkba.AnalysisDraft;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.EffectDraft;
import nl.geboortezorg.werkplaats.mkba.LineItemDraft;
import nl.geboortezorg.werkplaats.mkba.StakeholderDraft;
import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.FundingStream;
import nl.geboortezorg.werkplaats.mkba.model.ValueType;
import nl.geboortezorg.werkplaats.regions.Organisation;
import nl.geboortezorg.werkplaats.regions.OrganisationDraft;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.Decision;
import nl.geboortezorg.werkplaats.sessions.MinutesCorrection;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.users.UserAccount;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserFilter;
import nl.geboortezorg.werkplaats.users.UserService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * What the service tests call on: a fresh set of items in Den Haag (an organisation, users,
 * sessions in every state, bottlenecks, comments, factsheets, documents and analyses), made as
 * admin inside the caller's transaction, and the valid drafts the calls start from.
 */
public final class ServiceFixtures {

    private final RegionService regions;
    private final UserService users;
    private final WorkSessionService sessions;
    private final SessionOutcomeService outcomes;
    private final MinutesService minutes;
    private final BottleneckService bottlenecks;
    private final NationalAgendaService agenda;
    private final FactsheetService factsheets;
    private final DocumentService documents;
    private final AnalysisLifecycleService lifecycle;
    private final AnalysisPartsService parts;
    private final CostBenefitService costBenefit;
    private final UserDetailsService userDetails;

    public ServiceFixtures(ApplicationContext context) {
        regions = context.getBean(RegionService.class);
        users = context.getBean(UserService.class);
        sessions = context.getBean(WorkSessionService.class);
        outcomes = context.getBean(SessionOutcomeService.class);
        minutes = context.getBean(MinutesService.class);
        bottlenecks = context.getBean(BottleneckService.class);
        agenda = context.getBean(NationalAgendaService.class);
        factsheets = context.getBean(FactsheetService.class);
        documents = context.getBean(DocumentService.class);
        lifecycle = context.getBean(AnalysisLifecycleService.class);
        parts = context.getBean(AnalysisPartsService.class);
        costBenefit = context.getBean(CostBenefitService.class);
        userDetails = context.getBean(UserDetailsService.class);
    }

    /** What a call works on; made fresh (as admin) before every call and rolled back after it. */
    public record Fixture(
            Region denHaag,
            Organisation organisation,
            UserAccount target,
            UserAccount inactive,
            WorkSession planned,
            WorkSession running,
            long member,
            ActionItem action,
            Decision decision,
            WorkSession closed,
            MinutesCorrection correction,
            Bottleneck bottleneck,
            Bottleneck promoted,
            Recognition recognition,
            Comment comment,
            Comment hiddenComment,
            long utrecht,
            long facilitator,
            Supplier<Extras> extras) {

        public FactsheetVersion draft() {
            return extras.get().draft();
        }

        public FactsheetVersion submitted() {
            return extras.get().submitted();
        }

        public FactsheetVersion published() {
            return extras.get().published();
        }

        public Document document() {
            return extras.get().document();
        }

        public StagedUpload staged() {
            return extras.get().staged();
        }

        public Analyses mkba() {
            return extras.get().mkba();
        }

        /** A bottleneck of Den Haag that a facilitator closed, to reopen. */
        public Bottleneck closedBottleneck() {
            return extras.get().closedBottleneck();
        }

        /** The same items, with these factsheets and documents. */
        public Fixture withExtras(Supplier<Extras> other) {
            return new Fixture(
                    denHaag,
                    organisation,
                    target,
                    inactive,
                    planned,
                    running,
                    member,
                    action,
                    decision,
                    closed,
                    correction,
                    bottleneck,
                    promoted,
                    recognition,
                    comment,
                    hiddenComment,
                    utrecht,
                    facilitator,
                    other);
        }
    }

    /**
     * A draft analysis at the version its parts raised it to, with its parts (all at version 0),
     * and a published national one.
     */
    public record Analyses(
            long draft,
            int draftVersion,
            long stakeholder,
            long freeStakeholder,
            long item,
            long effect,
            long published,
            int publishedVersion) {}

    /** Factsheets and documents to call on; made (as admin) only for the calls that need them. */
    public record Extras(
            FactsheetVersion draft,
            FactsheetVersion submitted,
            FactsheetVersion published,
            Document document,
            StagedUpload staged,
            Analyses mkba,
            Bottleneck closedBottleneck) {}

    public static WorkSessionDraft sessionDraft(Region region) {
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS);
        return new WorkSessionDraft(
                region.id(),
                "Werksessie",
                start,
                start.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null)),
                Set.of());
    }

    public static BottleneckDraft bottleneckDraft(String title) {
        return new BottleneckDraft(title, "Omschrijving", BottleneckCategory.SCALE, Set.of(), Set.of(), null);
    }

    public static FactsheetDraft factsheetDraft(String title) {
        return factsheetDraft(title, List.of());
    }

    public static FactsheetDraft factsheetDraft(String title, List<Long> partners) {
        return new FactsheetDraft(
                title,
                PublicationLevel.NATIONAL,
                "Aanleiding",
                "Doelgroep",
                "Werkwijze",
                partners,
                "Resultaten",
                List.of(),
                "Lessen",
                null,
                "Contact");
    }

    public static AnalysisDraft analysisDraft(String title) {
        return new AnalysisDraft(
                title, "", 2025, 10, 2025, BigDecimal.ZERO, null, BigDecimal.TEN, PublicationLevel.NATIONAL);
    }

    public static LineItemDraft itemDraft(long stakeholder) {
        return LineItemDraft.constant(
                FlowKind.BENEFIT, "Baat", stakeholder, ValueType.SOCIAL, BigDecimal.TEN, 2025, 2030);
    }

    public static AgendaDraft agendaDraft(long owner) {
        return new AgendaDraft(
                Set.of(Addressee.MINISTRY_VWS),
                null,
                "Gesprek",
                owner,
                LocalDate.now().plusDays(14));
    }

    public Fixture make() {
        SignIn.as(userDetails, DemoUsers.ADMIN);
        Region denHaag = regions.workspace("den-haag").orElseThrow().region();
        Organisation organisation = regions.addOrganisation(
                denHaag.id(), new OrganisationDraft("Doel " + System.nanoTime(), OrganisationType.OTHER));
        UserAccount target = users.create(new UserDraft(
                        "doel-" + System.nanoTime() + "@example.nl",
                        "Doel",
                        Role.PROFESSIONAL,
                        Set.of(denHaag.id()),
                        Language.NL))
                .account();
        UserAccount inactive = users.create(new UserDraft(
                        "inactief-" + System.nanoTime() + "@example.nl",
                        "Inactief",
                        Role.OBSERVER,
                        Set.of(),
                        Language.NL))
                .account();
        inactive = users.deactivate(inactive.id(), inactive.version());
        WorkSession planned = sessions.create(sessionDraft(denHaag));
        WorkSession running = sessions.create(sessionDraft(denHaag));
        running = sessions.start(running.id(), running.version());
        long member = users.find(new UserFilter(DemoUsers.DEN_HAAG, null, false), 0, 1)
                .getFirst()
                .id();
        ActionItem action = outcomes.recordAction(
                running.agenda().getFirst().id(),
                new ActionDraft(
                        "Bestaande actie",
                        member,
                        regions.workspace("den-haag").orElseThrow().organisations().stream()
                                .filter(Organisation::lead)
                                .findFirst()
                                .orElseThrow()
                                .id(),
                        DutchTime.date(running.startsAt())));
        Decision decision = outcomes.recordDecision(running.agenda().getFirst().id(), "Bestaand besluit");
        WorkSession closed = sessions.create(sessionDraft(denHaag));
        closed = sessions.start(closed.id(), closed.version());
        closed = sessions.close(closed.id(), closed.version(), Set.of(member));
        MinutesCorrection correction =
                minutes.proposeCorrection(closed.agenda().getFirst().id(), "- Correctie", "Aanvulling");
        long utrecht = regions.workspace("utrecht").orElseThrow().region().id();
        long facilitator = DemoUsers.id(userDetails, DemoUsers.FACILITATOR);
        Bottleneck bottleneck = bottlenecks.raise(denHaag.id(), bottleneckDraft("Bestaand knelpunt"));
        Bottleneck promoted = bottlenecks.raise(denHaag.id(), bottleneckDraft("Knelpunt op de agenda"));
        promoted = agenda.promote(promoted.id(), promoted.version(), agendaDraft(facilitator));
        Recognition recognition = bottlenecks.recognise(bottleneck.id(), utrecht, "Ook in Utrecht");
        Comment comment = bottlenecks.comment(bottleneck.id(), "Een reactie");
        Comment hidden = bottlenecks.comment(bottleneck.id(), "Een verborgen reactie");
        hidden = bottlenecks.hideComment(hidden.id(), hidden.version(), "Bevat een naam");
        bottleneck = bottlenecks.detail(bottleneck.id()).orElseThrow().bottleneck();
        return new Fixture(
                denHaag,
                organisation,
                target,
                inactive,
                planned,
                running,
                member,
                action,
                decision,
                closed,
                correction,
                bottleneck,
                promoted,
                recognition,
                comment,
                hidden,
                utrecht,
                facilitator,
                memoised(() -> extras(denHaag, organisation)));
    }

    /**
     * A fixture for many calls that each roll back to a savepoint of one transaction (see
     * {@link Scenarios}): made once, with its factsheets and documents made at once too (made
     * lazily inside a call, the rollback would take them away from the next call).
     */
    public Fixture makeShared() {
        Fixture shared = make();
        shared.extras().get();
        return shared;
    }

    /**
     * The shared fixture for one call, with a file received for it alone: saving a received file
     * moves it into the store and discarding it removes it, which no rollback brings back.
     */
    public Fixture forOneCall(Fixture shared) {
        return shared.withExtras(memoised(() -> {
            Extras made = shared.extras().get();
            return new Extras(
                    made.draft(),
                    made.submitted(),
                    made.published(),
                    made.document(),
                    receiveAsAdmin(),
                    made.mkba(),
                    made.closedBottleneck());
        }));
    }

    private StagedUpload receiveAsAdmin() {
        SecurityContext caller = TestSecurityContextHolder.getContext();
        try {
            SignIn.as(userDetails, DemoUsers.ADMIN);
            return documents.receive("nieuw.pdf", new java.io.ByteArrayInputStream("%PDF-1.4 nieuw".getBytes()));
        } finally {
            TestSecurityContextHolder.setContext(caller);
        }
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T made = (T) value[0];
            return made;
        };
    }

    /** Made as admin, whoever the call is made as, who is signed in again afterwards. */
    private Extras extras(Region denHaag, Organisation organisation) {
        SecurityContext caller = TestSecurityContextHolder.getContext();
        try {
            SignIn.as(userDetails, DemoUsers.ADMIN);
            FactsheetVersion draft =
                    factsheets.create(denHaag.id(), factsheetDraft("Concept", List.of(organisation.id())));
            FactsheetVersion submitted =
                    factsheets.create(denHaag.id(), factsheetDraft("Ingediend", List.of(organisation.id())));
            submitted = factsheets.submit(submitted.id(), submitted.version());
            FactsheetVersion published =
                    factsheets.create(denHaag.id(), factsheetDraft("Gepubliceerd", List.of(organisation.id())));
            published = factsheets.submit(published.id(), published.version());
            published = factsheets.publish(published.id(), published.version());
            Document document = documents.add(
                    denHaag.id(),
                    new DocumentDraft("Bestaand verslag", null, PublicationLevel.NATIONAL),
                    documents.receive("verslag.pdf", new java.io.ByteArrayInputStream("%PDF-1.4 verslag".getBytes())));
            StagedUpload staged =
                    documents.receive("nieuw.pdf", new java.io.ByteArrayInputStream("%PDF-1.4 nieuw".getBytes()));
            long analysis = lifecycle.create(denHaag.id(), analysisDraft("Concept"));
            long stakeholder =
                    parts.addStakeholder(analysis, new StakeholderDraft("Gemeente", FundingStream.MUNICIPAL_BUDGET));
            long free = parts.addStakeholder(analysis, new StakeholderDraft("Vrij", FundingStream.OTHER));
            long item = parts.addItem(analysis, itemDraft(stakeholder));
            long effect = parts.addEffect(analysis, new EffectDraft("Rust", stakeholder, EffectDirection.POSITIVE));
            long publishedAnalysis = lifecycle.create(denHaag.id(), analysisDraft("Gepubliceerd"));
            lifecycle.publish(publishedAnalysis, 0);
            Bottleneck toClose = bottlenecks.raise(denHaag.id(), bottleneckDraft("Gesloten knelpunt"));
            Bottleneck closedBottleneck =
                    agenda.changeStatus(toClose.id(), toClose.version(), BottleneckStatus.CLOSED, "Buiten de opdracht");
            return new Extras(
                    draft,
                    submitted,
                    published,
                    document,
                    staged,
                    new Analyses(
                            analysis,
                            costBenefit.detail(analysis).orElseThrow().version(),
                            stakeholder,
                            free,
                            item,
                            effect,
                            publishedAnalysis,
                            1),
                    closedBottleneck);
        } finally {
            TestSecurityContextHolder.setContext(caller);
        }
    }
}
