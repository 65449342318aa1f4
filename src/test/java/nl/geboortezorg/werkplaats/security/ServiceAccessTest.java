package nl.geboortezorg.werkplaats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import nl.geboortezorg.werkplaats.audit.PersonalDataWarnings;
import nl.geboortezorg.werkplaats.common.PersonalData;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.Score;
import nl.geboortezorg.werkplaats.mkba.AnalysisDraft;
import nl.geboortezorg.werkplaats.mkba.AnalysisFilter;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.EffectDraft;
import nl.geboortezorg.werkplaats.mkba.LineItemDraft;
import nl.geboortezorg.werkplaats.mkba.StakeholderDraft;
import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.FundingStream;
import nl.geboortezorg.werkplaats.mkba.model.ValueType;
import java.lang.reflect.Modifier;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.time.LocalDate;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaDraft;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaEntry;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.Comment;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixSort;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.bottlenecks.Recognition;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentFilter;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.documents.StagedUpload;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDraft;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFilter;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.notifications.ActivityService;
import nl.geboortezorg.werkplaats.notifications.DigestFrequency;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.search.SearchService;
import nl.geboortezorg.werkplaats.regions.OrganisationDraft;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.Organisation;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.MinutesCorrection;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.SessionPeriod;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.users.Language;
import nl.geboortezorg.werkplaats.users.UserAccount;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserFilter;
import nl.geboortezorg.werkplaats.users.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every service method, called as every kind of user, is allowed or refused by the service itself.
 * Each call runs in a transaction that is rolled back. The Den Haag region is the target: its
 * member is a professional of Den Haag, the non-member a professional of Utrecht.
 */
@IntegrationTest
@Transactional
class ServiceAccessTest {

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

    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> REGION_WRITERS = EnumSet.of(Who.ADMIN, Who.FACILITATOR, Who.MEMBER);
    private static final Set<Who> USER_MANAGERS = EnumSet.of(Who.ADMIN, Who.FACILITATOR);
    private static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> PARTICIPANTS = EnumSet.of(Who.ADMIN, Who.FACILITATOR, Who.MEMBER, Who.NON_MEMBER);
    private static final Set<Who> UTRECHT_WRITERS = EnumSet.of(Who.ADMIN, Who.FACILITATOR, Who.NON_MEMBER);

    /** What a call works on; made fresh (as admin) before every call and rolled back after it. */
    record Fixture(Region denHaag, Organisation organisation, UserAccount target, UserAccount inactive,
            WorkSession planned, WorkSession running, long member, ActionItem action, WorkSession closed,
            MinutesCorrection correction, Bottleneck bottleneck, Bottleneck promoted, Recognition recognition,
            Comment comment, Comment hiddenComment, long utrecht, long facilitator, Supplier<Extras> extras) {

        FactsheetVersion draft() {
            return extras.get().draft();
        }

        FactsheetVersion submitted() {
            return extras.get().submitted();
        }

        FactsheetVersion published() {
            return extras.get().published();
        }

        Document document() {
            return extras.get().document();
        }

        StagedUpload staged() {
            return extras.get().staged();
        }

        Analyses mkba() {
            return extras.get().mkba();
        }
    }

    /** A draft analysis with its parts (all at version 0) and a published national one. */
    record Analyses(long draft, long stakeholder, long freeStakeholder, long item, long effect, long published,
            int publishedVersion) {
    }

