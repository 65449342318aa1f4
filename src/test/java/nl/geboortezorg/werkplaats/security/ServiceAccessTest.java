package nl.geboortezorg.werkplaats.security;

import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.agendaDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.analysisDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.bottleneckDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.factsheetDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.itemDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.sessionDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.Score;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.audit.PersonalDataWarnings;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaEntry;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixFilter;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixSort;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.PersonalData;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentFilter;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.DraftService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFilter;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.mkba.AnalysisFilter;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefitService;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.EffectDraft;
import nl.geboortezorg.werkplaats.mkba.StakeholderDraft;
import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;
import nl.geboortezorg.werkplaats.mkba.model.FundingStream;
import nl.geboortezorg.werkplaats.notifications.ActivityService;
import nl.geboortezorg.werkplaats.notifications.CalendarFeedService;
import nl.geboortezorg.werkplaats.notifications.DigestFrequency;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.notifications.MailKind;
import nl.geboortezorg.werkplaats.notifications.MailPreferenceService;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.regions.OrganisationDraft;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionDraft;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.search.SearchService;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.SessionPeriod;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.Scenarios;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.Fixture;
import nl.geboortezorg.werkplaats.testsupport.SharedFixtureScenarios;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.users.AccountLinkService;
import nl.geboortezorg.werkplaats.users.ProfileDraft;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserFilter;
import nl.geboortezorg.werkplaats.users.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every service method, called as every kind of user, is allowed or refused by the service itself.
 * The fixture is made once, in a transaction rolled back at the end; every call is rolled back to
 * a savepoint after it (see {@link Scenarios}), so each finds the fixture as it was made. The Den
 * Haag region is the target: its member is a professional of Den Haag, the non-member a
 * professional of Utrecht.
 */
@IntegrationTest
class ServiceAccessTest extends SharedFixtureScenarios {

    enum Who {
        ADMIN(DemoUsers.ADMIN),
        FACILITATOR(DemoUsers.FACILITATOR),
        MEMBER(DemoUsers.DEN_HAAG),
        NON_MEMBER(DemoUsers.UTRECHT),
        OBSERVER(DemoUsers.OBSERVER),
        ANONYMOUS(null);

        final String email;

        Who(String email) {
            this.email = email;
        }
    }

    /** Shaped like a link's token, but never issued. */
    private static final String UNKNOWN_TOKEN = "A".repeat(43);

    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> REGION_WRITERS = EnumSet.of(Who.ADMIN, Who.FACILITATOR, Who.MEMBER);
    private static final Set<Who> USER_MANAGERS = EnumSet.of(Who.ADMIN, Who.FACILITATOR);
    private static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> PARTICIPANTS = EnumSet.of(Who.ADMIN, Who.FACILITATOR, Who.MEMBER, Who.NON_MEMBER);
    private static final Set<Who> UTRECHT_WRITERS = EnumSet.of(Who.ADMIN, Who.FACILITATOR, Who.NON_MEMBER);

    @FunctionalInterface
    interface Call {
        void on(Fixture fixture, ServiceAccessTest test) throws Exception;
    }

    /** The matrix: service method -> who may call it. Observers write nothing but their own profile. */
    private static final Map<String, Map.Entry<Set<Who>, Call>> MATRIX = new LinkedHashMap<>();

