package nl.geboortezorg.werkplaats.security;

import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.analysisDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.itemDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.sessionDraft;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.Score;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.audit.PersonalDataWarnings;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSort;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.common.PersonalData;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentFilter;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.FileType;
import nl.geboortezorg.werkplaats.documents.StagedUpload;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDraft;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFilter;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.KeyFigure;
import nl.geboortezorg.werkplaats.mkba.AnalysisDraft;
import nl.geboortezorg.werkplaats.mkba.AnalysisFilter;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefitService;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.EffectDraft;
import nl.geboortezorg.werkplaats.mkba.StakeholderDraft;
import nl.geboortezorg.werkplaats.mkba.model.Confidence;
import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;
import nl.geboortezorg.werkplaats.mkba.model.FundingStream;
import nl.geboortezorg.werkplaats.regions.OrganisationDraft;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionDraft;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.search.SearchService;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.Accounts;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.HostileValues;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every service method that accepts text gets every generated hostile value (see
 * {@link HostileValues}) in its text parameters (all of a call's text fields at once, except where
 * one field refuses nearly everything, such as an e-mail address or a web address, which then gets
 * its own run), as the admin, who may call all of them.
 * Each value is either accepted, or refused with a {@link ValidationException} whose every problem
 * names a field and a message that exists in Dutch and in English. Anything else (a database
 * error, a runtime exception, a stale version because an earlier refusal half-wrote something) is
 * a defect. The fixture is made once, in a transaction rolled back at the end; each method's run
 * is rolled back to a savepoint afterwards (see {@link Scenarios}), so each finds the fixture as it
 * was made.
 */
@IntegrationTest
class HostileServiceInputTest extends SharedFixtureScenarios {

    @FunctionalInterface
    interface TextCall {
        /** Calls with the value; returns the item's new version for calls that change a versioned item. */
        Integer on(Fixture f, HostileServiceInputTest t, String value, int version) throws Exception;
    }

    /** A call and, for versioned items, the version the fixture starts with. */
    record Entry(TextCall call, java.util.function.ToIntFunction<Fixture> firstVersion) {}

    private static final Map<String, Entry> CALLS = new LinkedHashMap<>();

    private static void text(String name, TextCall call) {
        CALLS.put(name, new Entry(call, f -> 0));
    }

    private static void versioned(String name, java.util.function.ToIntFunction<Fixture> first, TextCall call) {
        CALLS.put(name, new Entry(call, first));
    }

