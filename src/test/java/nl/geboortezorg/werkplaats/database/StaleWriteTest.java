package nl.geboortezorg.werkplaats.database;

import static nl.geboortezorg.werkplaats.db.Tables.AGENDA_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.ANCHORING_ASSESSMENT;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_COMMENT;
import static nl.geboortezorg.werkplaats.db.Tables.DOCUMENT;
import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET;
import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET_VERSION;
import static nl.geboortezorg.werkplaats.db.Tables.MINUTES_CORRECTION;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_ANALYSIS;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_LINE_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_STAKEHOLDER;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_UNPRICED_EFFECT;
import static nl.geboortezorg.werkplaats.db.Tables.ORGANISATION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_ACTION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_DECISION;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.agendaDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.analysisDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.bottleneckDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.factsheetDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.itemDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.sessionDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Assessment;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.Quarter;
import nl.geboortezorg.werkplaats.anchoring.Score;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.db.DefaultSchema;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.EffectDraft;
import nl.geboortezorg.werkplaats.mkba.StakeholderDraft;
import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;
import nl.geboortezorg.werkplaats.mkba.model.FundingStream;
import nl.geboortezorg.werkplaats.regions.OrganisationDraft;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.Scenarios;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.Fixture;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.VersionedWrites;
import nl.geboortezorg.werkplaats.users.MyProfile;
import nl.geboortezorg.werkplaats.users.ProfileDraft;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserService;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every table that is edited under optimistic locking (a record version in the generated schema,
 * or a version of its own for a part written apart) refuses a stale write through the service
 * that writes it: someone else's write raises the row's version first, the call with the version
 * it read fails with {@link ConcurrentEditException}, and the row is left as the other write left
 * it. A table that gains a version column, or a service method that gains a versioned write, fails
 * this test until it has its scenario here. The fixture is made once, in a transaction rolled back
 * at the end; every scenario is rolled back to a savepoint after it (see {@link Scenarios}), so each
 * finds the fixture as it was made.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaleWriteTest {

    private @Nullable Scenarios rollbacks;

    private @Nullable Fixture shared;

    /** The fixture for one scenario, made (once) in the transaction all scenarios share. */
    private Fixture fixture() {
        if (rollbacks == null) {
            rollbacks = Scenarios.begin(context);
            shared = new ServiceFixtures(context).makeShared();
        }
        return new ServiceFixtures(context).forOneCall(Objects.requireNonNull(shared));
    }

    private void inScenario(java.util.function.Consumer<Fixture> scenario) {
        Fixture fixture = fixture();
        Objects.requireNonNull(rollbacks).run(() -> scenario.accept(fixture));
    }

    /** After each factory's scenarios (JUnit closes the stream), and after all in any case. */
    @AfterAll
    void rollBackTheFixture() {
        if (rollbacks != null) {
            rollbacks.close();
            rollbacks = null;
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService users;

    @Autowired
    RegionService regions;

    @Autowired
    UserService userService;

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
    AnalysisLifecycleService lifecycle;

    @Autowired
    AnalysisPartsService parts;

    @Autowired
    AnchoringService anchoring;

    /**
     * A write of one row by whoever may make it: prepared (the row chosen, or made) as that user,
     * then made with the version read before someone else's write.
     */
    private record Scenario(
            String method, TableField<?, Integer> version, String who, Function<Fixture, StaleCall> prepare) {}

    /** The row a write targets, and the write itself with the version it read. */
    private record StaleCall(long rowId, Runnable write) {}

    /** Versioned tables that no one edits directly, and why. */
    private static final Map<TableField<?, Integer>, String> NOT_EDITED_DIRECTLY = Map.of(
            FACTSHEET.VERSION, "a factsheet changes only through its versions, each written under its own version");

    /** One scenario per service method that writes under a version, so at least one per versioned table. */
    private List<Scenario> scenarios() {
        return Stream.of(
                        new Scenario(
                                "RegionService.updateRegion",
                                REGION.VERSION,
                                DemoUsers.ADMIN,
                                f -> new StaleCall(
                                        f.denHaag().id(),
                                        () -> regions.updateRegion(
                                                f.denHaag().id(),
                                                f.denHaag().version(),
                                                f.denHaag().name(),
                                                "Nieuwe omschrijving"))),
                        new Scenario(
                                "RegionService.updateOrganisation",
                                ORGANISATION.VERSION,
                                DemoUsers.ADMIN,
                                f -> new StaleCall(
                                        f.organisation().id(),
                                        () -> regions.updateOrganisation(
                                                f.organisation().id(),
                                                f.organisation().version(),
                                                new OrganisationDraft("Andere naam", OrganisationType.OTHER)))),
                        new Scenario(
                                "RegionService.archiveRegion",
                                REGION.VERSION,
                                DemoUsers.ADMIN,
                                f -> new StaleCall(
                                        f.denHaag().id(),
                                        () -> regions.archiveRegion(
                                                f.denHaag().id(), f.denHaag().version()))),
                        new Scenario(
                                "RegionService.markLead",
                                ORGANISATION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.organisation().id(),
                                        () -> regions.markLead(
                                                f.organisation().id(),
                                                f.organisation().version()))),
                        new Scenario(
                                "UserService.update",
                                APP_USER.VERSION,
                                DemoUsers.ADMIN,
                                f -> new StaleCall(
                                        f.target().id(),
                                        () -> userService.update(
                                                f.target().id(),
                                                f.target().version(),
                                                new UserDraft(
                                                        null,
                                                        "Andere naam",
                                                        Role.PROFESSIONAL,
                                                        Set.of(f.denHaag().id()),
                                                        Language.NL)))),
                        new Scenario(
                                "WorkSessionService.update",
                                WORK_SESSION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.planned().id(),
                                        () -> sessions.update(
                                                f.planned().id(), f.planned().version(), sessionDraft(f.denHaag())))),
                        new Scenario(
                                "WorkSessionService.saveNotes", AGENDA_ITEM.NOTES_VERSION, DemoUsers.FACILITATOR, f -> {
                                    AgendaItem item = f.running().agenda().getFirst();
                                    return new StaleCall(
                                            item.id(),
                                            () -> sessions.saveNotes(item.id(), item.notesVersion(), "- Mijn notitie"));
                                }),
                        new Scenario(
                                "SessionOutcomeService.setActionStatus",
                                SESSION_ACTION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.action().id(),
                                        () -> outcomes.setActionStatus(
                                                f.action().id(), f.action().version(), ActionStatus.DONE))),
                        new Scenario(
                                "SessionOutcomeService.updateAction",
                                SESSION_ACTION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.action().id(),
                                        () -> outcomes.updateAction(
                                                f.action().id(),
                                                f.action().version(),
                                                new ActionDraft(
                                                        "Gewijzigde actie",
                                                        f.action().ownerId(),
                                                        f.action().organisationId(),
                                                        f.action().dueDate())))),
                        new Scenario(
                                "SessionOutcomeService.updateDecision",
                                SESSION_DECISION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.decision().id(),
                                        () -> outcomes.updateDecision(
                                                f.decision().id(), f.decision().version(), "Gewijzigd besluit"))),
                        new Scenario(
                                "MinutesService.acceptCorrection",
                                MINUTES_CORRECTION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.correction().id(),
                                        () -> minutes.acceptCorrection(
                                                f.correction().id(),
                                                f.correction().version(),
                                                null))),
                        new Scenario(
                                "BottleneckService.update",
                                BOTTLENECK.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.bottleneck().id(),
                                        () -> bottlenecks.update(
                                                f.bottleneck().id(),
                                                f.bottleneck().version(),
                                                bottleneckDraft("Andere titel")))),
                        new Scenario(
                                "BottleneckService.hideComment",
                                BOTTLENECK_COMMENT.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.comment().id(),
                                        () -> bottlenecks.hideComment(
                                                f.comment().id(), f.comment().version(), "Bevat een naam"))),
                        new Scenario(
                                "FactsheetService.save",
                                FACTSHEET_VERSION.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.draft().id(),
                                        () -> factsheets.save(
                                                f.draft().id(), f.draft().version(), factsheetDraft("Andere titel")))),
                        new Scenario(
                                "DocumentService.update",
                                DOCUMENT.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.document().id(),
                                        () -> documents.update(
                                                f.document().id(),
                                                f.document().version(),
                                                new DocumentDraft("Andere titel", null, PublicationLevel.REGION)))),
                        new Scenario(
                                "AnalysisLifecycleService.updateHeading",
                                MKBA_ANALYSIS.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.mkba().draft(),
                                        () -> lifecycle.updateHeading(
                                                f.mkba().draft(),
                                                f.mkba().draftVersion(),
                                                analysisDraft("Andere titel")))),
                        new Scenario(
                                "AnalysisPartsService.updateStakeholder",
                                MKBA_STAKEHOLDER.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.mkba().stakeholder(),
                                        () -> parts.updateStakeholder(
                                                f.mkba().draft(),
                                                f.mkba().stakeholder(),
                                                0,
                                                new StakeholderDraft(
                                                        "Gemeente Den Haag", FundingStream.MUNICIPAL_BUDGET)))),
                        new Scenario(
                                "AnalysisPartsService.updateItem",
                                MKBA_LINE_ITEM.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.mkba().item(),
                                        () -> parts.updateItem(
                                                f.mkba().draft(),
                                                f.mkba().item(),
                                                0,
                                                itemDraft(f.mkba().stakeholder())))),
                        new Scenario(
                                "AnalysisPartsService.updateEffect",
                                MKBA_UNPRICED_EFFECT.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.mkba().effect(),
                                        () -> parts.updateEffect(
                                                f.mkba().draft(),
                                                f.mkba().effect(),
                                                0,
                                                new EffectDraft(
                                                        "Meer rust",
                                                        f.mkba().stakeholder(),
                                                        EffectDirection.POSITIVE)))),
                        new Scenario("AnchoringService.save", ANCHORING_ASSESSMENT.VERSION, DemoUsers.DEN_HAAG, f -> {
                            Quarter quarter = anchoring.currentQuarter();
                            Assessment read = anchoring
                                    .assessment(f.denHaag().id(), quarter)
                                    .orElseGet(() -> anchoring.save(f.denHaag().id(), quarter, null, scores(3)));
                            return new StaleCall(
                                    read.id(),
                                    () -> anchoring.save(f.denHaag().id(), quarter, read.version(), scores(4)));
                        }),
                        new Scenario("RegionService.unarchiveRegion", REGION.VERSION, DemoUsers.ADMIN, f -> {
                            Region archived = regions.archiveRegion(
                                    f.denHaag().id(), f.denHaag().version());
                            return new StaleCall(
                                    archived.id(), () -> regions.unarchiveRegion(archived.id(), archived.version()));
                        }),
                        new Scenario(
                                "RegionService.removeOrganisation",
                                ORGANISATION.VERSION,
                                DemoUsers.ADMIN,
                                f -> new StaleCall(
                                        f.organisation().id(),
                                        () -> regions.removeOrganisation(
                                                f.organisation().id(),
                                                f.organisation().version()))),
                        new Scenario(
                                "UserService.deactivate",
                                APP_USER.VERSION,
                                DemoUsers.ADMIN,
                                f -> new StaleCall(
                                        f.target().id(),
                                        () -> userService.deactivate(
                                                f.target().id(), f.target().version()))),
                        new Scenario(
                                "UserService.reactivate",
                                APP_USER.VERSION,
                                DemoUsers.ADMIN,
                                f -> new StaleCall(
                                        f.inactive().id(),
                                        () -> userService.reactivate(
                                                f.inactive().id(), f.inactive().version()))),
                        new Scenario("UserService.updateMyProfile", APP_USER.VERSION, DemoUsers.DEN_HAAG, f -> {
                            MyProfile mine = userService.myProfile();
                            return new StaleCall(
                                    mine.id(),
                                    () -> userService.updateMyProfile(
                                            mine.version(),
                                            new ProfileDraft("Andere naam", "Verloskundige", OrganisationType.OTHER)));
                        }),
                        new Scenario(
                                "WorkSessionService.start",
                                WORK_SESSION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.planned().id(),
                                        () -> sessions.start(
                                                f.planned().id(), f.planned().version()))),
                        new Scenario(
                                "WorkSessionService.cancel",
                                WORK_SESSION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.planned().id(),
                                        () -> sessions.cancel(
                                                f.planned().id(), f.planned().version()))),
                        new Scenario(
                                "WorkSessionService.close",
                                WORK_SESSION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.running().id(),
                                        () -> sessions.close(
                                                f.running().id(), f.running().version(), Set.of(f.member())))),
                        new Scenario(
                                "MinutesService.rejectCorrection",
                                MINUTES_CORRECTION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.correction().id(),
                                        () -> minutes.rejectCorrection(
                                                f.correction().id(),
                                                f.correction().version(),
                                                "Niet zo besproken"))),
                        new Scenario(
                                "BottleneckService.editComment",
                                BOTTLENECK_COMMENT.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.comment().id(),
                                        () -> bottlenecks.editComment(
                                                f.comment().id(),
                                                f.comment().version(),
                                                "Zonder naam",
                                                "Naam verwijderd"))),
                        new Scenario(
                                "BottleneckService.withdraw",
                                BOTTLENECK.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.bottleneck().id(),
                                        () -> bottlenecks.withdraw(
                                                f.bottleneck().id(),
                                                f.bottleneck().version(),
                                                "Al opgelost"))),
                        new Scenario(
                                "NationalAgendaService.reopen",
                                BOTTLENECK.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.closedBottleneck().id(),
                                        () -> agenda.reopen(
                                                f.closedBottleneck().id(),
                                                f.closedBottleneck().version(),
                                                "Toch binnen de opdracht"))),
                        new Scenario(
                                "BottleneckService.showComment",
                                BOTTLENECK_COMMENT.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.hiddenComment().id(),
                                        () -> bottlenecks.showComment(
                                                f.hiddenComment().id(),
                                                f.hiddenComment().version()))),
                        new Scenario(
                                "NationalAgendaService.changeStatus",
                                BOTTLENECK.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.bottleneck().id(),
                                        () -> agenda.changeStatus(
                                                f.bottleneck().id(),
                                                f.bottleneck().version(),
                                                BottleneckStatus.UNDER_REVIEW,
                                                "In behandeling"))),
                        new Scenario(
                                "NationalAgendaService.promote",
                                BOTTLENECK.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.bottleneck().id(),
                                        () -> agenda.promote(
                                                f.bottleneck().id(),
                                                f.bottleneck().version(),
                                                agendaDraft(f.facilitator())))),
                        new Scenario(
                                "NationalAgendaService.updateAgenda",
                                BOTTLENECK.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.promoted().id(),
                                        () -> agenda.updateAgenda(
                                                f.promoted().id(),
                                                f.promoted().version(),
                                                agendaDraft(f.facilitator())))),
                        new Scenario(
                                "NationalAgendaService.recordFollowUp",
                                BOTTLENECK.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.promoted().id(),
                                        () -> agenda.recordFollowUp(
                                                f.promoted().id(),
                                                f.promoted().version(),
                                                "Nagebeld",
                                                "Volgende stap",
                                                LocalDate.now().plusDays(30)))),
                        new Scenario(
                                "FactsheetService.submit",
                                FACTSHEET_VERSION.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.draft().id(),
                                        () -> factsheets.submit(
                                                f.draft().id(), f.draft().version()))),
                        new Scenario(
                                "FactsheetService.returnToWriters",
                                FACTSHEET_VERSION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.submitted().id(),
                                        () -> factsheets.returnToWriters(
                                                f.submitted().id(),
                                                f.submitted().version(),
                                                "Graag aanvullen"))),
                        new Scenario(
                                "FactsheetService.publish",
                                FACTSHEET_VERSION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.submitted().id(),
                                        () -> factsheets.publish(
                                                f.submitted().id(),
                                                f.submitted().version()))),
                        new Scenario(
                                "FactsheetService.deleteDraft",
                                FACTSHEET_VERSION.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.draft().id(),
                                        () -> factsheets.deleteDraft(
                                                f.draft().id(), f.draft().version()))),
                        new Scenario(
                                "FactsheetService.withdraw",
                                FACTSHEET_VERSION.VERSION,
                                DemoUsers.FACILITATOR,
                                f -> new StaleCall(
                                        f.published().id(),
                                        () -> factsheets.withdraw(
                                                f.published().id(),
                                                f.published().version(),
                                                "Verouderd"))),
                        new Scenario(
                                "DocumentService.replaceFile",
                                DOCUMENT.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.document().id(),
                                        () -> documents.replaceFile(
                                                f.document().id(), f.document().version(), f.staged()))),
                        new Scenario(
                                "DocumentService.remove",
                                DOCUMENT.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.document().id(),
                                        () -> documents.remove(
                                                f.document().id(), f.document().version()))),
                        new Scenario(
                                "AnalysisLifecycleService.publish",
                                MKBA_ANALYSIS.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.mkba().draft(),
                                        () -> lifecycle.publish(
                                                f.mkba().draft(), f.mkba().draftVersion()))),
                        new Scenario(
                                "AnalysisLifecycleService.withdraw",
                                MKBA_ANALYSIS.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.mkba().published(),
                                        () -> lifecycle.withdraw(
                                                f.mkba().published(), f.mkba().publishedVersion()))),
                        new Scenario(
                                "AnalysisLifecycleService.delete",
                                MKBA_ANALYSIS.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.mkba().draft(),
                                        () -> lifecycle.delete(
                                                f.mkba().draft(), f.mkba().draftVersion()))),
                        new Scenario(
                                "AnalysisPartsService.removeStakeholder",
                                MKBA_STAKEHOLDER.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.mkba().freeStakeholder(),
                                        () -> parts.removeStakeholder(
                                                f.mkba().draft(), f.mkba().freeStakeholder(), 0))),
                        new Scenario(
                                "AnalysisPartsService.removeItem",
                                MKBA_LINE_ITEM.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.mkba().item(),
                                        () -> parts.removeItem(
                                                f.mkba().draft(), f.mkba().item(), 0))),
                        new Scenario(
                                "AnalysisPartsService.removeEffect",
                                MKBA_UNPRICED_EFFECT.VERSION,
                                DemoUsers.DEN_HAAG,
                                f -> new StaleCall(
                                        f.mkba().effect(),
                                        () -> parts.removeEffect(
                                                f.mkba().draft(), f.mkba().effect(), 0))))
                .toList();
    }

    private static List<Score> scores(int score) {
        return Arrays.stream(Dimension.values())
                .map(d -> new Score(d, score, ""))
                .toList();
    }

    /** The record version of every table, as the code generator declared it, and the versions of parts. */
    private static List<TableField<?, Integer>> versionedColumns() {
        Stream<TableField<?, Integer>> recordVersions = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .map(Table::getRecordVersion)
                .filter(java.util.Objects::nonNull)
                .map(StaleWriteTest::integerField);
        return Stream.concat(recordVersions, Stream.of(AGENDA_ITEM.NOTES_VERSION))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static TableField<?, Integer> integerField(TableField<?, ?> field) {
        assertThat(field.getType()).as(field.getQualifiedName().toString()).isEqualTo(Integer.class);
        return (TableField<?, Integer>) field;
    }

    @Test
    void every_versioned_table_has_a_stale_write_scenario() {
        assertThat(versionedColumns()).hasSizeGreaterThanOrEqualTo(16);
        Set<TableField<?, Integer>> covered = new java.util.HashSet<>(
                scenarios().stream().map(Scenario::version).toList());
        covered.addAll(NOT_EDITED_DIRECTLY.keySet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(versionedColumns());
    }

    @Test
    void every_service_method_that_writes_under_a_version_has_a_stale_write_scenario() {
        Set<String> versioned = VersionedWrites.serviceMethods();
        // the walk itself still works: two writes known to go through a versioned update are found
        assertThat(versioned).contains("UserService.updateMyProfile", "WorkSessionService.cancel");
        assertThat(scenarios().stream().map(Scenario::method).distinct())
                .containsExactlyInAnyOrderElementsOf(versioned);
    }

    @TestFactory
    Stream<DynamicTest> a_stale_write_of_each_versioned_table_is_refused_and_changes_nothing() {
        List<Scenario> scenarios = scenarios();
        return java.util.stream.IntStream.range(0, scenarios.size())
                .mapToObj(i -> DynamicTest.dynamicTest(
                        scenarios.get(i).version().getQualifiedName() + " #" + (i + 1),
                        () -> refusesStaleWrite(scenarios.get(i))))
                .onClose(this::rollBackTheFixture);
    }

    private void refusesStaleWrite(Scenario scenario) {
        inScenario(fixture -> {
            SignIn.as(users, scenario.who());
            StaleCall call = scenario.prepare().apply(fixture);
            Table<?> table = scenario.version().getTable();
            Field<Long> id = idOf(table);
            long rowId = call.rowId();
            // Someone else writes the row first.
            assertThat(dsl.update(table)
                            .set(scenario.version(), scenario.version().plus(1))
                            .where(id.eq(rowId))
                            .execute())
                    .isEqualTo(1);
            Map<String, Object> before = row(table, id, rowId);

            assertThatThrownBy(call.write()::run).isInstanceOf(ConcurrentEditException.class);
            assertThat(row(table, id, rowId)).isEqualTo(before);
        });
    }

    /** A change of one part of the fixture's draft analysis, as someone else makes it. */
    private record PartEdit(String method, java.util.function.Consumer<Fixture> edit) {}

    private List<PartEdit> partEdits() {
        return List.of(
                new PartEdit(
                        "addStakeholder",
                        f -> parts.addStakeholder(
                                f.mkba().draft(), new StakeholderDraft("Wijkteam", FundingStream.WMO))),
                new PartEdit(
                        "updateStakeholder",
                        f -> parts.updateStakeholder(
                                f.mkba().draft(),
                                f.mkba().stakeholder(),
                                0,
                                new StakeholderDraft("Gemeente Den Haag", FundingStream.MUNICIPAL_BUDGET))),
                new PartEdit(
                        "removeStakeholder",
                        f -> parts.removeStakeholder(f.mkba().draft(), f.mkba().freeStakeholder(), 0)),
                new PartEdit(
                        "addItem",
                        f -> parts.addItem(f.mkba().draft(), itemDraft(f.mkba().stakeholder()))),
                new PartEdit(
                        "addItems",
                        f -> parts.addItems(
                                f.mkba().draft(), List.of(itemDraft(f.mkba().stakeholder())))),
                new PartEdit(
                        "updateItem",
                        f -> parts.updateItem(
                                f.mkba().draft(),
                                f.mkba().item(),
                                0,
                                itemDraft(f.mkba().stakeholder()))),
                new PartEdit(
                        "removeItem",
                        f -> parts.removeItem(f.mkba().draft(), f.mkba().item(), 0)),
                new PartEdit(
                        "addEffect",
                        f -> parts.addEffect(
                                f.mkba().draft(),
                                new EffectDraft("Meer rust", f.mkba().stakeholder(), EffectDirection.POSITIVE))),
                new PartEdit(
                        "updateEffect",
                        f -> parts.updateEffect(
                                f.mkba().draft(),
                                f.mkba().effect(),
                                0,
                                new EffectDraft("Meer rust", f.mkba().stakeholder(), EffectDirection.POSITIVE))),
                new PartEdit(
                        "removeEffect",
                        f -> parts.removeEffect(f.mkba().draft(), f.mkba().effect(), 0)));
    }

    /**
     * An analysis is what its parts make it: after someone else changed any part, publishing,
     * deleting or changing the heading with the analysis' version read before is refused, and the
     * analysis stays as the other change left it.
     */
    @TestFactory
    Stream<DynamicTest> a_part_edit_by_someone_else_makes_each_analysis_write_with_the_earlier_version_stale() {
        return partEdits().stream()
                .map(edit -> DynamicTest.dynamicTest(
                        "AnalysisPartsService." + edit.method(),
                        () -> inScenario(f -> {
                            long analysis = f.mkba().draft();
                            int read = f.mkba().draftVersion();
                            SignIn.as(users, DemoUsers.FACILITATOR);
                            edit.edit().accept(f);
                            SignIn.as(users, DemoUsers.DEN_HAAG);
                            Map<String, Object> before = row(MKBA_ANALYSIS, MKBA_ANALYSIS.ID, analysis);
                            assertThat(before.get(MKBA_ANALYSIS.VERSION.getName()))
                                    .isEqualTo(read + 1);

                            assertThatThrownBy(() -> lifecycle.publish(analysis, read))
                                    .isInstanceOf(ConcurrentEditException.class);
                            assertThatThrownBy(() ->
                                            lifecycle.updateHeading(analysis, read, analysisDraft("Andere titel")))
                                    .isInstanceOf(ConcurrentEditException.class);
                            assertThatThrownBy(() -> lifecycle.delete(analysis, read))
                                    .isInstanceOf(ConcurrentEditException.class);
                            assertThat(row(MKBA_ANALYSIS, MKBA_ANALYSIS.ID, analysis))
                                    .isEqualTo(before);
                        })))
                .onClose(this::rollBackTheFixture);
    }

    private Map<String, Object> row(Table<?> table, Field<Long> id, long rowId) {
        return dsl.selectFrom(table).where(id.eq(rowId)).fetchSingle().intoMap();
    }

    private static Field<Long> idOf(Table<?> table) {
        Field<?> id = table.field(DSL.name("id"));
        assertThat(id).as(table.getName() + ".id").isNotNull();
        return id.coerce(Long.class);
    }
}