    static {
        // RegionService
        allow("RegionService.regions", SIGNED_IN, (f, t) -> t.regions.regions());
        allow("RegionService.workspace", SIGNED_IN, (f, t) -> t.regions.workspace("den-haag"));
        allow("RegionService.disciplineCoverage", SIGNED_IN, (f, t) -> t.regions.disciplineCoverage());
        allow(
                "RegionService.addOrganisation",
                REGION_WRITERS,
                (f, t) -> t.regions.addOrganisation(
                        f.denHaag().id(),
                        new OrganisationDraft("Toegang " + System.nanoTime(), OrganisationType.OTHER)));
        allow(
                "RegionService.updateOrganisation",
                REGION_WRITERS,
                (f, t) -> t.regions.updateOrganisation(
                        f.organisation().id(),
                        f.organisation().version(),
                        new OrganisationDraft(
                                f.organisation().name() + " (gewijzigd)", OrganisationType.SOCIAL_DOMAIN)));
        allow(
                "RegionService.removeOrganisation",
                REGION_WRITERS,
                (f, t) -> t.regions.removeOrganisation(
                        f.organisation().id(), f.organisation().version()));
        allow("RegionService.allRegions", SIGNED_IN, (f, t) -> t.regions.allRegions());
        allow("RegionService.mayManageRegions", SIGNED_IN, (f, t) -> t.regions.mayManageRegions());
        allow("RegionService.hasRegion", SIGNED_IN, (f, t) -> t.regions.hasRegion());
        allow("RegionService.managedRegions", ADMINS, (f, t) -> t.regions.managedRegions());
        allow(
                "RegionService.markLead",
                USER_MANAGERS,
                (f, t) -> t.regions.markLead(
                        f.organisation().id(), f.organisation().version()));
        allow(
                "RegionService.createRegion",
                ADMINS,
                (f, t) -> t.regions.createRegion(
                        new RegionDraft("Toegang " + System.nanoTime(), null, "Een nieuwe regio")));
        allow(
                "RegionService.updateRegion",
                ADMINS,
                (f, t) -> t.regions.updateRegion(
                        f.denHaag().id(), f.denHaag().version(), f.denHaag().name(), "Nieuwe omschrijving"));
        allow(
                "RegionService.archiveRegion",
                ADMINS,
                (f, t) -> t.regions.archiveRegion(f.denHaag().id(), f.denHaag().version()));
        allow("RegionService.unarchiveRegion", ADMINS, (f, t) -> t.regions.unarchiveRegion(t.archivedRegion(), 0));
        // UserService: management
        allow("UserService.find", USER_MANAGERS, (f, t) -> t.users.find(UserFilter.all(), 0, 10));
        allow("UserService.count", USER_MANAGERS, (f, t) -> t.users.count(UserFilter.all()));
        allow("UserService.get", USER_MANAGERS, (f, t) -> t.users.get(f.target().id()));
        allow("UserService.assignableRoles", USER_MANAGERS, (f, t) -> t.users.assignableRoles());
        allow(
                "UserService.create",
                USER_MANAGERS,
                (f, t) -> t.users.create(new UserDraft(
                        "toegang-" + System.nanoTime() + "@example.nl",
                        "Nieuw",
                        Role.PROFESSIONAL,
                        Set.of(f.denHaag().id()),
                        Language.NL)));
        allow(
                "UserService.update",
                USER_MANAGERS,
                (f, t) -> t.users.update(
                        f.target().id(),
                        f.target().version(),
                        new UserDraft(
                                null,
                                "Andere naam",
                                Role.PROFESSIONAL,
                                Set.of(f.denHaag().id()),
                                Language.EN)));
        allow(
                "UserService.deactivate",
                USER_MANAGERS,
                (f, t) -> t.users.deactivate(f.target().id(), f.target().version()));
        allow(
                "UserService.reactivate",
                USER_MANAGERS,
                (f, t) -> t.users.reactivate(f.inactive().id(), f.inactive().version()));
        allow(
                "UserService.sendPasswordReset",
                USER_MANAGERS,
                (f, t) -> t.users.sendPasswordReset(f.target().id()));
        allow(
                "UserService.resendInvitation",
                USER_MANAGERS,
                (f, t) -> t.users.resendInvitation(f.target().id()));
        // UserService: one's own account, which observers may change too
        allow("UserService.myProfile", SIGNED_IN, (f, t) -> t.users.myProfile());
        allow("UserService.changeMyLanguage", SIGNED_IN, (f, t) -> t.users.changeMyLanguage(Language.EN));
        allow(
                "UserService.updateMyProfile",
                SIGNED_IN,
                (f, t) -> t.users.updateMyProfile(
                        t.users.myProfile().version(),
                        new ProfileDraft("Nieuwe Naam", "Verpleegkundige", OrganisationType.HOSPITAL)));
        allow(
                "UserService.requestEmailChange",
                SIGNED_IN,
                // signed in, the request is refused as a field problem: the tests have no mail server
                (f, t) -> expectFieldProblem(
                        () -> t.users.requestEmailChange("nieuw-" + System.nanoTime() + "@example.nl")));
        // AccountLinkService: through a mailed link, without signing in
        allow(
                "AccountLinkService.requestPasswordReset",
                EVERYONE,
                (f, t) -> t.accountLinks.requestPasswordReset("niemand-" + System.nanoTime() + "@example.nl"));
        allow("AccountLinkService.mailsLinks", EVERYONE, (f, t) -> t.accountLinks.mailsLinks());
        allow("AccountLinkService.check", EVERYONE, (f, t) -> t.accountLinks.check(UNKNOWN_TOKEN));
        allow(
                "AccountLinkService.choosePassword",
                EVERYONE,
                (f, t) -> expectFieldProblem(() ->
                        t.accountLinks.choosePassword(UNKNOWN_TOKEN, "gekozen-wachtwoord", "gekozen-wachtwoord")));
        allow(
                "AccountLinkService.confirmEmailChange",
                EVERYONE,
                (f, t) -> expectFieldProblem(() -> t.accountLinks.confirmEmailChange("onbekend")));
        allow(
                "UserService.changeMyPassword",
                SIGNED_IN,
                (f, t) -> t.users.changeMyPassword(DemoUsers.PASSWORD, "een-nieuw-wachtwoord"));
        // WorkSessionService: everyone signed in lists what they may see; facilitators run sessions
        allow("WorkSessionService.find", SIGNED_IN, (f, t) -> t.sessions.find(SessionPeriod.UPCOMING, 0, 10));
        allow("WorkSessionService.myInvitations", SIGNED_IN, (f, t) -> t.sessions.myInvitations(5));
        allow("WorkSessionService.count", SIGNED_IN, (f, t) -> t.sessions.count(SessionPeriod.PAST));
        allow(
                "WorkSessionService.findForRegion",
                SIGNED_IN,
                (f, t) -> t.sessions.findForRegion(f.denHaag().id(), SessionPeriod.UPCOMING, 5));
        allow("WorkSessionService.mayPlan", SIGNED_IN, (f, t) -> t.sessions.mayPlan());
        allow(
                "WorkSessionService.agendaSuggestions",
                USER_MANAGERS,
                (f, t) -> t.sessions.agendaSuggestions(f.denHaag().id(), 5));
        allow(
                "WorkSessionService.mayWriteNotes",
                SIGNED_IN,
                (f, t) -> t.sessions.mayWriteNotes(f.running().id()));
        allow(
                "WorkSessionService.saveNotes",
                REGION_WRITERS,
                (f, t) -> t.sessions.saveNotes(
                        f.running().agenda().getFirst().id(),
                        f.running().agenda().getFirst().notesVersion(),
                        "- genoteerd"));
        allow(
                "WorkSessionService.get",
                SIGNED_IN,
                (f, t) -> t.sessions.get(f.planned().id()));
        allow("WorkSessionService.create", USER_MANAGERS, (f, t) -> t.sessions.create(sessionDraft(f.denHaag())));
        allow(
                "WorkSessionService.update",
                USER_MANAGERS,
                (f, t) -> t.sessions.update(f.planned().id(), f.planned().version(), sessionDraft(f.denHaag())));
        allow(
                "WorkSessionService.start",
                USER_MANAGERS,
                (f, t) -> t.sessions.start(f.planned().id(), f.planned().version()));
        allow(
                "WorkSessionService.cancel",
                USER_MANAGERS,
                (f, t) -> t.sessions.cancel(f.planned().id(), f.planned().version()));
        allow(
                "WorkSessionService.close",
                USER_MANAGERS,
                (f, t) -> t.sessions.close(f.running().id(), f.running().version(), Set.of()));
        // SessionOutcomeService: those taking part record decisions and actions; everyone reads their own
        allow(
                "SessionOutcomeService.outcomes",
                SIGNED_IN,
                (f, t) -> t.outcomes.outcomes(f.running().id()));
        allow(
                "SessionOutcomeService.ownerChoices",
                REGION_WRITERS,
                (f, t) -> t.outcomes.ownerChoices(f.running().id()));
        allow(
                "SessionOutcomeService.recordDecision",
                REGION_WRITERS,
                (f, t) -> t.outcomes.recordDecision(
                        f.running().agenda().getFirst().id(), "Besloten"));
        allow(
                "SessionOutcomeService.recordAction",
                REGION_WRITERS,
                (f, t) -> t.outcomes.recordAction(
                        f.running().agenda().getFirst().id(),
                        new ActionDraft(
                                "Actie",
                                f.member(),
                                f.organisation().id(),
                                DutchTime.date(f.running().startsAt()))));
        allow(
                "SessionOutcomeService.setActionStatus",
                REGION_WRITERS,
                (f, t) -> t.outcomes.setActionStatus(f.action().id(), f.action().version(), ActionStatus.DONE));
        allow(
                "SessionOutcomeService.updateDecision",
                REGION_WRITERS,
                (f, t) -> t.outcomes.updateDecision(
                        f.decision().id(), f.decision().version(), "Bijgesteld besluit"));
        allow(
                "SessionOutcomeService.updateAction",
                REGION_WRITERS,
                (f, t) -> t.outcomes.updateAction(
                        f.action().id(),
                        f.action().version(),
                        new ActionDraft(
                                "Bijgestelde actie",
                                f.member(),
                                f.action().organisationId(),
                                f.action().dueDate().plusDays(1))));
        allow("SessionOutcomeService.myOpenActions", SIGNED_IN, (f, t) -> t.outcomes.myOpenActions(0, 10));
        allow("SessionOutcomeService.countMyOpenActions", SIGNED_IN, (f, t) -> t.outcomes.countMyOpenActions());
        allow(
                "SessionOutcomeService.overdueActionsPerRegion",
                SIGNED_IN,
                (f, t) -> t.outcomes.overdueActionsPerRegion());
        // MinutesService: attendees propose corrections, facilitators decide on them
        allow(
                "MinutesService.minutes",
                SIGNED_IN,
                (f, t) -> t.minutes.minutes(f.closed().id()));
        allow("MinutesService.pendingCorrections", USER_MANAGERS, (f, t) -> t.minutes.pendingCorrections(5));
        allow("MinutesService.countPendingCorrections", USER_MANAGERS, (f, t) -> t.minutes.countPendingCorrections());
        allow(
                "MinutesService.proposeCorrection",
                REGION_WRITERS,
                (f, t) -> t.minutes.proposeCorrection(
                        f.closed().agenda().getFirst().id(), "- Gecorrigeerd " + System.nanoTime(), "Reden"));
        allow(
                "MinutesService.acceptCorrection",
                USER_MANAGERS,
                (f, t) -> t.minutes.acceptCorrection(
                        f.correction().id(), f.correction().version(), null));
        allow(
                "MinutesService.rejectCorrection",
                USER_MANAGERS,
                (f, t) -> t.minutes.rejectCorrection(
                        f.correction().id(), f.correction().version(), "Niet zo besproken"));
        // BottleneckService: everyone signed in reads; a region's writers raise; other regions recognise
        allow("BottleneckService.find", SIGNED_IN, (f, t) -> t.bottlenecks.find(BottleneckFilter.all(), 0, 10));
        allow("BottleneckService.awaitingMyRecognition", SIGNED_IN, (f, t) -> t.bottlenecks.awaitingMyRecognition(5));
        allow("BottleneckService.count", SIGNED_IN, (f, t) -> t.bottlenecks.count(BottleneckFilter.all()));
        allow("BottleneckService.ofSession", SIGNED_IN, (f, t) -> {
            try {
                t.bottlenecks.ofSession(f.closed().id());
            } catch (NotFoundException notSeen) {
                // allowed to ask; to one who may not see the session it is not there
            }
        });
        allow(
                "BottleneckService.detail",
                SIGNED_IN,
                (f, t) -> t.bottlenecks.detail(f.bottleneck().id()));
        allow("BottleneckService.regionsToRaiseIn", SIGNED_IN, (f, t) -> t.bottlenecks.regionsToRaiseIn());
        allow(
                "BottleneckService.matrix",
                SIGNED_IN,
                (f, t) -> t.bottlenecks.matrix(MatrixFilter.all(), MatrixSort.MOST_REGIONS, 0, 10));
        allow("BottleneckService.countMatrix", SIGNED_IN, (f, t) -> t.bottlenecks.countMatrix(MatrixFilter.all()));
        allow(
                "BottleneckService.raise",
                REGION_WRITERS,
                (f, t) -> t.bottlenecks.raise(f.denHaag().id(), bottleneckDraft("Nieuw knelpunt")));
        allow(
                "BottleneckService.update",
                REGION_WRITERS,
                (f, t) -> t.bottlenecks.update(
                        f.bottleneck().id(), f.bottleneck().version(), bottleneckDraft("Gewijzigd knelpunt")));
        allow(
                "BottleneckService.recognise",
                UTRECHT_WRITERS,
                (f, t) -> t.bottlenecks.recognise(f.promoted().id(), f.utrecht(), "Herkend"));
        allow(
                "BottleneckService.withdrawRecognition",
                UTRECHT_WRITERS,
                (f, t) -> t.bottlenecks.withdrawRecognition(f.recognition().id()));
        allow(
                "BottleneckService.comment",
                PARTICIPANTS,
                (f, t) -> t.bottlenecks.comment(f.bottleneck().id(), "Reactie"));
        allow(
                "BottleneckService.hideComment",
                USER_MANAGERS,
                (f, t) ->
                        t.bottlenecks.hideComment(f.comment().id(), f.comment().version(), "Reden"));
        allow(
                "BottleneckService.editComment",
                // the fixture's comment is the admin's own; facilitators edit it as moderators, with a reason
                USER_MANAGERS,
                (f, t) -> t.bottlenecks.editComment(
                        f.comment().id(), f.comment().version(), "Gecorrigeerde reactie", "Reden"));
        allow(
                "BottleneckService.withdraw",
                REGION_WRITERS,
                (f, t) -> t.bottlenecks.withdraw(
                        f.bottleneck().id(), f.bottleneck().version(), "Al opgelost"));
        allow(
                "BottleneckService.showComment",
                USER_MANAGERS,
                (f, t) -> t.bottlenecks.showComment(
                        f.hiddenComment().id(), f.hiddenComment().version()));
        // NationalAgendaService: everyone signed in reads the agenda; facilitators and admins keep it
        allow("NationalAgendaService.mayModerate", EVERYONE, (f, t) -> t.agenda.mayModerate());
        allow("NationalAgendaService.agenda", SIGNED_IN, (f, t) -> t.agenda.agenda());
        allow("NationalAgendaService.trackOwners", USER_MANAGERS, (f, t) -> t.agenda.trackOwners());
        allow(
                "NationalAgendaService.changeStatus",
                USER_MANAGERS,
                (f, t) -> t.agenda.changeStatus(
                        f.bottleneck().id(), f.bottleneck().version(), BottleneckStatus.UNDER_REVIEW, null));
        allow(
                "NationalAgendaService.reopen",
                USER_MANAGERS,
                (f, t) -> t.agenda.reopen(
                        f.closedBottleneck().id(), f.closedBottleneck().version(), "Toch binnen de opdracht"));
        allow(
                "NationalAgendaService.promote",
                USER_MANAGERS,
                (f, t) ->
                        t.agenda.promote(f.bottleneck().id(), f.bottleneck().version(), agendaDraft(f.facilitator())));
        allow(
                "NationalAgendaService.updateAgenda",
                USER_MANAGERS,
                (f, t) ->
                        t.agenda.updateAgenda(f.promoted().id(), f.promoted().version(), agendaDraft(f.facilitator())));
        allow(
                "NationalAgendaService.recordResponse",
                USER_MANAGERS,
                (f, t) -> t.agenda.recordResponse(f.promoted().id(), Addressee.MINISTRY_VWS, "Antwoord"));
        allow(
                "NationalAgendaService.recordFollowUp",
                USER_MANAGERS,
                (f, t) -> t.agenda.recordFollowUp(
                        f.promoted().id(),
                        f.promoted().version(),
                        "Nagebeld",
                        "Volgende stap",
                        LocalDate.now().plusDays(30)));
        allow("NationalAgendaService.reorder", USER_MANAGERS, (f, t) -> {
            List<Long> order =
                    t.agenda.agenda().stream().map(AgendaEntry::bottleneckId).toList();
            t.agenda.reorder(order, order.reversed());
        });
        allow(
                "NationalAgendaService.merge",
                USER_MANAGERS,
                (f, t) ->
                        t.agenda.merge(f.promoted().id(), Set.of(f.bottleneck().id())));
        // FactsheetService: readers by publication level; the region's writers write; facilitators review
        allow("FactsheetService.find", SIGNED_IN, (f, t) -> t.factsheets.find(FactsheetFilter.all(), 0, 10));
        allow("FactsheetService.count", SIGNED_IN, (f, t) -> t.factsheets.count(FactsheetFilter.all()));
        allow("FactsheetService.findPublic", EVERYONE, (f, t) -> t.factsheets.findPublic("zorg", 0, 10));
        allow("FactsheetService.countPublic", EVERYONE, (f, t) -> t.factsheets.countPublic(null));
        allow(
                "FactsheetService.publicFactsheet",
                EVERYONE,
                (f, t) -> t.factsheets.publicFactsheet(f.published().factsheetId()));
        allow(
                "FactsheetService.detail",
                SIGNED_IN,
                (f, t) -> t.factsheets.detail(f.published().factsheetId()));
        allow(
                "FactsheetService.version",
                SIGNED_IN,
                (f, t) -> t.factsheets.version(f.published().id()));
        allow("FactsheetService.mayReview", EVERYONE, (f, t) -> t.factsheets.mayReview());
        allow("FactsheetService.regionsToWriteIn", SIGNED_IN, (f, t) -> t.factsheets.regionsToWriteIn());
        allow(
                "FactsheetService.partnerChoices",
                REGION_WRITERS,
                (f, t) -> t.factsheets.partnerChoices(f.denHaag().id()));
        allow(
                "FactsheetService.publishedVersions",
                SIGNED_IN,
                (f, t) -> t.factsheets.publishedVersions(List.of(f.published().factsheetId())));
        allow(
                "FactsheetService.compare",
                SIGNED_IN,
                (f, t) -> t.factsheets.compare(f.published().id(), f.published().id()));
        allow(
                "FactsheetService.create",
                REGION_WRITERS,
                (f, t) -> t.factsheets.create(f.denHaag().id(), factsheetDraft("Nieuwe factsheet")));
        allow(
                "FactsheetService.save",
                REGION_WRITERS,
                (f, t) ->
                        t.factsheets.save(f.draft().id(), f.draft().version(), factsheetDraft("Gewijzigde factsheet")));
        allow(
                "FactsheetService.startRevision",
                REGION_WRITERS,
                (f, t) -> t.factsheets.startRevision(f.published().factsheetId()));
        allow(
                "FactsheetService.submit",
                REGION_WRITERS,
                (f, t) -> t.factsheets.submit(f.draft().id(), f.draft().version()));
        allow(
                "FactsheetService.returnToWriters",
                USER_MANAGERS,
                (f, t) -> t.factsheets.returnToWriters(
                        f.submitted().id(), f.submitted().version(), "Graag aanvullen"));
        allow(
                "FactsheetService.publish",
                USER_MANAGERS,
                (f, t) -> t.factsheets.publish(f.submitted().id(), f.submitted().version()));
        allow(
                "FactsheetService.deleteDraft",
                REGION_WRITERS,
                (f, t) -> t.factsheets.deleteDraft(f.draft().id(), f.draft().version()));
        allow(
                "FactsheetService.withdraw",
                USER_MANAGERS,
                (f, t) ->
                        t.factsheets.withdraw(f.published().id(), f.published().version(), "Verouderd"));
        // DocumentService: readers by publication level; the region's writers upload and change
        allow("DocumentService.maxSize", EVERYONE, (f, t) -> t.documents.maxSize());
        allow("DocumentService.find", SIGNED_IN, (f, t) -> t.documents.find(DocumentFilter.all(), 0, 10));
        allow("DocumentService.count", SIGNED_IN, (f, t) -> t.documents.count(DocumentFilter.all()));
        allow("DocumentService.findPublic", EVERYONE, (f, t) -> t.documents.findPublic(null, 0, 10));
        allow("DocumentService.countPublic", EVERYONE, (f, t) -> t.documents.countPublic("verslag"));
        allow(
                "DocumentService.get",
                EVERYONE,
                (f, t) -> t.documents.get(f.document().id()));
        allow(
                "DocumentService.download",
                EVERYONE,
                (f, t) -> t.documents.download(f.document().id()).ifPresent(d -> {
                    try {
                        d.content().close();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
        allow(
                "DocumentService.fileVersions",
                EVERYONE,
                (f, t) -> t.documents.fileVersions(f.document().id()));
        allow(
                "DocumentService.downloadVersion",
                EVERYONE,
                (f, t) -> t.documents.downloadVersion(f.document().id(), 1).ifPresent(d -> {
                    try {
                        d.content().close();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
        allow("DocumentService.regionsToUploadIn", SIGNED_IN, (f, t) -> t.documents.regionsToUploadIn());
        allow("DocumentService.mayChange", EVERYONE, (f, t) -> t.documents.mayChange(f.document()));
        allow(
                "DocumentService.receive",
                PARTICIPANTS,
                (f, t) -> t.documents.discard(
                        t.documents.receive("a.pdf", new java.io.ByteArrayInputStream("%PDF-1.4 toegang".getBytes()))));
        allow("DocumentService.discard", PARTICIPANTS, (f, t) -> t.documents.discard(f.staged()));
        allow(
                "DocumentService.add",
                REGION_WRITERS,
                (f, t) -> t.documents.add(
                        f.denHaag().id(), new DocumentDraft("Verslag", null, PublicationLevel.REGION), f.staged()));
        allow(
                "DocumentService.update",
                REGION_WRITERS,
                (f, t) -> t.documents.update(
                        f.document().id(),
                        f.document().version(),
                        new DocumentDraft("Nieuwe titel", null, PublicationLevel.PUBLIC)));
        allow(
                "DocumentService.replaceFile",
                REGION_WRITERS,
                (f, t) ->
                        t.documents.replaceFile(f.document().id(), f.document().version(), f.staged()));
        allow(
                "DocumentService.remove",
                REGION_WRITERS,
                (f, t) -> t.documents.remove(f.document().id(), f.document().version()));
        allow(
                "DocumentService.linkedTo",
                SIGNED_IN,
                (f, t) -> t.documents.linkedTo(
                        LinkTarget.bottleneck(f.bottleneck().id())));
        allow(
                "DocumentService.mayLink",
                EVERYONE,
                (f, t) ->
                        t.documents.mayLink(LinkTarget.bottleneck(f.bottleneck().id())));
        allow(
                "DocumentService.link",
                REGION_WRITERS,
                (f, t) -> t.documents.link(
                        f.document().id(), LinkTarget.bottleneck(f.bottleneck().id())));
        allow(
                "DocumentService.unlink",
                REGION_WRITERS,
                (f, t) -> t.documents.unlink(
                        f.document().id(), LinkTarget.bottleneck(f.bottleneck().id())));
        // CostBenefitService: readers by state and publication level
        allow("CostBenefitService.find", SIGNED_IN, (f, t) -> t.mkba.find(AnalysisFilter.all(), 0, 10));
        allow("CostBenefitService.count", SIGNED_IN, (f, t) -> t.mkba.count(AnalysisFilter.all()));
        allow(
                "CostBenefitService.detail",
                SIGNED_IN,
                (f, t) -> t.mkba.detail(f.mkba().published()));
        allow("CostBenefitService.regionsToWriteIn", SIGNED_IN, (f, t) -> t.mkba.regionsToWriteIn());
        allow("CostBenefitService.findPublic", EVERYONE, (f, t) -> t.mkba.findPublic("zorg", 0, 10));
        allow("CostBenefitService.countPublic", EVERYONE, (f, t) -> t.mkba.countPublic(null));
        allow(
                "CostBenefitService.publicAnalysis",
                EVERYONE,
                (f, t) -> t.mkba.publicAnalysis(f.mkba().published()));
        // AnalysisLifecycleService and AnalysisPartsService: the region's writers write
        allow(
                "AnalysisLifecycleService.create",
                REGION_WRITERS,
                (f, t) -> t.lifecycle.create(f.denHaag().id(), analysisDraft("Nieuw")));
        allow(
                "AnalysisLifecycleService.updateHeading",
                REGION_WRITERS,
                (f, t) -> t.lifecycle.updateHeading(
                        f.mkba().draft(), f.mkba().draftVersion(), analysisDraft("Gewijzigd")));
        allow(
                "AnalysisLifecycleService.publish",
                REGION_WRITERS,
                (f, t) -> t.lifecycle.publish(f.mkba().draft(), f.mkba().draftVersion()));
        allow(
                "AnalysisLifecycleService.withdraw",
                REGION_WRITERS,
                (f, t) -> t.lifecycle.withdraw(f.mkba().published(), f.mkba().publishedVersion()));
        allow(
                "AnalysisLifecycleService.delete",
                REGION_WRITERS,
                (f, t) -> t.lifecycle.delete(f.mkba().draft(), f.mkba().draftVersion()));
        allow(
                "AnalysisLifecycleService.copyAsScenario",
                REGION_WRITERS,
                (f, t) -> t.lifecycle.copyAsScenario(f.mkba().published(), "Scenario"));
        allow(
                "AnalysisPartsService.addStakeholder",
                REGION_WRITERS,
                (f, t) ->
                        t.parts.addStakeholder(f.mkba().draft(), new StakeholderDraft("Wijkteam", FundingStream.WMO)));
        allow(
                "AnalysisPartsService.updateStakeholder",
                REGION_WRITERS,
                (f, t) -> t.parts.updateStakeholder(
                        f.mkba().draft(),
                        f.mkba().stakeholder(),
                        0,
                        new StakeholderDraft("Gemeente", FundingStream.WMO)));
        allow(
                "AnalysisPartsService.removeStakeholder",
                REGION_WRITERS,
                (f, t) -> t.parts.removeStakeholder(f.mkba().draft(), f.mkba().freeStakeholder(), 0));
        allow(
                "AnalysisPartsService.addItem",
                REGION_WRITERS,
                (f, t) -> t.parts.addItem(f.mkba().draft(), itemDraft(f.mkba().stakeholder())));
        allow(
                "AnalysisPartsService.addItems",
                REGION_WRITERS,
                (f, t) -> t.parts.addItems(
                        f.mkba().draft(), List.of(itemDraft(f.mkba().stakeholder()))));
        allow(
                "AnalysisPartsService.updateItem",
                REGION_WRITERS,
                (f, t) -> t.parts.updateItem(
                        f.mkba().draft(), f.mkba().item(), 0, itemDraft(f.mkba().stakeholder())));
        allow(
                "AnalysisPartsService.removeItem",
                REGION_WRITERS,
                (f, t) -> t.parts.removeItem(f.mkba().draft(), f.mkba().item(), 0));
        allow(
                "AnalysisPartsService.addEffect",
                REGION_WRITERS,
                (f, t) -> t.parts.addEffect(
                        f.mkba().draft(), new EffectDraft("Rust", f.mkba().stakeholder(), EffectDirection.POSITIVE)));
        allow(
                "AnalysisPartsService.updateEffect",
                REGION_WRITERS,
                (f, t) -> t.parts.updateEffect(
                        f.mkba().draft(),
                        f.mkba().effect(),
                        0,
                        new EffectDraft("Meer rust", f.mkba().stakeholder(), EffectDirection.POSITIVE)));
        allow(
                "AnalysisPartsService.removeEffect",
                REGION_WRITERS,
                (f, t) -> t.parts.removeEffect(f.mkba().draft(), f.mkba().effect(), 0));
        // BlockedBenefitService: everyone signed in sees the blocked benefits; the bottleneck region's writers mark
        // them
        allow(
                "BlockedBenefitService.benefitsFor",
                SIGNED_IN,
                (f, t) -> t.blockedBenefits.benefitsFor(f.bottleneck().id()));
        allow(
                "BlockedBenefitService.blockedValue",
                SIGNED_IN,
                (f, t) -> t.blockedBenefits.blockedValue(f.bottleneck().id()));
        allow(
                "BlockedBenefitService.blockedBenefits",
                SIGNED_IN,
                (f, t) -> t.blockedBenefits.blockedBenefits(f.bottleneck().id()));
        allow(
                "EvidenceDossierService.dossier",
                SIGNED_IN,
                (f, t) -> t.dossiers.dossier(f.bottleneck().id()));
        allow("EvidenceDossierService.agendaDossier", SIGNED_IN, (f, t) -> t.dossiers.agendaDossier(done -> {}));
        allow("EvidenceDossierService.agendaSize", SIGNED_IN, (f, t) -> t.dossiers.agendaSize());
        allow(
                "MinutesService.minutesAbout",
                SIGNED_IN,
                (f, t) -> t.minutes.minutesAbout(f.bottleneck().id()));
        allow(
                "BlockedBenefitService.blockedValues",
                SIGNED_IN,
                (f, t) -> t.blockedBenefits.blockedValues(List.of(f.bottleneck().id())));
        allow(
                "BlockedBenefitService.mayBlock",
                EVERYONE,
                (f, t) -> t.blockedBenefits.mayBlock(f.bottleneck().id()));
        allow(
                "BlockedBenefitService.block",
                REGION_WRITERS,
                (f, t) -> t.blockedBenefits.block(f.bottleneck().id(), f.mkba().item()));
        allow(
                "BlockedBenefitService.unblock",
                REGION_WRITERS,
                (f, t) ->
                        t.blockedBenefits.unblock(f.bottleneck().id(), f.mkba().item()));
        // AnchoringService: the region's writers assess and see the trend; everyone signed in sees the national view
        allow("AnchoringService.currentQuarter", EVERYONE, (f, t) -> t.anchoring.currentQuarter());
        allow("AnchoringService.regionsToAssess", SIGNED_IN, (f, t) -> t.anchoring.regionsToAssess());
        // the workspace asks everyone; those who may not see the region's internals get nothing
        allow(
                "AnchoringService.latestScores",
                SIGNED_IN,
                (f, t) -> t.anchoring.latestScores(f.denHaag().id()));
        allow(
                "AnchoringService.trend",
                REGION_WRITERS,
                (f, t) -> t.anchoring.trend(f.denHaag().id()));
        allow(
                "AnchoringService.assessment",
                REGION_WRITERS,
                (f, t) -> t.anchoring.assessment(f.denHaag().id(), t.anchoring.currentQuarter()));
        allow("AnchoringService.national", SIGNED_IN, (f, t) -> t.anchoring.national(t.anchoring.currentQuarter()));
        allow(
                "AnchoringService.save",
                REGION_WRITERS,
                (f, t) -> t.anchoring.save(
                        f.denHaag().id(),
                        t.anchoring.currentQuarter(),
                        null,
                        java.util.Arrays.stream(Dimension.values())
                                .map(d -> new Score(d, 3, ""))
                                .toList()));
        // PersonalDataWarnings: anyone signed in confirms a warning on their own form
        allow("NotificationService.mine", SIGNED_IN, (f, t) -> t.notifications.mine(0, 10));
        allow("NotificationService.unreadCount", SIGNED_IN, (f, t) -> t.notifications.unreadCount());
        allow(
                "NotificationService.subscribeToUnreadCount",
                SIGNED_IN,
                (f, t) -> t.notifications.subscribeToUnreadCount(count -> {}).close());
        allow("NotificationService.markRead", SIGNED_IN, (f, t) -> {
            try {
                t.notifications.markRead(-1);
            } catch (NotFoundException notMine) {
                // allowed to ask; there is no such notification of theirs
            }
        });
        allow("NotificationService.markAllRead", SIGNED_IN, (f, t) -> t.notifications.markAllRead());
        allow(
                "NotificationService.isFollowing",
                SIGNED_IN,
                (f, t) -> t.notifications.isFollowing(
                        ItemType.BOTTLENECK, f.bottleneck().id()));
        allow(
                "NotificationService.follow",
                SIGNED_IN,
                (f, t) -> t.notifications.follow(
                        ItemType.BOTTLENECK, f.bottleneck().id()));
        allow(
                "NotificationService.unfollow",
                SIGNED_IN,
                (f, t) -> t.notifications.unfollow(
                        ItemType.BOTTLENECK, f.bottleneck().id()));
        allow("NotificationService.digestFrequency", SIGNED_IN, (f, t) -> t.notifications.digestFrequency());
        allow(
                "NotificationService.changeDigestFrequency",
                SIGNED_IN,
                (f, t) -> t.notifications.changeDigestFrequency(DigestFrequency.NONE));
        // Mail preferences and the calendar feed address: everyone their own
        allow("MailPreferenceService.myMail", SIGNED_IN, (f, t) -> t.mailPreferences.myMail());
        allow(
                "MailPreferenceService.changeMyMail",
                SIGNED_IN,
                (f, t) -> t.mailPreferences.changeMyMail(MailKind.REMINDERS, true));
        allow("CalendarFeedService.myFeedSince", SIGNED_IN, (f, t) -> t.calendarFeeds.myFeedSince());
        allow("CalendarFeedService.newFeedAddress", SIGNED_IN, (f, t) -> t.calendarFeeds.newFeedAddress());
        allow("CalendarFeedService.revokeMyFeed", SIGNED_IN, (f, t) -> t.calendarFeeds.revokeMyFeed());
        // Drafts: everyone their own, whatever they may write (the real save decides that)
        allow(
                "DraftService.keep",
                SIGNED_IN,
                (f, t) -> t.drafts.keep(
                        DraftKey.forItem(DraftForm.BOTTLENECK, f.bottleneck().id()), Map.of("title", "Concept")));
        allow(
                "DraftService.mine",
                SIGNED_IN,
                (f, t) -> t.drafts.mine(
                        DraftKey.forItem(DraftForm.BOTTLENECK, f.bottleneck().id())));
        allow("DraftService.myDrafts", SIGNED_IN, (f, t) -> t.drafts.myDrafts(5));
        allow("NotificationService.visitHome", SIGNED_IN, (f, t) -> t.notifications.visitHome(5));
        allow(
                "DraftService.discard",
                SIGNED_IN,
                (f, t) -> t.drafts.discard(
                        DraftKey.forItem(DraftForm.BOTTLENECK, f.bottleneck().id())));
        allow(
                "ActivityService.regionFeed",
                SIGNED_IN,
                (f, t) -> t.activity.regionFeed(f.denHaag().id(), 0, 10));
        allow("ActivityService.nationalFeed", SIGNED_IN, (f, t) -> t.activity.nationalFeed(0, 10));
        allow(
                "SearchService.search",
                SIGNED_IN,
                (f, t) -> t.search.search("knelpunt werkplaats", Set.of(), null, 0, 10));
        allow(
                "PersonalDataWarnings.confirmed",
                SIGNED_IN,
                (f, t) -> t.warnings.confirmed(
                        "Formulier", List.of("description"), Set.of(PersonalData.Kind.PHONE_NUMBER)));
        // AuditTrail: recording is the services' own bookkeeping (views may not call it: ArchitectureTest)
        allow("AuditTrail.record", EVERYONE, (f, t) -> t.audit.record("test", 1, "access-test", Map.of()));
        allow("AuditTrail.find", ADMINS, (f, t) -> t.audit.find(AuditFilter.none(), 0, 10));
        allow("AuditTrail.count", ADMINS, (f, t) -> t.audit.count(AuditFilter.none()));
        allow("AuditTrail.entityTypes", ADMINS, (f, t) -> t.audit.entityTypes());
    }

    /** A call that, once allowed, is refused for its input (a translated field problem), not for access. */
    private static void expectFieldProblem(Runnable call) {
        try {
            call.run();
        } catch (nl.geboortezorg.werkplaats.common.ValidationException expected) {
            return;
        }
        throw new AssertionError("a field problem was expected");
    }

    private static void allow(String method, Set<Who> allowed, Call call) {
        MATRIX.put(method, Map.entry(allowed, call));
    }

    @Autowired
    RegionService regions;

    @Autowired
    DSLContext dsl;

    /** A region archived already, made straight in the database so that un-archiving it is the only call. */
    long archivedRegion() {
        long stamp = System.nanoTime();
        return dsl.insertInto(REGION)
                .set(REGION.CODE, "gearchiveerd-" + stamp)
                .set(REGION.NAME, "Gearchiveerd " + stamp)
                .set(REGION.ARCHIVED_AT, Instant.now())
                .returning(REGION.ID)
                .fetchSingle(REGION.ID);
    }

    @Autowired
    UserService users;

    @Autowired
    AccountLinkService accountLinks;

    @Autowired
    AuditTrail audit;

    @Autowired
    WorkSessionService sessions;

    @Autowired
    SessionOutcomeService outcomes;

    @Autowired
    MinutesService minutes;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    FactsheetService factsheets;

    @Autowired
    DocumentService documents;

    @Autowired
    CostBenefitService mkba;

    @Autowired
    AnalysisLifecycleService lifecycle;

    @Autowired
    AnalysisPartsService parts;

    @Autowired
    BlockedBenefitService blockedBenefits;

    @Autowired
    nl.geboortezorg.werkplaats.bottlenecks.EvidenceDossierService dossiers;

    @Autowired
    AnchoringService anchoring;

    @Autowired
    PersonalDataWarnings warnings;

    @Autowired
    SearchService search;

    @Autowired
    NotificationService notifications;

    @Autowired
    MailPreferenceService mailPreferences;

    @Autowired
    CalendarFeedService calendarFeeds;

    @Autowired
    DraftService drafts;

    @Autowired
    ActivityService activity;

    @Autowired
    UserDetailsService userDetails;

    static Stream<Arguments> cases() {
        return MATRIX.entrySet().stream()
                .flatMap(entry -> Arrays.stream(Who.values())
                        .map(who -> Arguments.of(
                                entry.getKey(), who, entry.getValue().getKey().contains(who))));
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("cases")
    void every_service_method_decides_access_itself(String method, Who who, boolean allowed) {
        Fixture fixture = fixtureForOneCall();
        if (who.email == null) {
            SignIn.out();
        } else {
            SignIn.as(userDetails, who.email);
        }
        Call call = MATRIX.get(method).getValue();

        if (allowed) {
            assertThatCode(() -> call.on(fixture, this))
                    .as(method + " as " + who)
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> call.on(fixture, this))
                    .as(method + " as " + who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_matrix_names_every_public_service_method() {
        Set<String> methods = Stream.of(
                        RegionService.class,
                        UserService.class,
                        AccountLinkService.class,
                        AuditTrail.class,
                        WorkSessionService.class,
                        SessionOutcomeService.class,
                        MinutesService.class,
                        BottleneckService.class,
                        NationalAgendaService.class,
                        FactsheetService.class,
                        DocumentService.class,
                        CostBenefitService.class,
                        AnalysisLifecycleService.class,
                        AnalysisPartsService.class,
                        BlockedBenefitService.class,
                        nl.geboortezorg.werkplaats.bottlenecks.EvidenceDossierService.class,
                        AnchoringService.class,
                        PersonalDataWarnings.class,
                        SearchService.class,
                        NotificationService.class,
                        MailPreferenceService.class,
                        CalendarFeedService.class,
                        DraftService.class,
                        ActivityService.class)
                .flatMap(service -> Arrays.stream(service.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                        .map(Method::getName)
                        .map(name -> service.getSimpleName() + "." + name))
                .collect(Collectors.toSet());

        assertThat(MATRIX.keySet()).containsExactlyInAnyOrderElementsOf(methods);
    }

    @Test
    void observers_may_call_reads_and_their_own_profile_only() {
        Set<String> observerMayCall = MATRIX.entrySet().stream()
                .filter(entry -> entry.getValue().getKey().contains(Who.OBSERVER))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());

        assertThat(observerMayCall)
                .containsExactlyInAnyOrder(
                        "RegionService.regions",
                        "RegionService.allRegions",
                        "RegionService.mayManageRegions",
                        "RegionService.hasRegion",
                        "WorkSessionService.myInvitations",
                        "BottleneckService.awaitingMyRecognition",
                        "AnchoringService.latestScores",
                        "DraftService.myDrafts",
                        "NotificationService.visitHome",
                        "RegionService.workspace",
                        "RegionService.disciplineCoverage",
                        "WorkSessionService.find",
                        "WorkSessionService.findForRegion",
                        "WorkSessionService.count",
                        "WorkSessionService.get",
                        "WorkSessionService.mayPlan",
                        "WorkSessionService.mayWriteNotes",
                        "SessionOutcomeService.outcomes",
                        "SessionOutcomeService.myOpenActions",
                        "SessionOutcomeService.countMyOpenActions",
                        "SessionOutcomeService.overdueActionsPerRegion",
                        "MinutesService.minutes",
                        "UserService.myProfile",
                        "UserService.changeMyLanguage",
                        "UserService.changeMyPassword",
                        "UserService.updateMyProfile",
                        "UserService.requestEmailChange",
                        "AccountLinkService.requestPasswordReset",
                        "AccountLinkService.mailsLinks",
                        "AccountLinkService.check",
                        "AccountLinkService.choosePassword",
                        "AccountLinkService.confirmEmailChange",
                        "BottleneckService.find",
                        "BottleneckService.count",
                        "BottleneckService.ofSession",
                        "BottleneckService.detail",
                        "BottleneckService.regionsToRaiseIn",
                        "BottleneckService.matrix",
                        "BottleneckService.countMatrix",
                        "NationalAgendaService.mayModerate",
                        "NationalAgendaService.agenda",
                        "FactsheetService.find",
                        "FactsheetService.count",
                        "FactsheetService.findPublic",
                        "FactsheetService.countPublic",
                        "FactsheetService.publicFactsheet",
                        "FactsheetService.detail",
                        "FactsheetService.version",
                        "FactsheetService.mayReview",
                        "FactsheetService.regionsToWriteIn",
                        "FactsheetService.publishedVersions",
                        "FactsheetService.compare",
                        "DocumentService.maxSize",
                        "DocumentService.find",
                        "DocumentService.count",
                        "DocumentService.findPublic",
                        "DocumentService.countPublic",
                        "DocumentService.get",
                        "DocumentService.download",
                        "DocumentService.fileVersions",
                        "DocumentService.downloadVersion",
                        "DocumentService.regionsToUploadIn",
                        "DocumentService.mayChange",
                        "DocumentService.linkedTo",
                        "DocumentService.mayLink",
                        "CostBenefitService.find",
                        "CostBenefitService.count",
                        "CostBenefitService.detail",
                        "CostBenefitService.regionsToWriteIn",
                        "CostBenefitService.findPublic",
                        "CostBenefitService.countPublic",
                        "CostBenefitService.publicAnalysis",
                        "BlockedBenefitService.benefitsFor",
                        "BlockedBenefitService.blockedValue",
                        "BlockedBenefitService.blockedBenefits",
                        "EvidenceDossierService.dossier",
                        "EvidenceDossierService.agendaDossier",
                        "EvidenceDossierService.agendaSize",
                        "MinutesService.minutesAbout",
                        "BlockedBenefitService.blockedValues",
                        "BlockedBenefitService.mayBlock",
                        "AnchoringService.currentQuarter",
                        "AnchoringService.regionsToAssess",
                        "AnchoringService.national",
                        "PersonalDataWarnings.confirmed",
                        "SearchService.search",
                        "NotificationService.mine",
                        "MailPreferenceService.myMail",
                        "MailPreferenceService.changeMyMail",
                        "CalendarFeedService.myFeedSince",
                        "CalendarFeedService.newFeedAddress",
                        "CalendarFeedService.revokeMyFeed",
                        "DraftService.keep",
                        "DraftService.mine",
                        "DraftService.discard",
                        "NotificationService.unreadCount",
                        "NotificationService.subscribeToUnreadCount",
                        "NotificationService.markRead",
                        "NotificationService.markAllRead",
                        "NotificationService.isFollowing",
                        "NotificationService.follow",
                        "NotificationService.unfollow",
                        "NotificationService.digestFrequency",
                        "NotificationService.changeDigestFrequency",
                        "ActivityService.regionFeed",
                        "ActivityService.nationalFeed",
                        "AuditTrail.record");
    }
}