    static {
        // regions
        text("RegionService.workspace", (f, t, v, n) -> none(t.regions.workspace(v)));
        text(
                "RegionService.addOrganisation",
                (f, t, v, n) -> none(
                        t.regions.addOrganisation(f.denHaag().id(), new OrganisationDraft(v, OrganisationType.OTHER))));
        versioned(
                "RegionService.updateOrganisation",
                f -> f.organisation().version(),
                (f, t, v, n) -> t.regions
                        .updateOrganisation(f.organisation().id(), n, new OrganisationDraft(v, OrganisationType.OTHER))
                        .version());
        versioned(
                "RegionService.updateRegion",
                f -> f.denHaag().version(),
                (f, t, v, n) ->
                        t.regions.updateRegion(f.denHaag().id(), n, v, v).version());
        text(
                "RegionService.createRegion(name)",
                (f, t, v, n) -> none(t.regions.createRegion(new RegionDraft(v, null, v))));
        text(
                "RegionService.createRegion(code)",
                (f, t, v, n) -> none(t.regions.createRegion(new RegionDraft("Regio " + System.nanoTime(), v, null))));
        // users
        text("UserService.find", (f, t, v, n) -> none(t.users.find(new UserFilter(v, null, true), 0, 10)));
        text("UserService.count", (f, t, v, n) -> none(t.users.count(new UserFilter(v, null, true))));
        text(
                "UserService.create(email)",
                (f, t, v, n) -> none(t.users.create(new UserDraft(
                        v, "Naam", Role.PROFESSIONAL, Set.of(f.denHaag().id()), Language.NL))));
        text(
                "UserService.create(name)",
                (f, t, v, n) -> none(t.users.create(new UserDraft(
                        "vijandig-" + System.nanoTime() + "@example.nl",
                        v,
                        Role.PROFESSIONAL,
                        Set.of(f.denHaag().id()),
                        Language.NL))));
        versioned(
                "UserService.update",
                f -> f.target().version(),
                (f, t, v, n) -> t.users
                        .update(
                                f.target().id(),
                                n,
                                new UserDraft(
                                        null,
                                        v,
                                        Role.PROFESSIONAL,
                                        Set.of(f.denHaag().id()),
                                        Language.NL))
                        .version());
        text("UserService.changeMyPassword(current)", (f, t, v, n) -> {
            t.users.changeMyPassword(v, "een-nieuw-wachtwoord");
            return null;
        });
        text("UserService.changeMyPassword(new)", (f, t, v, n) -> {
            t.users.changeMyPassword(DemoUsers.PASSWORD, v);
            return null;
        });
        text(
                "UserService.updateMyProfile(name)",
                (f, t, v, n) -> t.users
                        .updateMyProfile(t.users.myProfile().version(), new ProfileDraft(v, null, null))
                        .version());
        text(
                "UserService.updateMyProfile(jobTitle)",
                (f, t, v, n) -> t.users
                        .updateMyProfile(t.users.myProfile().version(), new ProfileDraft("Naam", v, null))
                        .version());
        text("UserService.requestEmailChange", (f, t, v, n) -> none(t.users.requestEmailChange(v)));
        // links by e-mail, without signing in
        text("AccountLinkService.requestPasswordReset", (f, t, v, n) -> {
            t.accountLinks.requestPasswordReset(v);
            return null;
        });
        text("AccountLinkService.check", (f, t, v, n) -> none(t.accountLinks.check(v)));
        text(
                "AccountLinkService.choosePassword(token)",
                (f, t, v, n) -> none(t.accountLinks.choosePassword(v, "een-goed-wachtwoord", "een-goed-wachtwoord")));
        text(
                "AccountLinkService.choosePassword(password)",
                (f, t, v, n) -> none(t.accountLinks.choosePassword(
                        Accounts.token(t.users.sendPasswordReset(f.target().id())), v, v)));
        text("AccountLinkService.confirmEmailChange", (f, t, v, n) -> none(t.accountLinks.confirmEmailChange(v)));
        // sessions
        versioned(
                "WorkSessionService.saveNotes",
                f -> f.running().agenda().getFirst().notesVersion(),
                (f, t, v, n) -> t.sessions
                        .saveNotes(f.running().agenda().getFirst().id(), n, v)
                        .version());
        text("WorkSessionService.create", (f, t, v, n) -> none(t.sessions.create(session(f, v, v, null, v))));
        text(
                "WorkSessionService.create(link)",
                (f, t, v, n) -> none(t.sessions.create(session(f, "Sessie", null, v, "Punt"))));
        versioned(
                "WorkSessionService.update",
                f -> f.planned().version(),
                (f, t, v, n) -> t.sessions
                        .update(f.planned().id(), n, session(f, v, v, null, v))
                        .version());
        text(
                "SessionOutcomeService.recordDecision",
                (f, t, v, n) -> none(t.outcomes.recordDecision(
                        f.running().agenda().getFirst().id(), v)));
        text(
                "SessionOutcomeService.recordAction",
                (f, t, v, n) -> none(t.outcomes.recordAction(
                        f.running().agenda().getFirst().id(),
                        new ActionDraft(
                                v,
                                f.member(),
                                f.organisation().id(),
                                DutchTime.date(f.running().startsAt())))));
        versioned(
                "SessionOutcomeService.updateDecision",
                f -> f.decision().version(),
                (f, t, v, n) ->
                        t.outcomes.updateDecision(f.decision().id(), n, v).version());
        versioned(
                "SessionOutcomeService.updateAction",
                f -> f.action().version(),
                (f, t, v, n) -> t.outcomes
                        .updateAction(
                                f.action().id(),
                                n,
                                new ActionDraft(
                                        v,
                                        f.member(),
                                        f.organisation().id(),
                                        DutchTime.date(f.running().startsAt())))
                        .version());
        text(
                "MinutesService.proposeCorrection",
                (f, t, v, n) -> none(t.minutes.proposeCorrection(
                        f.closed().agenda().getFirst().id(), v, v)));
        versioned(
                "MinutesService.rejectCorrection",
                f -> f.correction().version(),
                (f, t, v, n) ->
                        t.minutes.rejectCorrection(f.correction().id(), n, v).version());
        versioned(
                "MinutesService.acceptCorrection",
                f -> f.correction().version(),
                (f, t, v, n) ->
                        t.minutes.acceptCorrection(f.correction().id(), n, v).version());
        // bottlenecks and the national agenda
        text("BottleneckService.find", (f, t, v, n) -> none(t.bottlenecks.find(bottleneckFilter(v), 0, 10)));
        text("BottleneckService.count", (f, t, v, n) -> none(t.bottlenecks.count(bottleneckFilter(v))));
        text(
                "BottleneckService.raise",
                (f, t, v, n) -> none(t.bottlenecks.raise(
                        f.denHaag().id(),
                        new BottleneckDraft(v, v, BottleneckCategory.SCALE, Set.of(), Set.of(), null))));
        versioned(
                "BottleneckService.update",
                f -> f.bottleneck().version(),
                (f, t, v, n) -> t.bottlenecks
                        .update(
                                f.bottleneck().id(),
                                n,
                                new BottleneckDraft(v, v, BottleneckCategory.SCALE, Set.of(), Set.of(), null))
                        .version());
        text(
                "BottleneckService.recognise",
                (f, t, v, n) -> none(t.bottlenecks.recognise(f.promoted().id(), f.utrecht(), v)));
        text(
                "BottleneckService.comment",
                (f, t, v, n) -> none(t.bottlenecks.comment(f.bottleneck().id(), v)));
        versioned(
                "BottleneckService.hideComment",
                f -> f.comment().version(),
                (f, t, v, n) ->
                        t.bottlenecks.hideComment(f.comment().id(), n, v).version());
        versioned(
                "BottleneckService.editComment",
                f -> f.comment().version(),
                (f, t, v, n) ->
                        t.bottlenecks.editComment(f.comment().id(), n, v, v).version());
        versioned("BottleneckService.withdraw", f -> f.bottleneck().version(), (f, t, v, n) -> {
            // withdrawn, then reopened so that the next value finds it withdrawable again
            var withdrawn = t.bottlenecks.withdraw(f.bottleneck().id(), n, v);
            assertThat(withdrawn.status()).isEqualTo(BottleneckStatus.WITHDRAWN);
            return t.agenda.reopen(withdrawn.id(), withdrawn.version(), "Terug").version();
        });
        versioned("NationalAgendaService.reopen", f -> f.closedBottleneck().version(), (f, t, v, n) -> {
            // reopened, then closed again so that the next value finds it closed
            var reopened = t.agenda.reopen(f.closedBottleneck().id(), n, v);
            assertThat(reopened.status()).isEqualTo(BottleneckStatus.RAISED);
            return t.agenda
                    .changeStatus(reopened.id(), reopened.version(), BottleneckStatus.CLOSED, "Weer dicht")
                    .version();
        });
        versioned(
                "NationalAgendaService.changeStatus",
                f -> f.bottleneck().version(),
                (f, t, v, n) -> t.agenda
                        .changeStatus(
                                f.bottleneck().id(),
                                n,
                                n % 2 == 0 ? BottleneckStatus.UNDER_REVIEW : BottleneckStatus.RAISED,
                                v)
                        .version());
        versioned(
                "NationalAgendaService.updateAgenda",
                f -> f.promoted().version(),
                (f, t, v, n) -> t.agenda
                        .updateAgenda(
                                f.promoted().id(),
                                n,
                                new AgendaDraft(
                                        Set.of(Addressee.MINISTRY_VWS),
                                        v,
                                        v,
                                        f.facilitator(),
                                        LocalDate.now().plusDays(14)))
                        .version());
        versioned(
                "NationalAgendaService.promote",
                f -> f.bottleneck().version(),
                (f, t, v, n) -> t.agenda
                        .promote(
                                f.bottleneck().id(),
                                n,
                                new AgendaDraft(
                                        Set.of(Addressee.MINISTRY_VWS),
                                        v,
                                        "Gesprek",
                                        f.facilitator(),
                                        LocalDate.now().plusDays(14)))
                        .version());
        text(
                "NationalAgendaService.recordResponse",
                (f, t, v, n) -> none(t.agenda.recordResponse(f.promoted().id(), Addressee.MINISTRY_VWS, v)));
        versioned(
                "NationalAgendaService.recordFollowUp",
                f -> f.promoted().version(),
                (f, t, v, n) -> t.agenda
                        .recordFollowUp(
                                f.promoted().id(), n, v, v, LocalDate.now().plusDays(30))
                        .version());
        // factsheets
        text(
                "FactsheetService.find",
                (f, t, v, n) -> none(t.factsheets.find(new FactsheetFilter(null, false, v), 0, 10)));
        text("FactsheetService.count", (f, t, v, n) -> none(t.factsheets.count(new FactsheetFilter(null, false, v))));
        text("FactsheetService.findPublic", (f, t, v, n) -> none(t.factsheets.findPublic(v, 0, 10)));
        text("FactsheetService.countPublic", (f, t, v, n) -> none(t.factsheets.countPublic(v)));
        text(
                "FactsheetService.create",
                (f, t, v, n) -> none(t.factsheets.create(f.denHaag().id(), factsheet(v, v))));
        versioned(
                "FactsheetService.save",
                f -> f.draft().version(),
                (f, t, v, n) ->
                        t.factsheets.save(f.draft().id(), n, factsheet(v, v)).version());
        versioned(
                "FactsheetService.returnToWriters",
                f -> f.submitted().version(),
                (f, t, v, n) ->
                        t.factsheets.returnToWriters(f.submitted().id(), n, v).version());
        versioned(
                "FactsheetService.withdraw",
                f -> f.published().version(),
                (f, t, v, n) -> t.factsheets.withdraw(f.published().id(), n, v).version());
        // documents
        text("DocumentService.find", (f, t, v, n) -> none(t.documents.find(new DocumentFilter(null, v), 0, 10)));
        text("DocumentService.count", (f, t, v, n) -> none(t.documents.count(new DocumentFilter(null, v))));
        text("DocumentService.mayChange", (f, t, v, n) -> none(t.documents.mayChange(hostile(f.document(), v))));
        text("DocumentService.discard", (f, t, v, n) -> {
            try {
                t.documents.discard(new StagedUpload(v, v, FileType.PDF, 1, v));
            } catch (IllegalArgumentException notAKey) {
                // refused: only keys the store made itself name a file
            }
            return null;
        });
        text("DocumentService.findPublic", (f, t, v, n) -> none(t.documents.findPublic(v, 0, 10)));
        text("DocumentService.countPublic", (f, t, v, n) -> none(t.documents.countPublic(v)));
        text("DocumentService.receive", (f, t, v, n) -> {
            t.documents.discard(t.documents.receive(v, pdf()));
            return null;
        });
        text("DocumentService.add", (f, t, v, n) -> {
            StagedUpload staged = t.documents.receive("verslag.pdf", pdf());
            try {
                t.documents.add(f.denHaag().id(), new DocumentDraft(v, v, PublicationLevel.REGION), staged);
            } catch (RuntimeException refused) {
                t.documents.discard(staged);
                throw refused;
            }
            return null;
        });
        versioned(
                "DocumentService.update",
                f -> f.document().version(),
                (f, t, v, n) -> t.documents
                        .update(f.document().id(), n, new DocumentDraft(v, v, PublicationLevel.NATIONAL))
                        .version());
        versioned("DocumentService.replaceFile", f -> f.document().version(), (f, t, v, n) -> {
            // the hostile value as the new file's name; its content differs each time, as a newer file's would
            StagedUpload staged = t.documents.receive(
                    v + ".pdf",
                    new ByteArrayInputStream(("%PDF-1.4 " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII)));
            try {
                return t.documents.replaceFile(f.document().id(), n, staged).version();
            } catch (RuntimeException refused) {
                t.documents.discard(staged);
                throw refused;
            }
        });
        // cost-benefit analyses
        text("CostBenefitService.find", (f, t, v, n) -> none(t.mkba.find(new AnalysisFilter(null, v), 0, 10)));
        text("CostBenefitService.count", (f, t, v, n) -> none(t.mkba.count(new AnalysisFilter(null, v))));
        text("CostBenefitService.findPublic", (f, t, v, n) -> none(t.mkba.findPublic(v, 0, 10)));
        text("CostBenefitService.countPublic", (f, t, v, n) -> none(t.mkba.countPublic(v)));
        text(
                "AnalysisLifecycleService.create",
                (f, t, v, n) -> none(t.lifecycle.create(f.denHaag().id(), analysis(v, v))));
        versioned("AnalysisLifecycleService.updateHeading", f -> f.mkba().draftVersion(), (f, t, v, n) -> {
            t.lifecycle.updateHeading(f.mkba().draft(), n, analysis(v, v));
            return n + 1;
        });
        text(
                "AnalysisLifecycleService.copyAsScenario",
                (f, t, v, n) -> none(t.lifecycle.copyAsScenario(f.mkba().published(), v)));
        text(
                "AnalysisPartsService.addStakeholder",
                (f, t, v, n) ->
                        none(t.parts.addStakeholder(f.mkba().draft(), new StakeholderDraft(v, FundingStream.WMO))));
        versioned("AnalysisPartsService.updateStakeholder", f -> 0, (f, t, v, n) -> {
            t.parts.updateStakeholder(
                    f.mkba().draft(), f.mkba().stakeholder(), n, new StakeholderDraft(v, FundingStream.WMO));
            return n + 1;
        });
        text(
                "AnalysisPartsService.addItem",
                (f, t, v, n) -> none(t.parts.addItem(
                        f.mkba().draft(), itemDraft(f.mkba().stakeholder()).withSource(v, Confidence.LOW))));
        text(
                "AnalysisPartsService.addItems",
                (f, t, v, n) -> none(t.parts.addItems(f.mkba().draft(), List.of(item(f, v), item(f, "Baat")))));
        versioned("AnalysisPartsService.updateItem", f -> 0, (f, t, v, n) -> {
            t.parts.updateItem(f.mkba().draft(), f.mkba().item(), n, item(f, v));
            return n + 1;
        });
        text(
                "AnalysisPartsService.addEffect",
                (f, t, v, n) -> none(t.parts.addEffect(
                        f.mkba().draft(), new EffectDraft(v, f.mkba().stakeholder(), EffectDirection.POSITIVE))));
        versioned("AnalysisPartsService.updateEffect", f -> 0, (f, t, v, n) -> {
            t.parts.updateEffect(
                    f.mkba().draft(),
                    f.mkba().effect(),
                    n,
                    new EffectDraft(v, f.mkba().stakeholder(), EffectDirection.NEGATIVE));
            return n + 1;
        });
        // the rest
        text("AnchoringService.save", (f, t, v, n) -> {
            Integer version = t.anchoring
                    .assessment(f.denHaag().id(), t.anchoring.currentQuarter())
                    .map(a -> a.version())
                    .orElse(null);
            t.anchoring.save(
                    f.denHaag().id(),
                    t.anchoring.currentQuarter(),
                    version,
                    Arrays.stream(Dimension.values())
                            .map(d -> new Score(d, 3, v))
                            .toList());
            return null;
        });
        text("SearchService.search", (f, t, v, n) -> none(t.search.search(v, Set.of(), null, 0, 10)));
        text(
                "DraftService.keep",
                (f, t, v, n) -> none(t.drafts.keep(
                        nl.geboortezorg.werkplaats.drafts.DraftKey.forItem(
                                nl.geboortezorg.werkplaats.drafts.DraftForm.BOTTLENECK,
                                f.bottleneck().id()),
                        Map.of("title", v, "description", v))));
        text("PersonalDataWarnings.confirmed", (f, t, v, n) -> {
            t.warnings.confirmed(v, List.of(v), Set.of(PersonalData.Kind.PHONE_NUMBER));
            return null;
        });
        text("AuditTrail.count", (f, t, v, n) -> none(t.audit.count(new AuditFilter(v, v, null, null))));
        text("AuditTrail.find", (f, t, v, n) -> none(t.audit.find(new AuditFilter(v, v, null, null), 0, 10)));
    }

