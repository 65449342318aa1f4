package nl.geboortezorg.werkplaats.regions;

import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.analysisDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.bottleneckDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.factsheetDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.itemDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.sessionDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Assessment;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.Quarter;
import nl.geboortezorg.werkplaats.anchoring.Score;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.Comment;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDetail;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefitService;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.StakeholderDraft;
import nl.geboortezorg.werkplaats.mkba.model.FundingStream;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.security.RegionArchivedException;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.Fixture;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * An archived region is read-only for everyone: each kind of write that belongs to the region
 * (its sessions and what they record, its bottlenecks and recognitions, documents, factsheets,
 * analyses and assessments) is refused as archived, while all of it stays readable; facilitators
 * still moderate comments and keep the national agenda; un-archiving opens it to writes again.
 * Den Haag, with a fresh set of content, is the region archived.
 */
@IntegrationTest
@Transactional
class ArchivedRegionTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    RegionService regions;

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
    DocumentService documents;

    @Autowired
    FactsheetService factsheets;

    @Autowired
    CostBenefitService costBenefit;

    @Autowired
    AnalysisLifecycleService lifecycle;

    @Autowired
    AnalysisPartsService parts;

    @Autowired
    BlockedBenefitService blockedBenefits;

    @Autowired
    AnchoringService anchoring;

    /** Den Haag's content, made while it was active, and the region as archiving left it. */
    private record Archived(Fixture content, Bottleneck inUtrecht, Assessment assessment, Region region) {}

    /** One write, by someone who could make it while the region was active. */
    private record Write(String what, String who, Runnable call) {}

    private Archived archiveDenHaagWithContent() {
        Fixture content = new ServiceFixtures(context).make();
        content.draft(); // the factsheets, documents and analyses, made now while the region is active
        Bottleneck inUtrecht = bottlenecks.raise(content.utrecht(), bottleneckDraft("Knelpunt in Utrecht"));
        SignIn.as(users, DemoUsers.DEN_HAAG);
        Assessment assessment = anchoring.save(content.denHaag().id(), anchoring.currentQuarter(), null, scores(3));
        SignIn.as(users, DemoUsers.ADMIN);
        Region region = regions.archiveRegion(
                content.denHaag().id(),
                regions.workspace("den-haag").orElseThrow().region().version());
        return new Archived(content, inUtrecht, assessment, region);
    }

    private long leadOrganisation() {
        return regions.workspace("den-haag")
                .orElseThrow()
                .leadOrganisation()
                .orElseThrow()
                .id();
    }

    private static List<Score> scores(int score) {
        return Arrays.stream(Dimension.values())
                .map(dimension -> new Score(dimension, score, ""))
                .toList();
    }

    @Test
    void every_kind_of_write_in_an_archived_region_is_refused_as_archived() {
        Archived archived = archiveDenHaagWithContent();
        Fixture f = archived.content();
        long denHaag = f.denHaag().id();
        AgendaItem running = f.running().agenda().getFirst();
        long lead = leadOrganisation();
        String facilitator = DemoUsers.FACILITATOR;
        String member = DemoUsers.DEN_HAAG;
        String utrecht = DemoUsers.UTRECHT;
        List<Write> writes = List.of(
                // sessions: planning, running, closing, and what they record
                new Write("plan a session", facilitator, () -> sessions.create(sessionDraft(f.denHaag()))),
                new Write(
                        "change a planned session",
                        facilitator,
                        () -> sessions.update(f.planned().id(), f.planned().version(), sessionDraft(f.denHaag()))),
                new Write(
                        "start a session",
                        facilitator,
                        () -> sessions.start(f.planned().id(), f.planned().version())),
                new Write(
                        "cancel a session",
                        facilitator,
                        () -> sessions.cancel(f.planned().id(), f.planned().version())),
                new Write(
                        "close a session with its attendance",
                        facilitator,
                        () -> sessions.close(f.running().id(), f.running().version(), Set.of(f.member()))),
                new Write(
                        "write live notes",
                        member,
                        () -> sessions.saveNotes(running.id(), running.notesVersion(), "- Nog een notitie")),
                new Write("record a decision", facilitator, () -> outcomes.recordDecision(running.id(), "Besluit")),
                new Write(
                        "record an action",
                        facilitator,
                        () -> outcomes.recordAction(
                                running.id(),
                                new ActionDraft(
                                        "Nieuwe actie",
                                        f.member(),
                                        lead,
                                        f.action().dueDate()))),
                new Write(
                        "the owner updates the status of their own action",
                        member,
                        () -> outcomes.setActionStatus(
                                f.action().id(), f.action().version(), ActionStatus.DONE)),
                new Write(
                        "update the status of an action as a facilitator",
                        facilitator,
                        () -> outcomes.setActionStatus(
                                f.action().id(), f.action().version(), ActionStatus.DONE)),
                new Write(
                        "edit a decision",
                        facilitator,
                        () -> outcomes.updateDecision(
                                f.decision().id(), f.decision().version(), "Ander besluit")),
                new Write(
                        "edit an action",
                        member,
                        () -> outcomes.updateAction(
                                f.action().id(),
                                f.action().version(),
                                new ActionDraft(
                                        "Andere actie",
                                        f.member(),
                                        lead,
                                        f.action().dueDate()))),
                new Write(
                        "propose a correction of the minutes",
                        facilitator,
                        () -> minutes.proposeCorrection(
                                f.closed().agenda().getFirst().id(), "- Anders besproken", "Aanvulling")),
                new Write(
                        "accept a correction",
                        facilitator,
                        () -> minutes.acceptCorrection(
                                f.correction().id(), f.correction().version(), null)),
                new Write(
                        "reject a correction",
                        facilitator,
                        () -> minutes.rejectCorrection(
                                f.correction().id(), f.correction().version(), "Niet zo besproken")),
                // the workspace
                new Write(
                        "add an organisation",
                        member,
                        () -> regions.addOrganisation(
                                denHaag, new OrganisationDraft("Nieuw in het archief", OrganisationType.OTHER))),
                new Write(
                        "change an organisation",
                        member,
                        () -> regions.updateOrganisation(
                                f.organisation().id(),
                                f.organisation().version(),
                                new OrganisationDraft("Andere naam", OrganisationType.OTHER))),
                new Write(
                        "remove an organisation",
                        member,
                        () -> regions.removeOrganisation(
                                f.organisation().id(), f.organisation().version())),
                new Write(
                        "mark the lead organisation",
                        facilitator,
                        () -> regions.markLead(
                                f.organisation().id(), f.organisation().version())),
                // bottlenecks and recognitions, of and by the region
                new Write(
                        "raise a bottleneck",
                        member,
                        () -> bottlenecks.raise(denHaag, bottleneckDraft("In het archief"))),
                new Write(
                        "change a bottleneck",
                        member,
                        () -> bottlenecks.update(
                                f.bottleneck().id(), f.bottleneck().version(), bottleneckDraft("Andere titel"))),
                new Write(
                        "recognise another region's bottleneck for the archived region",
                        member,
                        () -> bottlenecks.recognise(archived.inUtrecht().id(), denHaag, "Ook in Den Haag")),
                new Write(
                        "recognise the archived region's bottleneck",
                        utrecht,
                        () -> bottlenecks.recognise(f.promoted().id(), f.utrecht(), "Ook in Utrecht")),
                new Write(
                        "withdraw the region's bottleneck",
                        member,
                        () -> bottlenecks.withdraw(
                                f.bottleneck().id(), f.bottleneck().version(), "Ingetrokken")),
                new Write(
                        "withdraw the region's bottleneck as a facilitator",
                        facilitator,
                        () -> bottlenecks.withdraw(
                                f.bottleneck().id(), f.bottleneck().version(), "Ingetrokken")),
                new Write(
                        "withdraw a recognition of the archived region's bottleneck",
                        utrecht,
                        () -> bottlenecks.withdrawRecognition(f.recognition().id())),
                // documents
                new Write(
                        "add a document",
                        member,
                        () -> documents.add(
                                denHaag,
                                new DocumentDraft("Nieuw verslag", null, PublicationLevel.REGION),
                                f.staged())),
                new Write(
                        "change a document",
                        member,
                        () -> documents.update(
                                f.document().id(),
                                f.document().version(),
                                new DocumentDraft("Andere titel", null, PublicationLevel.REGION))),
                new Write(
                        "replace a document's file",
                        member,
                        () -> documents.replaceFile(
                                f.document().id(), f.document().version(), f.staged())),
                new Write(
                        "remove a document",
                        member,
                        () -> documents.remove(f.document().id(), f.document().version())),
                new Write(
                        "link a document to the region's bottleneck",
                        member,
                        () -> documents.link(
                                f.document().id(),
                                LinkTarget.bottleneck(f.bottleneck().id()))),
                new Write(
                        "link a document to the region's session",
                        facilitator,
                        () -> documents.link(
                                f.document().id(),
                                LinkTarget.session(f.running().id()))),
                new Write(
                        "unlink a document from the region's factsheet",
                        member,
                        () -> documents.unlink(
                                f.document().id(),
                                LinkTarget.factsheet(f.draft().factsheetId()))),
                // factsheets, written by the region and reviewed by facilitators
                new Write("write a factsheet", member, () -> factsheets.create(denHaag, factsheetDraft("Nieuw"))),
                new Write(
                        "save a factsheet",
                        member,
                        () -> factsheets.save(f.draft().id(), f.draft().version(), factsheetDraft("Andere titel"))),
                new Write(
                        "revise a published factsheet",
                        member,
                        () -> factsheets.startRevision(f.published().factsheetId())),
                new Write(
                        "submit a factsheet",
                        member,
                        () -> factsheets.submit(f.draft().id(), f.draft().version())),
                new Write(
                        "return a factsheet to its writers",
                        facilitator,
                        () -> factsheets.returnToWriters(
                                f.submitted().id(), f.submitted().version(), "Graag aanvullen")),
                new Write(
                        "publish a factsheet",
                        facilitator,
                        () -> factsheets.publish(
                                f.submitted().id(), f.submitted().version())),
                new Write(
                        "delete a draft factsheet",
                        member,
                        () -> factsheets.deleteDraft(f.draft().id(), f.draft().version())),
                new Write(
                        "withdraw a published factsheet",
                        facilitator,
                        () -> factsheets.withdraw(
                                f.published().id(), f.published().version(), "Verouderd")),
                // cost-benefit analyses
                new Write("start an analysis", member, () -> lifecycle.create(denHaag, analysisDraft("Nieuw"))),
                new Write(
                        "change an analysis",
                        member,
                        () -> lifecycle.updateHeading(
                                f.mkba().draft(), f.mkba().draftVersion(), analysisDraft("Andere titel"))),
                new Write(
                        "publish an analysis",
                        member,
                        () -> lifecycle.publish(f.mkba().draft(), f.mkba().draftVersion())),
                new Write(
                        "withdraw an analysis",
                        member,
                        () -> lifecycle.withdraw(f.mkba().published(), f.mkba().publishedVersion())),
                new Write(
                        "delete an analysis",
                        member,
                        () -> lifecycle.delete(f.mkba().draft(), f.mkba().draftVersion())),
                new Write(
                        "copy an analysis as a scenario",
                        member,
                        () -> lifecycle.copyAsScenario(f.mkba().draft(), "Scenario")),
                new Write(
                        "add a stakeholder",
                        member,
                        () -> parts.addStakeholder(
                                f.mkba().draft(), new StakeholderDraft("Zorgverzekeraar", FundingStream.OTHER))),
                new Write(
                        "change a line item",
                        member,
                        () -> parts.updateItem(
                                f.mkba().draft(),
                                f.mkba().item(),
                                0,
                                itemDraft(f.mkba().stakeholder()))),
                new Write(
                        "remove an effect",
                        member,
                        () -> parts.removeEffect(f.mkba().draft(), f.mkba().effect(), 0)),
                new Write(
                        "mark a benefit blocked by the region's bottleneck",
                        member,
                        () -> blockedBenefits.block(
                                f.bottleneck().id(), f.mkba().item())),
                // anchoring
                new Write(
                        "score the anchoring",
                        member,
                        () -> anchoring.save(
                                denHaag,
                                archived.assessment().quarter(),
                                archived.assessment().version(),
                                scores(4))));

        for (Write write : writes) {
            SignIn.as(users, write.who());
            assertThatThrownBy(write.call()::run)
                    .as(write.what() + " (" + write.who() + ")")
                    .isInstanceOf(RegionArchivedException.class)
                    .satisfies(refusal -> assertThat(((RegionArchivedException) refusal).regionId())
                            .isEqualTo(denHaag));
        }
        // a comment is refused in place, on its field
        SignIn.as(users, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> bottlenecks.comment(f.bottleneck().id(), "Herkenbaar"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("body", RegionArchivedException.MESSAGE_KEY)));
        // and nothing was written on the way
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(bottlenecks
                        .detail(f.bottleneck().id())
                        .orElseThrow()
                        .bottleneck()
                        .title())
                .isEqualTo("Bestaand knelpunt");
        assertThat(sessions.get(f.planned().id()).orElseThrow().state()).isEqualTo(SessionState.PLANNED);
    }

    @Test
    void everything_in_an_archived_region_stays_readable_to_those_who_read_it_before() {
        Archived archived = archiveDenHaagWithContent();
        Fixture f = archived.content();
        SignIn.as(users, DemoUsers.DEN_HAAG);

        assertThat(regions.workspace("den-haag").orElseThrow().organisations()).isNotEmpty();
        assertThat(bottlenecks.detail(f.bottleneck().id())).isPresent();
        assertThat(sessions.get(f.running().id())).isPresent();
        assertThat(outcomes.outcomes(f.running().id()).orElseThrow().actions())
                .extracting(ActionItem::id)
                .contains(f.action().id());
        assertThat(minutes.minutes(f.closed().id())).isPresent();
        assertThat(documents.get(f.document().id())).isPresent();
        assertThat(documents.fileVersions(f.document().id())).hasSize(1);
        assertThat(documents.downloadVersion(f.document().id(), 1)).hasValueSatisfying(file -> {
            try {
                file.content().close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // the work in progress too, which only the region's writers read: they still do, but change nothing
        FactsheetDetail factsheet = factsheets.detail(f.draft().factsheetId()).orElseThrow();
        assertThat(factsheet.working()).isNotNull();
        assertThat(factsheet.mayEdit()).isFalse();
        assertThat(factsheets.version(f.draft().id())).isPresent();
        AnalysisDetail analysis = costBenefit.detail(f.mkba().draft()).orElseThrow();
        assertThat(analysis.items()).isNotEmpty();
        assertThat(analysis.mayWrite()).isFalse();
        assertThat(anchoring.assessment(f.denHaag().id(), archived.assessment().quarter()))
                .isPresent();
        assertThat(anchoring.trend(f.denHaag().id())).isNotEmpty();

        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThat(factsheets.detail(f.submitted().factsheetId()).orElseThrow().mayReview())
                .isFalse();
        assertThat(sessions.mayWriteNotes(f.running().id())).isFalse();
        assertThat(outcomes.outcomes(f.running().id()).orElseThrow().mayRecord())
                .isFalse();
    }

    @Test
    void facilitators_still_moderate_comments_and_keep_the_national_agenda_of_an_archived_region() {
        Archived archived = archiveDenHaagWithContent();
        Fixture f = archived.content();
        SignIn.as(users, DemoUsers.FACILITATOR);

        Comment hidden = bottlenecks.hideComment(f.comment().id(), f.comment().version(), "Bevat een naam");
        assertThat(hidden.hidden()).isTrue();
        Comment shown = bottlenecks.showComment(
                f.hiddenComment().id(), f.hiddenComment().version());
        assertThat(shown.hidden()).isFalse();
        Bottleneck reviewed = agenda.changeStatus(
                f.bottleneck().id(), f.bottleneck().version(), BottleneckStatus.UNDER_REVIEW, "Landelijk opgepakt");
        assertThat(reviewed.status()).isEqualTo(BottleneckStatus.UNDER_REVIEW);
    }

    @Test
    void an_author_no_longer_edits_a_comment_in_an_archived_region_but_facilitators_correct_and_reopen() {
        Fixture f = new ServiceFixtures(context).make();
        Bottleneck closed = f.closedBottleneck();
        SignIn.as(users, DemoUsers.UTRECHT);
        Comment own = bottlenecks.comment(f.bottleneck().id(), "Herkenbaar voor Utrecht");
        SignIn.as(users, DemoUsers.ADMIN);
        regions.archiveRegion(
                f.denHaag().id(),
                regions.workspace("den-haag").orElseThrow().region().version());

        SignIn.as(users, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> bottlenecks.editComment(own.id(), own.version(), "Gecorrigeerd", null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("body", RegionArchivedException.MESSAGE_KEY)));
        assertThat(bottlenecks.detail(f.bottleneck().id()).orElseThrow().comments())
                .filteredOn(c -> c.id() == own.id())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.mayEdit()).isFalse();
                    assertThat(c.body()).isEqualTo("Herkenbaar voor Utrecht");
                });

        SignIn.as(users, DemoUsers.FACILITATOR);
        Comment corrected = bottlenecks.editComment(own.id(), own.version(), "Herkenbaar", "Regionaam eruit gehaald");
        assertThat(corrected.body()).isEqualTo("Herkenbaar");
        Bottleneck reopened = agenda.reopen(closed.id(), closed.version(), "Landelijk weer opgepakt");
        assertThat(reopened.status()).isEqualTo(BottleneckStatus.RAISED);
    }

    @Test
    void unarchiving_opens_the_region_to_writes_again() {
        Archived archived = archiveDenHaagWithContent();
        Fixture f = archived.content();
        SignIn.as(users, DemoUsers.ADMIN);
        regions.unarchiveRegion(archived.region().id(), archived.region().version());

        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(outcomes.setActionStatus(f.action().id(), f.action().version(), ActionStatus.DONE)
                        .status())
                .isEqualTo(ActionStatus.DONE);
        assertThat(bottlenecks
                        .raise(f.denHaag().id(), bottleneckDraft("Weer actief"))
                        .title())
                .isEqualTo("Weer actief");
        assertThat(factsheets
                        .save(f.draft().id(), f.draft().version(), factsheetDraft("Weer bewerkt"))
                        .title())
                .isEqualTo("Weer bewerkt");
        Quarter quarter = archived.assessment().quarter();
        assertThat(anchoring
                        .save(f.denHaag().id(), quarter, archived.assessment().version(), scores(4))
                        .version())
                .isGreaterThan(archived.assessment().version());
        AgendaItem item = f.running().agenda().getFirst();
        assertThat(sessions.saveNotes(item.id(), item.notesVersion(), "- Weer open")
                        .text())
                .isEqualTo("- Weer open");

        SignIn.as(users, DemoUsers.FACILITATOR);
        WorkSession started = sessions.start(f.planned().id(), f.planned().version());
        assertThat(started.state()).isEqualTo(SessionState.IN_PROGRESS);
        assertThat(factsheets
                        .publish(f.submitted().id(), f.submitted().version())
                        .state()
                        .name())
                .isEqualTo("PUBLISHED");
    }

    @Test
    void the_refusal_says_the_region_is_archived_in_both_languages() {
        for (Locale language : List.of(Locale.of("nl"), Locale.ENGLISH)) {
            assertThat(ResourceBundle.getBundle("vaadin-i18n/translations", language)
                            .getString(RegionArchivedException.MESSAGE_KEY))
                    .as(language.toString())
                    .containsIgnoringCase(language.getLanguage().equals("nl") ? "gearchiveerd" : "archived");
        }
    }
}