    /** Factsheets and documents to call on; made (as admin) only for the calls that need them. */
    record Extras(FactsheetVersion draft, FactsheetVersion submitted, FactsheetVersion published, Document document,
            StagedUpload staged, Analyses mkba) {
    }

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
        allow("RegionService.addOrganisation", REGION_WRITERS, (f, t) -> t.regions.addOrganisation(f.denHaag().id(),
                new OrganisationDraft("Toegang " + System.nanoTime(), OrganisationType.OTHER)));
        allow("RegionService.updateOrganisation", REGION_WRITERS, (f, t) -> t.regions.updateOrganisation(
                f.organisation().id(), f.organisation().version(),
                new OrganisationDraft(f.organisation().name() + " (gewijzigd)", OrganisationType.SOCIAL_DOMAIN)));
        allow("RegionService.removeOrganisation", REGION_WRITERS, (f, t) -> t.regions.removeOrganisation(
                f.organisation().id(), f.organisation().version()));
        allow("RegionService.updateRegion", USER_MANAGERS, (f, t) -> t.regions.updateRegion(f.denHaag().id(),
                f.denHaag().version(), f.denHaag().name(), "Nieuwe omschrijving"));
        // UserService: management
        allow("UserService.find", USER_MANAGERS, (f, t) -> t.users.find(UserFilter.all(), 0, 10));
        allow("UserService.count", USER_MANAGERS, (f, t) -> t.users.count(UserFilter.all()));
        allow("UserService.get", USER_MANAGERS, (f, t) -> t.users.get(f.target().id()));
        allow("UserService.assignableRoles", USER_MANAGERS, (f, t) -> t.users.assignableRoles());
        allow("UserService.create", USER_MANAGERS, (f, t) -> t.users.create(new UserDraft(
                "toegang-" + System.nanoTime() + "@example.nl", "Nieuw", Role.PROFESSIONAL,
                Set.of(f.denHaag().id()), Language.NL)));
        allow("UserService.update", USER_MANAGERS, (f, t) -> t.users.update(f.target().id(), f.target().version(),
                new UserDraft(null, "Andere naam", Role.PROFESSIONAL, Set.of(f.denHaag().id()), Language.EN)));
        allow("UserService.deactivate", USER_MANAGERS, (f, t) -> t.users.deactivate(f.target().id(),
                f.target().version()));
        allow("UserService.reactivate", USER_MANAGERS, (f, t) -> t.users.reactivate(f.inactive().id(),
                f.inactive().version()));
        allow("UserService.resetPassword", USER_MANAGERS, (f, t) -> t.users.resetPassword(f.target().id()));
        // UserService: one's own account, which observers may change too
        allow("UserService.myProfile", SIGNED_IN, (f, t) -> t.users.myProfile());
        allow("UserService.changeMyLanguage", SIGNED_IN, (f, t) -> t.users.changeMyLanguage(Language.EN));
        allow("UserService.changeMyPassword", SIGNED_IN, (f, t) -> t.users.changeMyPassword(DemoUsers.PASSWORD,
                "een-nieuw-wachtwoord"));
        // WorkSessionService: everyone signed in lists what they may see; facilitators run sessions
        allow("WorkSessionService.find", SIGNED_IN, (f, t) -> t.sessions.find(SessionPeriod.UPCOMING, 0, 10));
        allow("WorkSessionService.count", SIGNED_IN, (f, t) -> t.sessions.count(SessionPeriod.PAST));
        allow("WorkSessionService.findForRegion", SIGNED_IN, (f, t) -> t.sessions.findForRegion(f.denHaag().id(),
                SessionPeriod.UPCOMING, 5));
        allow("WorkSessionService.mayPlan", SIGNED_IN, (f, t) -> t.sessions.mayPlan());
        allow("WorkSessionService.mayWriteNotes", SIGNED_IN, (f, t) -> t.sessions.mayWriteNotes(f.running().id()));
        allow("WorkSessionService.saveNotes", REGION_WRITERS, (f, t) -> t.sessions.saveNotes(
                f.running().agenda().getFirst().id(), f.running().agenda().getFirst().notesVersion(), "- genoteerd"));
        allow("WorkSessionService.get", SIGNED_IN, (f, t) -> t.sessions.get(f.planned().id()));
        allow("WorkSessionService.create", USER_MANAGERS, (f, t) -> t.sessions.create(sessionDraft(f.denHaag())));
        allow("WorkSessionService.update", USER_MANAGERS, (f, t) -> t.sessions.update(f.planned().id(),
                f.planned().version(), sessionDraft(f.denHaag())));
        allow("WorkSessionService.start", USER_MANAGERS, (f, t) -> t.sessions.start(f.planned().id(),
                f.planned().version()));
        allow("WorkSessionService.close", USER_MANAGERS, (f, t) -> t.sessions.close(f.running().id(), f.running().version(), Set.of()));
        // SessionOutcomeService: those taking part record decisions and actions; everyone reads their own
        allow("SessionOutcomeService.outcomes", SIGNED_IN, (f, t) -> t.outcomes.outcomes(f.running().id()));
        allow("SessionOutcomeService.ownerChoices", REGION_WRITERS, (f, t) -> t.outcomes.ownerChoices(
                f.running().id()));
        allow("SessionOutcomeService.recordDecision", REGION_WRITERS, (f, t) -> t.outcomes.recordDecision(
                f.running().agenda().getFirst().id(), "Besloten"));
        allow("SessionOutcomeService.recordAction", REGION_WRITERS, (f, t) -> t.outcomes.recordAction(
                f.running().agenda().getFirst().id(), new ActionDraft("Actie", f.member(), f.organisation().id(),
                        f.running().startsAt().toLocalDate())));
        allow("SessionOutcomeService.setActionStatus", REGION_WRITERS, (f, t) -> t.outcomes.setActionStatus(
                f.action().id(), f.action().version(), ActionStatus.DONE));
        allow("SessionOutcomeService.myOpenActions", SIGNED_IN, (f, t) -> t.outcomes.myOpenActions(0, 10));
        allow("SessionOutcomeService.countMyOpenActions", SIGNED_IN, (f, t) -> t.outcomes.countMyOpenActions());
        allow("SessionOutcomeService.overdueActionsPerRegion", SIGNED_IN, (f, t) -> t.outcomes.overdueActionsPerRegion());
        // MinutesService: attendees propose corrections, facilitators decide on them
        allow("MinutesService.minutes", SIGNED_IN, (f, t) -> t.minutes.minutes(f.closed().id()));
        allow("MinutesService.proposeCorrection", REGION_WRITERS, (f, t) -> t.minutes.proposeCorrection(
                f.closed().agenda().getFirst().id(), "- Gecorrigeerd " + System.nanoTime(), "Reden"));
        allow("MinutesService.acceptCorrection", USER_MANAGERS, (f, t) -> t.minutes.acceptCorrection(
                f.correction().id(), f.correction().version(), null));
        allow("MinutesService.rejectCorrection", USER_MANAGERS, (f, t) -> t.minutes.rejectCorrection(
                f.correction().id(), f.correction().version(), "Niet zo besproken"));
        // BottleneckService: everyone signed in reads; a region's writers raise; other regions recognise
        allow("BottleneckService.find", SIGNED_IN, (f, t) -> t.bottlenecks.find(BottleneckFilter.all(), 0, 10));
        allow("BottleneckService.count", SIGNED_IN, (f, t) -> t.bottlenecks.count(BottleneckFilter.all()));
        allow("BottleneckService.detail", SIGNED_IN, (f, t) -> t.bottlenecks.detail(f.bottleneck().id()));
        allow("BottleneckService.regionsToRaiseIn", SIGNED_IN, (f, t) -> t.bottlenecks.regionsToRaiseIn());
        allow("BottleneckService.matrix", SIGNED_IN, (f, t) -> t.bottlenecks.matrix(MatrixSort.MOST_REGIONS, 0, 10));
        allow("BottleneckService.countMatrix", SIGNED_IN, (f, t) -> t.bottlenecks.countMatrix());
        allow("BottleneckService.raise", REGION_WRITERS, (f, t) -> t.bottlenecks.raise(f.denHaag().id(),
                bottleneckDraft("Nieuw knelpunt")));
        allow("BottleneckService.update", REGION_WRITERS, (f, t) -> t.bottlenecks.update(f.bottleneck().id(),
                f.bottleneck().version(), bottleneckDraft("Gewijzigd knelpunt")));
        allow("BottleneckService.recognise", UTRECHT_WRITERS, (f, t) -> t.bottlenecks.recognise(f.promoted().id(),
                f.utrecht(), "Herkend"));
        allow("BottleneckService.withdrawRecognition", UTRECHT_WRITERS, (f, t) -> t.bottlenecks.withdrawRecognition(
                f.recognition().id()));
        allow("BottleneckService.comment", PARTICIPANTS, (f, t) -> t.bottlenecks.comment(f.bottleneck().id(),
                "Reactie"));
        allow("BottleneckService.hideComment", USER_MANAGERS, (f, t) -> t.bottlenecks.hideComment(f.comment().id(),
                f.comment().version(), "Reden"));
        allow("BottleneckService.showComment", USER_MANAGERS, (f, t) -> t.bottlenecks.showComment(
                f.hiddenComment().id(), f.hiddenComment().version()));
        // NationalAgendaService: everyone signed in reads the agenda; facilitators and admins keep it
        allow("NationalAgendaService.mayModerate", EVERYONE, (f, t) -> t.agenda.mayModerate());
        allow("NationalAgendaService.agenda", SIGNED_IN, (f, t) -> t.agenda.agenda());
        allow("NationalAgendaService.trackOwners", USER_MANAGERS, (f, t) -> t.agenda.trackOwners());
        allow("NationalAgendaService.changeStatus", USER_MANAGERS, (f, t) -> t.agenda.changeStatus(
                f.bottleneck().id(), f.bottleneck().version(), BottleneckStatus.UNDER_REVIEW, null));
        allow("NationalAgendaService.promote", USER_MANAGERS, (f, t) -> t.agenda.promote(f.bottleneck().id(),
                f.bottleneck().version(), agendaDraft(f.facilitator())));
        allow("NationalAgendaService.updateAgenda", USER_MANAGERS, (f, t) -> t.agenda.updateAgenda(f.promoted().id(),
                f.promoted().version(), agendaDraft(f.facilitator())));
        allow("NationalAgendaService.recordResponse", USER_MANAGERS, (f, t) -> t.agenda.recordResponse(
                f.promoted().id(), Addressee.MINISTRY_VWS, "Antwoord"));
        allow("NationalAgendaService.recordFollowUp", USER_MANAGERS, (f, t) -> t.agenda.recordFollowUp(
                f.promoted().id(), f.promoted().version(), "Nagebeld", "Volgende stap", LocalDate.now().plusDays(30)));
        allow("NationalAgendaService.reorder", USER_MANAGERS, (f, t) -> {
            List<Long> order = t.agenda.agenda().stream().map(AgendaEntry::bottleneckId).toList();
            t.agenda.reorder(order, order.reversed());
        });
        allow("NationalAgendaService.merge", USER_MANAGERS, (f, t) -> t.agenda.merge(f.promoted().id(),
                Set.of(f.bottleneck().id())));
        // FactsheetService: readers by publication level; the region's writers write; facilitators review
        allow("FactsheetService.find", SIGNED_IN, (f, t) -> t.factsheets.find(FactsheetFilter.all(), 0, 10));
        allow("FactsheetService.count", SIGNED_IN, (f, t) -> t.factsheets.count(FactsheetFilter.all()));
        allow("FactsheetService.findPublic", EVERYONE, (f, t) -> t.factsheets.findPublic("zorg", 0, 10));
        allow("FactsheetService.countPublic", EVERYONE, (f, t) -> t.factsheets.countPublic(null));
        allow("FactsheetService.publicFactsheet", EVERYONE, (f, t) -> t.factsheets.publicFactsheet(
                f.published().factsheetId()));
        allow("FactsheetService.detail", SIGNED_IN, (f, t) -> t.factsheets.detail(f.published().factsheetId()));
        allow("FactsheetService.version", SIGNED_IN, (f, t) -> t.factsheets.version(f.published().id()));
        allow("FactsheetService.mayReview", EVERYONE, (f, t) -> t.factsheets.mayReview());
        allow("FactsheetService.regionsToWriteIn", SIGNED_IN, (f, t) -> t.factsheets.regionsToWriteIn());
        allow("FactsheetService.partnerChoices", REGION_WRITERS, (f, t) -> t.factsheets.partnerChoices(
                f.denHaag().id()));
        allow("FactsheetService.publishedVersions", SIGNED_IN, (f, t) -> t.factsheets.publishedVersions(
                List.of(f.published().factsheetId())));
        allow("FactsheetService.compare", SIGNED_IN, (f, t) -> t.factsheets.compare(f.published().id(),
                f.published().id()));
        allow("FactsheetService.create", REGION_WRITERS, (f, t) -> t.factsheets.create(f.denHaag().id(),
                factsheetDraft("Nieuwe factsheet")));
        allow("FactsheetService.save", REGION_WRITERS, (f, t) -> t.factsheets.save(f.draft().id(), f.draft().version(),
                factsheetDraft("Gewijzigde factsheet")));
        allow("FactsheetService.startRevision", REGION_WRITERS, (f, t) -> t.factsheets.startRevision(
                f.published().factsheetId()));
        allow("FactsheetService.submit", REGION_WRITERS, (f, t) -> t.factsheets.submit(f.draft().id(),
                f.draft().version()));
        allow("FactsheetService.returnToWriters", USER_MANAGERS, (f, t) -> t.factsheets.returnToWriters(
                f.submitted().id(), f.submitted().version(), "Graag aanvullen"));
        allow("FactsheetService.publish", USER_MANAGERS, (f, t) -> t.factsheets.publish(f.submitted().id(),
                f.submitted().version()));
        // DocumentService: readers by publication level; the region's writers upload and change
        allow("DocumentService.maxSize", EVERYONE, (f, t) -> t.documents.maxSize());
        allow("DocumentService.find", SIGNED_IN, (f, t) -> t.documents.find(DocumentFilter.all(), 0, 10));
        allow("DocumentService.count", SIGNED_IN, (f, t) -> t.documents.count(DocumentFilter.all()));
        allow("DocumentService.findPublic", EVERYONE, (f, t) -> t.documents.findPublic(null, 0, 10));
        allow("DocumentService.countPublic", EVERYONE, (f, t) -> t.documents.countPublic("verslag"));
        allow("DocumentService.get", EVERYONE, (f, t) -> t.documents.get(f.document().id()));
        allow("DocumentService.download", EVERYONE, (f, t) -> t.documents.download(f.document().id())
                .ifPresent(d -> {
                    try {
                        d.content().close();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
        allow("DocumentService.regionsToUploadIn", SIGNED_IN, (f, t) -> t.documents.regionsToUploadIn());
        allow("DocumentService.mayChange", EVERYONE, (f, t) -> t.documents.mayChange(f.document()));
        allow("DocumentService.receive", PARTICIPANTS, (f, t) -> t.documents.discard(t.documents.receive("a.pdf",
                new java.io.ByteArrayInputStream("%PDF-1.4 toegang".getBytes()))));
        allow("DocumentService.discard", PARTICIPANTS, (f, t) -> t.documents.discard(f.staged()));
        allow("DocumentService.add", REGION_WRITERS, (f, t) -> t.documents.add(f.denHaag().id(),
                new DocumentDraft("Verslag", null, PublicationLevel.REGION), f.staged()));
        allow("DocumentService.update", REGION_WRITERS, (f, t) -> t.documents.update(f.document().id(),
                f.document().version(), new DocumentDraft("Nieuwe titel", null, PublicationLevel.PUBLIC)));
        allow("DocumentService.remove", REGION_WRITERS, (f, t) -> t.documents.remove(f.document().id(),
                f.document().version()));
        allow("DocumentService.linkedTo", SIGNED_IN, (f, t) -> t.documents.linkedTo(
                LinkTarget.bottleneck(f.bottleneck().id())));
        allow("DocumentService.mayLink", EVERYONE, (f, t) -> t.documents.mayLink(
                LinkTarget.bottleneck(f.bottleneck().id())));
        allow("DocumentService.link", REGION_WRITERS, (f, t) -> t.documents.link(f.document().id(),
                LinkTarget.bottleneck(f.bottleneck().id())));
        allow("DocumentService.unlink", REGION_WRITERS, (f, t) -> t.documents.unlink(f.document().id(),
                LinkTarget.bottleneck(f.bottleneck().id())));
        // CostBenefitService: readers by state and publication level; the region's writers write
        allow("CostBenefitService.find", SIGNED_IN, (f, t) -> t.mkba.find(AnalysisFilter.all(), 0, 10));
        allow("CostBenefitService.count", SIGNED_IN, (f, t) -> t.mkba.count(AnalysisFilter.all()));
        allow("CostBenefitService.detail", SIGNED_IN, (f, t) -> t.mkba.detail(f.mkba().published()));
        allow("CostBenefitService.regionsToWriteIn", SIGNED_IN, (f, t) -> t.mkba.regionsToWriteIn());
        allow("CostBenefitService.findPublic", EVERYONE, (f, t) -> t.mkba.findPublic("zorg", 0, 10));
        allow("CostBenefitService.countPublic", EVERYONE, (f, t) -> t.mkba.countPublic(null));
        allow("CostBenefitService.publicAnalysis", EVERYONE, (f, t) -> t.mkba.publicAnalysis(f.mkba().published()));
        allow("CostBenefitService.create", REGION_WRITERS, (f, t) -> t.mkba.create(f.denHaag().id(),
                analysisDraft("Nieuw")));
        allow("CostBenefitService.updateHeading", REGION_WRITERS, (f, t) -> t.mkba.updateHeading(f.mkba().draft(), 0,
                analysisDraft("Gewijzigd")));
        allow("CostBenefitService.publish", REGION_WRITERS, (f, t) -> t.mkba.publish(f.mkba().draft(), 0));
        allow("CostBenefitService.withdraw", REGION_WRITERS, (f, t) -> t.mkba.withdraw(f.mkba().published(),
                f.mkba().publishedVersion()));
        allow("CostBenefitService.delete", REGION_WRITERS, (f, t) -> t.mkba.delete(f.mkba().draft(), 0));
        allow("CostBenefitService.copyAsScenario", REGION_WRITERS, (f, t) -> t.mkba.copyAsScenario(
                f.mkba().published(), "Scenario"));
        allow("CostBenefitService.addStakeholder", REGION_WRITERS, (f, t) -> t.mkba.addStakeholder(f.mkba().draft(),
                new StakeholderDraft("Wijkteam", FundingStream.WMO)));
        allow("CostBenefitService.updateStakeholder", REGION_WRITERS, (f, t) -> t.mkba.updateStakeholder(
                f.mkba().draft(), f.mkba().stakeholder(), 0, new StakeholderDraft("Gemeente", FundingStream.WMO)));
        allow("CostBenefitService.removeStakeholder", REGION_WRITERS, (f, t) -> t.mkba.removeStakeholder(
                f.mkba().draft(), f.mkba().freeStakeholder(), 0));
        allow("CostBenefitService.addItem", REGION_WRITERS, (f, t) -> t.mkba.addItem(f.mkba().draft(),
                itemDraft(f.mkba().stakeholder())));
        allow("CostBenefitService.addItems", REGION_WRITERS, (f, t) -> t.mkba.addItems(f.mkba().draft(),
                List.of(itemDraft(f.mkba().stakeholder()))));
        allow("CostBenefitService.updateItem", REGION_WRITERS, (f, t) -> t.mkba.updateItem(f.mkba().draft(),
                f.mkba().item(), 0, itemDraft(f.mkba().stakeholder())));
        allow("CostBenefitService.removeItem", REGION_WRITERS, (f, t) -> t.mkba.removeItem(f.mkba().draft(),
                f.mkba().item(), 0));
        allow("CostBenefitService.addEffect", REGION_WRITERS, (f, t) -> t.mkba.addEffect(f.mkba().draft(),
                new EffectDraft("Rust", f.mkba().stakeholder(), EffectDirection.POSITIVE)));
        allow("CostBenefitService.updateEffect", REGION_WRITERS, (f, t) -> t.mkba.updateEffect(f.mkba().draft(),
                f.mkba().effect(), 0, new EffectDraft("Meer rust", f.mkba().stakeholder(), EffectDirection.POSITIVE)));
        allow("CostBenefitService.removeEffect", REGION_WRITERS, (f, t) -> t.mkba.removeEffect(f.mkba().draft(),
                f.mkba().effect(), 0));
        allow("CostBenefitService.benefitsFor", SIGNED_IN, (f, t) -> t.mkba.benefitsFor(f.bottleneck().id()));
        allow("CostBenefitService.mayBlock", EVERYONE, (f, t) -> t.mkba.mayBlock(f.bottleneck().id()));
        allow("CostBenefitService.block", REGION_WRITERS, (f, t) -> t.mkba.block(f.bottleneck().id(),
                f.mkba().item()));
        allow("CostBenefitService.unblock", REGION_WRITERS, (f, t) -> t.mkba.unblock(f.bottleneck().id(),
                f.mkba().item()));
        // AnchoringService: the region's writers assess and see the trend; everyone signed in sees the national view
        allow("AnchoringService.currentQuarter", EVERYONE, (f, t) -> t.anchoring.currentQuarter());
        allow("AnchoringService.regionsToAssess", SIGNED_IN, (f, t) -> t.anchoring.regionsToAssess());
        allow("AnchoringService.trend", REGION_WRITERS, (f, t) -> t.anchoring.trend(f.denHaag().id()));
        allow("AnchoringService.assessment", REGION_WRITERS, (f, t) -> t.anchoring.assessment(f.denHaag().id(),
                t.anchoring.currentQuarter()));
        allow("AnchoringService.national", SIGNED_IN, (f, t) -> t.anchoring.national(t.anchoring.currentQuarter()));
        allow("AnchoringService.save", REGION_WRITERS, (f, t) -> t.anchoring.save(f.denHaag().id(),
                t.anchoring.currentQuarter(), null, java.util.Arrays.stream(Dimension.values())
                        .map(d -> new Score(d, 3, "")).toList()));
        // PersonalDataWarnings: anyone signed in confirms a warning on their own form
        allow("NotificationService.mine", SIGNED_IN, (f, t) -> t.notifications.mine(0, 10));
        allow("NotificationService.unreadCount", SIGNED_IN, (f, t) -> t.notifications.unreadCount());
        allow("NotificationService.subscribeToUnreadCount", SIGNED_IN,
                (f, t) -> t.notifications.subscribeToUnreadCount(count -> { }).close());
        allow("NotificationService.markRead", SIGNED_IN, (f, t) -> {
            try {
                t.notifications.markRead(-1);
            } catch (NotFoundException notMine) {
                // allowed to ask; there is no such notification of theirs
            }
        });
        allow("NotificationService.markAllRead", SIGNED_IN, (f, t) -> t.notifications.markAllRead());
        allow("NotificationService.isFollowing", SIGNED_IN,
                (f, t) -> t.notifications.isFollowing(ItemType.BOTTLENECK, f.bottleneck().id()));
        allow("NotificationService.follow", SIGNED_IN,
                (f, t) -> t.notifications.follow(ItemType.BOTTLENECK, f.bottleneck().id()));
        allow("NotificationService.unfollow", SIGNED_IN,
                (f, t) -> t.notifications.unfollow(ItemType.BOTTLENECK, f.bottleneck().id()));
        allow("NotificationService.digestFrequency", SIGNED_IN, (f, t) -> t.notifications.digestFrequency());
        allow("NotificationService.changeDigestFrequency", SIGNED_IN,
                (f, t) -> t.notifications.changeDigestFrequency(DigestFrequency.NONE));
        allow("ActivityService.regionFeed", SIGNED_IN, (f, t) -> t.activity.regionFeed(f.denHaag().id(), 0, 10));
        allow("ActivityService.nationalFeed", SIGNED_IN, (f, t) -> t.activity.nationalFeed(0, 10));
        allow("SearchService.search", SIGNED_IN, (f, t) -> t.search.search("knelpunt werkplaats", Set.of(), null, 0, 10));
        allow("PersonalDataWarnings.confirmed", SIGNED_IN, (f, t) -> t.warnings.confirmed("Formulier",
                List.of("description"), Set.of(PersonalData.Kind.PHONE_NUMBER)));
        // AuditTrail: recording is the services' own bookkeeping (views may not call it: ArchitectureTest)
        allow("AuditTrail.record", EVERYONE, (f, t) -> t.audit.record("test", 1, "access-test", Map.of()));
        allow("AuditTrail.find", ADMINS, (f, t) -> t.audit.find(AuditFilter.none(), 0, 10));
        allow("AuditTrail.count", ADMINS, (f, t) -> t.audit.count(AuditFilter.none()));
        allow("AuditTrail.entityTypes", ADMINS, (f, t) -> t.audit.entityTypes());
    }

    private static WorkSessionDraft sessionDraft(Region region) {
        LocalDateTime start = LocalDateTime.now().plusDays(3);
        return new WorkSessionDraft(region.id(), "Werksessie", start, start.plusHours(2), null, null,
                List.of(new AgendaItemDraft("Opening", 10, null)), Set.of());
    }

    private static BottleneckDraft bottleneckDraft(String title) {
        return new BottleneckDraft(title, "Omschrijving", BottleneckCategory.SCALE, Set.of(), Set.of(), null);
    }

    private static FactsheetDraft factsheetDraft(String title) {
        return factsheetDraft(title, List.of());
    }

    private static FactsheetDraft factsheetDraft(String title, List<Long> partners) {
        return new FactsheetDraft(title, PublicationLevel.NATIONAL, "Aanleiding", "Doelgroep", "Werkwijze", partners,
                "Resultaten", List.of(), "Lessen", null, "Contact");
    }

    private static AnalysisDraft analysisDraft(String title) {
        return new AnalysisDraft(title, "", 2025, 10, 2025, BigDecimal.ZERO, null, BigDecimal.TEN,
                PublicationLevel.NATIONAL);
    }

    private static LineItemDraft itemDraft(long stakeholder) {
        return LineItemDraft.constant(FlowKind.BENEFIT, "Baat", stakeholder, ValueType.SOCIAL, BigDecimal.TEN, 2025, 2030);
    }

    private static AgendaDraft agendaDraft(long owner) {
        return new AgendaDraft(Set.of(Addressee.MINISTRY_VWS), null, "Gesprek", owner, LocalDate.now().plusDays(14));
    }

    private static void allow(String method, Set<Who> allowed, Call call) {
        MATRIX.put(method, Map.entry(allowed, call));
    }

    @Autowired
    RegionService regions;

    @Autowired
    UserService users;

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
    AnchoringService anchoring;

    @Autowired
    PersonalDataWarnings warnings;

    @Autowired
    SearchService search;

    @Autowired
    NotificationService notifications;

    @Autowired
    ActivityService activity;

    @Autowired
    UserDetailsService userDetails;

    static Stream<Arguments> cases() {
        return MATRIX.entrySet().stream().flatMap(entry -> Arrays.stream(Who.values())
                .map(who -> Arguments.of(entry.getKey(), who, entry.getValue().getKey().contains(who))));
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("cases")
    void every_service_method_decides_access_itself(String method, Who who, boolean allowed) {
        Fixture fixture = fixture();
        if (who.email == null) {
            SignIn.out();
        } else {
            SignIn.as(userDetails, who.email);
        }
        Call call = MATRIX.get(method).getValue();

        if (allowed) {
            assertThatCode(() -> call.on(fixture, this)).as(method + " as " + who).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> call.on(fixture, this)).as(method + " as " + who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_matrix_names_every_public_service_method() {
        Set<String> methods = Stream.of(RegionService.class, UserService.class, AuditTrail.class,
                        WorkSessionService.class, SessionOutcomeService.class, MinutesService.class,
                        BottleneckService.class, NationalAgendaService.class, FactsheetService.class,
                        DocumentService.class, CostBenefitService.class, AnchoringService.class,
                        PersonalDataWarnings.class, SearchService.class, NotificationService.class,
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

        assertThat(observerMayCall).containsExactlyInAnyOrder("RegionService.regions", "RegionService.workspace",
                "WorkSessionService.find", "WorkSessionService.findForRegion", "WorkSessionService.count",
                "WorkSessionService.get",
                "WorkSessionService.mayPlan", "WorkSessionService.mayWriteNotes",
                "SessionOutcomeService.outcomes", "SessionOutcomeService.myOpenActions",
                "SessionOutcomeService.countMyOpenActions", "SessionOutcomeService.overdueActionsPerRegion",
                "MinutesService.minutes",
                "UserService.myProfile", "UserService.changeMyLanguage", "UserService.changeMyPassword",
                "BottleneckService.find", "BottleneckService.count", "BottleneckService.detail",
                "BottleneckService.regionsToRaiseIn", "BottleneckService.matrix", "BottleneckService.countMatrix",
                "NationalAgendaService.mayModerate", "NationalAgendaService.agenda",
                "FactsheetService.find", "FactsheetService.count", "FactsheetService.findPublic",
                "FactsheetService.countPublic", "FactsheetService.publicFactsheet", "FactsheetService.detail",
                "FactsheetService.version", "FactsheetService.mayReview", "FactsheetService.regionsToWriteIn",
                "FactsheetService.publishedVersions", "FactsheetService.compare",
                "DocumentService.maxSize", "DocumentService.find", "DocumentService.count",
                "DocumentService.findPublic", "DocumentService.countPublic", "DocumentService.get",
                "DocumentService.download", "DocumentService.regionsToUploadIn", "DocumentService.mayChange",
                "DocumentService.linkedTo", "DocumentService.mayLink",
                "CostBenefitService.find", "CostBenefitService.count", "CostBenefitService.detail",
                "CostBenefitService.regionsToWriteIn", "CostBenefitService.benefitsFor", "CostBenefitService.mayBlock",
                "CostBenefitService.findPublic", "CostBenefitService.countPublic", "CostBenefitService.publicAnalysis",
                "AnchoringService.currentQuarter", "AnchoringService.regionsToAssess", "AnchoringService.national",
                "PersonalDataWarnings.confirmed", "SearchService.search",
                "NotificationService.mine", "NotificationService.unreadCount",
                "NotificationService.subscribeToUnreadCount", "NotificationService.markRead",
                "NotificationService.markAllRead", "NotificationService.isFollowing", "NotificationService.follow",
                "NotificationService.unfollow", "NotificationService.digestFrequency",
                "NotificationService.changeDigestFrequency", "ActivityService.regionFeed",
                "ActivityService.nationalFeed",
                "AuditTrail.record");
    }

    private Fixture fixture() {
        SignIn.as(userDetails, DemoUsers.ADMIN);
        Region denHaag = regions.workspace("den-haag").orElseThrow().region();
        Organisation organisation = regions.addOrganisation(denHaag.id(),
                new OrganisationDraft("Doel " + System.nanoTime(), OrganisationType.OTHER));
        UserAccount target = users.create(new UserDraft("doel-" + System.nanoTime() + "@example.nl", "Doel",
                Role.PROFESSIONAL, Set.of(denHaag.id()), Language.NL)).account();
        UserAccount inactive = users.create(new UserDraft("inactief-" + System.nanoTime() + "@example.nl", "Inactief",
                Role.OBSERVER, Set.of(), Language.NL)).account();
        inactive = users.deactivate(inactive.id(), inactive.version());
        WorkSession planned = sessions.create(sessionDraft(denHaag));
        WorkSession running = sessions.create(sessionDraft(denHaag));
        running = sessions.start(running.id(), running.version());
        long member = users.find(new UserFilter(DemoUsers.DEN_HAAG, null, false), 0, 1).getFirst().id();
        ActionItem action = outcomes.recordAction(running.agenda().getFirst().id(),
                new ActionDraft("Bestaande actie", member, regions.workspace("den-haag").orElseThrow().organisations()
                        .stream().filter(Organisation::lead).findFirst().orElseThrow().id(),
                        running.startsAt().toLocalDate()));
        WorkSession closed = sessions.create(sessionDraft(denHaag));
        closed = sessions.start(closed.id(), closed.version());
        closed = sessions.close(closed.id(), closed.version(), Set.of(member));
        MinutesCorrection correction = minutes.proposeCorrection(closed.agenda().getFirst().id(), "- Correctie",
                "Aanvulling");
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
        return new Fixture(denHaag, organisation, target, inactive, planned, running, member, action, closed,
                correction, bottleneck, promoted, recognition, comment, hidden, utrecht, facilitator,
                memoised(() -> extras(denHaag, organisation)));
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
            FactsheetVersion draft = factsheets.create(denHaag.id(), factsheetDraft("Concept", List.of(organisation.id())));
            FactsheetVersion submitted = factsheets.create(denHaag.id(), factsheetDraft("Ingediend",
                    List.of(organisation.id())));
            submitted = factsheets.submit(submitted.id(), submitted.version());
            FactsheetVersion published = factsheets.create(denHaag.id(), factsheetDraft("Gepubliceerd",
                    List.of(organisation.id())));
            published = factsheets.submit(published.id(), published.version());
            published = factsheets.publish(published.id(), published.version());
            Document document = documents.add(denHaag.id(), new DocumentDraft("Bestaand verslag", null,
                    PublicationLevel.NATIONAL), documents.receive("verslag.pdf",
                            new java.io.ByteArrayInputStream("%PDF-1.4 verslag".getBytes())));
            StagedUpload staged = documents.receive("nieuw.pdf", new java.io.ByteArrayInputStream("%PDF-1.4 nieuw".getBytes()));
            long analysis = mkba.create(denHaag.id(), analysisDraft("Concept"));
            long stakeholder = mkba.addStakeholder(analysis, new StakeholderDraft("Gemeente", FundingStream.MUNICIPAL_BUDGET));
            long free = mkba.addStakeholder(analysis, new StakeholderDraft("Vrij", FundingStream.OTHER));
            long item = mkba.addItem(analysis, itemDraft(stakeholder));
            long effect = mkba.addEffect(analysis, new EffectDraft("Rust", stakeholder, EffectDirection.POSITIVE));
            long publishedAnalysis = mkba.create(denHaag.id(), analysisDraft("Gepubliceerd"));
            mkba.publish(publishedAnalysis, 0);
            return new Extras(draft, submitted, published, document, staged,
                    new Analyses(analysis, stakeholder, free, item, effect, publishedAnalysis, 1));
        } finally {
            TestSecurityContextHolder.setContext(caller);
        }
    }
}