    private static Integer none(Object ignored) {
        return null;
    }

    private static InputStream pdf() {
        return new ByteArrayInputStream("%PDF-1.4 vijandig".getBytes(StandardCharsets.US_ASCII));
    }

    private static nl.geboortezorg.werkplaats.documents.Document hostile(
            nl.geboortezorg.werkplaats.documents.Document d, String text) {
        return new nl.geboortezorg.werkplaats.documents.Document(
                d.id(),
                d.regionId(),
                text,
                text,
                text,
                text,
                d.level(),
                text,
                d.type(),
                d.size(),
                text,
                text,
                d.uploadedAt(),
                d.version());
    }

    private static BottleneckFilter bottleneckFilter(String text) {
        return new BottleneckFilter(null, null, null, null, text, BottleneckSort.RAISED_AT, true);
    }

    private static WorkSessionDraft session(Fixture f, String title, String location, String link, String item) {
        WorkSessionDraft valid = sessionDraft(f.denHaag());
        return new WorkSessionDraft(
                valid.regionId(),
                title,
                valid.startsAt(),
                valid.endsAt(),
                location,
                link,
                List.of(new AgendaItemDraft(item, 10, null)),
                Set.of());
    }

    private static FactsheetDraft factsheet(String title, String text) {
        return new FactsheetDraft(
                title,
                PublicationLevel.REGION,
                text,
                text,
                text,
                List.of(),
                text,
                List.of(new KeyFigure(text, BigDecimal.TEN, text, 2025)),
                text,
                text,
                text);
    }

    private static AnalysisDraft analysis(String title, String description) {
        AnalysisDraft valid = analysisDraft("MKBA");
        return new AnalysisDraft(
                title,
                description,
                valid.baseYear(),
                valid.horizonYears(),
                valid.priceLevelYear(),
                valid.discountRate(),
                valid.customRate(),
                valid.variationPercent(),
                valid.level());
    }

    private static nl.geboortezorg.werkplaats.mkba.LineItemDraft item(Fixture f, String text) {
        nl.geboortezorg.werkplaats.mkba.LineItemDraft valid = itemDraft(f.mkba().stakeholder());
        return new nl.geboortezorg.werkplaats.mkba.LineItemDraft(
                valid.kind(),
                text,
                valid.stakeholderId(),
                valid.valueType(),
                valid.mode(),
                valid.amount(),
                valid.fromYear(),
                valid.toYear(),
                valid.growthPercent(),
                valid.perYear(),
                valid.deadweight(),
                valid.attribution(),
                valid.optimismBias(),
                valid.dropOff(),
                text,
                Confidence.HIGH);
    }

    @Autowired
    RegionService regions;

    @Autowired
    UserService users;

    @Autowired
    AccountLinkService accountLinks;

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
    AnchoringService anchoring;

    @Autowired
    SearchService search;

    @Autowired
    PersonalDataWarnings warnings;

    @Autowired
    AuditTrail audit;

    @Autowired
    nl.geboortezorg.werkplaats.drafts.DraftService drafts;

    @Autowired
    UserDetailsService userDetails;

    static Stream<String> methods() {
        return CALLS.keySet().stream();
    }

    private static Properties translations(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HostileServiceInputTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void every_hostile_value_is_accepted_or_refused_with_a_message(String method) throws IOException {
        Properties dutch = translations("nl");
        Properties english = translations("en");
        Fixture fixture = fixtureForOneCall();
        SignIn.as(userDetails, DemoUsers.ADMIN);
        Entry entry = CALLS.get(method);
        int version = entry.firstVersion().applyAsInt(fixture);
        List<String> defects = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        for (String value : HostileValues.all()) {
            try {
                Integer next = entry.call().on(fixture, this, value, version);
                if (next != null) {
                    version = next;
                }
                accepted++;
            } catch (ValidationException refusal) {
                refused++;
                for (FieldProblem problem : refusal.problems()) {
                    if (problem.field() == null
                            || problem.field().isBlank()
                            || !dutch.containsKey(problem.messageKey())
                            || !english.containsKey(problem.messageKey())) {
                        defects.add(describe(value) + " -> refused without a translated message: " + problem);
                    }
                }
            } catch (ConcurrentEditException stale) {
                defects.add(describe(value) + " -> stale version " + version + " (an earlier call changed the item"
                        + " without saying so)");
            } catch (Exception | Error failure) {
                defects.add(describe(value) + " -> " + failure);
            }
        }
        assertThat(defects)
                .as(method + ": " + accepted + " accepted, " + refused + " refused")
                .isEmpty();
        assertThat(accepted + refused).isGreaterThanOrEqualTo(HostileValues.COUNT);
    }

    private static String describe(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "… (" + value.length() + " chars)" : value;
        return "\"" + shown.replaceAll("\\p{Cntrl}", "·") + "\"";
    }

    /** Takes text from a person: a String, or a record (or list of records) with a String in it. */
    private static boolean takesText(java.lang.reflect.Type type) {
        if (type == String.class) {
            return true;
        }
        if (type instanceof java.lang.reflect.ParameterizedType generic) {
            return Arrays.stream(generic.getActualTypeArguments()).anyMatch(HostileServiceInputTest::takesText);
        }
        return type instanceof Class<?> c
                && c.isRecord()
                && c.getName().startsWith("nl.geboortezorg")
                && Arrays.stream(c.getRecordComponents()).anyMatch(r -> takesText(r.getGenericType()));
    }

    @Test
    void every_service_method_that_takes_text_is_fed_hostile_values() {
        Set<String> takingText = new java.util.TreeSet<>();
        for (Class<?> service : List.of(
                RegionService.class,
                UserService.class,
                AccountLinkService.class,
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
                AnchoringService.class,
                SearchService.class,
                PersonalDataWarnings.class,
                AuditTrail.class,
                nl.geboortezorg.werkplaats.notifications.NotificationService.class,
                nl.geboortezorg.werkplaats.notifications.MailPreferenceService.class,
                nl.geboortezorg.werkplaats.notifications.CalendarFeedService.class,
                nl.geboortezorg.werkplaats.drafts.DraftService.class,
                nl.geboortezorg.werkplaats.notifications.ActivityService.class)) {
            for (java.lang.reflect.Method method : service.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(method.getModifiers())
                        && Arrays.stream(method.getGenericParameterTypes())
                                .anyMatch(HostileServiceInputTest::takesText)) {
                    takingText.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        // Recording is the services' own bookkeeping with names from the code, never typed text.
        takingText.remove("AuditTrail.record");
        Set<String> fed = new java.util.TreeSet<>(CALLS.keySet().stream()
                .map(name -> name.replaceFirst("\\(.*", ""))
                .toList());
        assertThat(fed).containsAll(takingText);
    }
}
