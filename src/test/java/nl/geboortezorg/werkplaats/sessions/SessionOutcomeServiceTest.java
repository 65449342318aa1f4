package nl.geboortezorg.werkplaats.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.regions.Organisation;
import nl.geboortezorg.werkplaats.regions.OrganisationDraft;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionWorkspace;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class SessionOutcomeServiceTest {

    private static final Instant NEXT_WEEK = TestTimes.daysAheadAt(7, 13);

    @Autowired
    WorkSessionService sessions;

    @Autowired
    SessionOutcomeService outcomes;

    @Autowired
    RegionService regions;

    @Autowired
    nl.geboortezorg.werkplaats.testsupport.MovableClock clock;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    nl.geboortezorg.werkplaats.notifications.NotificationService notifications;

    private long denHaag;
    private long haga;
    private long utrechtOrganisation;
    private long daan;
    private long utrechter;

    @BeforeEach
    void signInAsFacilitator() {
        SignIn.as(userDetails, DemoUsers.ADMIN);
        RegionWorkspace workspace = regions.workspace("den-haag").orElseThrow();
        denHaag = workspace.region().id();
        haga = workspace.organisations().getFirst().id();
        utrechtOrganisation = regions.workspace("utrecht")
                .orElseThrow()
                .organisations()
                .getFirst()
                .id();
        daan = DemoUsers.id(userDetails, DemoUsers.DEN_HAAG);
        utrechter = DemoUsers.id(userDetails, DemoUsers.UTRECHT);
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
    }

    private WorkSession running(Long regionId, Instant startsAt, String title) {
        WorkSession planned = sessions.create(new WorkSessionDraft(
                regionId,
                title,
                startsAt,
                startsAt.plus(2, ChronoUnit.HOURS),
                "Haga",
                null,
                List.of(new AgendaItemDraft("Knelpunten", 30, null), new AgendaItemDraft("Afspraken", 15, null)),
                Set.of(daan)));
        return sessions.start(planned.id(), planned.version());
    }

    private void close(WorkSession session) {
        WorkSession current = sessions.get(session.id()).orElseThrow();
        sessions.close(current.id(), current.version(), Set.of(daan));
    }

    private ActionDraft action(String description, LocalDate due) {
        return new ActionDraft(description, daan, haga, due);
    }

    @Test
    void an_attendee_records_decisions_and_actions_on_an_agenda_item() {
        WorkSession session = running(denHaag, NEXT_WEEK, "Regionale werksessie");
        long item = session.agenda().get(1).id();

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        Decision decision = outcomes.recordDecision(item, "  We starten een gezamenlijk spreekuur.  ");
        ActionItem action = outcomes.recordAction(
                item,
                action(
                        "Offerte tolkendienst opvragen",
                        DutchTime.date(NEXT_WEEK).plusDays(14)));

        assertThat(decision.description()).isEqualTo("We starten een gezamenlijk spreekuur.");
        assertThat(decision.recordedBy()).isEqualTo("Daan de Vries");
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(action.ownerName()).isEqualTo("Daan de Vries");
        assertThat(action.organisationId()).isEqualTo(haga);
        assertThat(action.agendaItemTitle()).isEqualTo("Afspraken");
        SessionOutcomes recorded = outcomes.outcomes(session.id()).orElseThrow();
        assertThat(recorded.decisionsOf(item)).extracting(Decision::id).containsExactly(decision.id());
        assertThat(recorded.actionsOf(item)).extracting(ActionItem::id).containsExactly(action.id());
        assertThat(recorded.actionsOf(session.agenda().getFirst().id())).isEmpty();
    }

    @Test
    void an_action_without_owner_or_due_before_the_session_gets_field_errors() {
        WorkSession session = running(denHaag, NEXT_WEEK, "Werksessie met fouten");
        long item = session.agenda().getFirst().id();

        assertThatThrownBy(() -> outcomes.recordAction(
                        item,
                        new ActionDraft(
                                " ", null, null, DutchTime.date(NEXT_WEEK).minusDays(1))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactlyInAnyOrder(
                                        FieldProblem.of("description", "validation.required"),
                                        FieldProblem.of("ownerId", "validation.required"),
                                        FieldProblem.of("organisationId", "validation.required"),
                                        FieldProblem.of(
                                                "dueDate",
                                                "action-item.due-before-session",
                                                DutchTime.date(NEXT_WEEK))));
        assertThatThrownBy(() -> outcomes.recordAction(
                        item,
                        new ActionDraft(
                                "Iemand van elders", utrechter, utrechtOrganisation, DutchTime.date(NEXT_WEEK))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactlyInAnyOrder(
                                        FieldProblem.of("ownerId", "action-item.owner-not-eligible"),
                                        FieldProblem.of("organisationId", "action-item.organisation-not-eligible")));
        assertThat(outcomes.outcomes(session.id()).orElseThrow().actions()).isEmpty();
    }

    @Test
    void decisions_and_actions_are_recorded_only_while_the_session_runs_and_only_by_those_taking_part() {
        WorkSession session = running(denHaag, NEXT_WEEK, "Alleen tijdens de sessie");
        long item = session.agenda().getFirst().id();

        SignIn.as(userDetails, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> outcomes.recordDecision(item, "Niet mijn regio"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(outcomes.outcomes(session.id())).isEmpty();
        SignIn.as(userDetails, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> outcomes.recordDecision(item, "Waarnemer")).isInstanceOf(AccessDeniedException.class);

        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        close(session);
        assertThatThrownBy(() -> outcomes.recordDecision(item, "Na afloop"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("action-item.session-not-in-progress"));
    }

    @Test
    void my_actions_lists_open_actions_across_sessions_overdue_first() {
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        int before = outcomes.countMyOpenActions();
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        WorkSession first = running(denHaag, NEXT_WEEK, "Eerste");
        WorkSession second = running(null, NEXT_WEEK.plus(1, ChronoUnit.DAYS), "Landelijk");
        LocalDate soon = DutchTime.date(NEXT_WEEK).plusDays(3);
        ActionItem later = outcomes.recordAction(first.agenda().getFirst().id(), action("Later", soon.plusDays(20)));
        ActionItem earliest = outcomes.recordAction(
                second.agenda().getFirst().id(),
                action("Eerst", DutchTime.date(NEXT_WEEK).plusDays(1)));
        ActionItem done = outcomes.recordAction(first.agenda().getFirst().id(), action("Al gedaan", soon));
        outcomes.setActionStatus(done.id(), done.version(), ActionStatus.DONE);
        outcomes.recordAction(
                first.agenda().getFirst().id(),
                new ActionDraft("Van iemand anders", ownerOtherThanDaan(first), haga, soon));

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        // Daan has open actions of the demo sessions too: only these ones are counted on.
        List<Long> mine = List.of(earliest.id(), later.id(), done.id());
        List<ActionItem> open = outcomes.myOpenActions(0, 100);
        assertThat(open)
                .extracting(ActionItem::id)
                .filteredOn(mine::contains)
                .containsExactly(earliest.id(), later.id());
        assertThat(open).isSortedAccordingTo(Comparator.comparing(ActionItem::dueDate));
        assertThat(outcomes.countMyOpenActions()).isEqualTo(before + 2).isEqualTo(open.size());
        assertThat(outcomes.myOpenActions(1, 100)).isEqualTo(open.subList(1, open.size()));
        assertThat(earliest.overdue(DutchTime.date(NEXT_WEEK).plusDays(2))).isTrue();
        assertThat(later.overdue(DutchTime.date(NEXT_WEEK).plusDays(2))).isFalse();
        SignIn.as(userDetails, DemoUsers.OBSERVER);
        assertThat(outcomes.myOpenActions(0, 10)).isEmpty();
    }

    private long ownerOtherThanDaan(WorkSession session) {
        return outcomes.ownerChoices(session.id()).people().stream()
                .filter(person -> person.id() != daan)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void the_owner_marks_an_action_done_after_the_session_closed_and_a_stale_change_is_refused() {
        WorkSession session = running(denHaag, NEXT_WEEK, "Sluiten en afvinken");
        ActionItem action = outcomes.recordAction(
                session.agenda().getFirst().id(),
                action("Folder vertalen", DutchTime.date(NEXT_WEEK).plusDays(7)));
        close(session);

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        ActionItem done = outcomes.setActionStatus(action.id(), action.version(), ActionStatus.DONE);
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThatThrownBy(() -> outcomes.setActionStatus(action.id(), action.version(), ActionStatus.DROPPED))
                .isInstanceOf(ConcurrentEditException.class);
        SignIn.as(userDetails, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> outcomes.setActionStatus(done.id(), done.version(), ActionStatus.OPEN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void open_actions_of_a_closed_session_are_offered_at_the_next_session_of_the_same_scope() {
        WorkSession earlier = running(denHaag, NEXT_WEEK, "Eerdere sessie");
        long item = earlier.agenda().getFirst().id();
        ActionItem open = outcomes.recordAction(
                item, action("Nog open", DutchTime.date(NEXT_WEEK).plusDays(7)));
        ActionItem finished = outcomes.recordAction(
                item, action("Klaar", DutchTime.date(NEXT_WEEK).plusDays(7)));
        outcomes.setActionStatus(finished.id(), finished.version(), ActionStatus.DONE);
        ActionItem dropped = outcomes.recordAction(
                item, action("Vervallen", DutchTime.date(NEXT_WEEK).plusDays(7)));
        outcomes.setActionStatus(dropped.id(), dropped.version(), ActionStatus.DROPPED);
        WorkSession next = sessions.create(new WorkSessionDraft(
                denHaag,
                "Volgende sessie",
                NEXT_WEEK.plus(28, ChronoUnit.DAYS),
                NEXT_WEEK.plus(28, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(),
                Set.of()));
        WorkSession national = sessions.create(new WorkSessionDraft(
                null,
                "Landelijk",
                NEXT_WEEK.plus(28, ChronoUnit.DAYS),
                NEXT_WEEK.plus(28, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(),
                Set.of()));

        // The demo's sessions of Den Haag and national ones have open actions too: only these ones are counted on.
        List<Long> mine = List.of(open.id(), finished.id(), dropped.id());
        assertThat(carriedForward(next)).filteredOn(mine::contains).isEmpty();
        close(earlier);

        assertThat(carriedForward(next)).filteredOn(mine::contains).containsExactly(open.id());
        assertThat(carriedForward(national)).filteredOn(mine::contains).isEmpty();
        assertThat(carriedForward(earlier)).filteredOn(mine::contains).isEmpty();
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        assertThat(outcomes.outcomes(next.id()).orElseThrow().carriedForward())
                .filteredOn(action -> mine.contains(action.id()))
                .extracting(ActionItem::sessionTitle)
                .containsExactly("Eerdere sessie");
        outcomes.setActionStatus(open.id(), open.version(), ActionStatus.DONE);
        assertThat(carriedForward(next)).filteredOn(mine::contains).isEmpty();
    }

    private List<Long> carriedForward(WorkSession session) {
        return outcomes.outcomes(session.id()).orElseThrow().carriedForward().stream()
                .map(ActionItem::id)
                .toList();
    }

    @Test
    void overdue_open_actions_are_counted_per_region_for_everyone_signed_in() {
        WorkSession session = running(denHaag, NEXT_WEEK, "Verlopen acties");
        long item = session.agenda().getFirst().id();
        ActionItem late = outcomes.recordAction(item, action("Te laat", DutchTime.date(NEXT_WEEK)));
        outcomes.recordAction(
                item, action("Ook te laat", DutchTime.date(NEXT_WEEK).plusDays(1)));
        outcomes.recordAction(
                item, action("Nog op tijd", DutchTime.date(NEXT_WEEK).plusDays(30)));
        ActionItem done = outcomes.recordAction(item, action("Gedaan", DutchTime.date(NEXT_WEEK)));
        outcomes.setActionStatus(done.id(), done.version(), ActionStatus.DONE);
        int before = outcomes.overdueActionsPerRegion().stream()
                .filter(o -> Long.valueOf(denHaag).equals(o.regionId()))
                .mapToInt(OverdueActions::count)
                .sum();
        assertThat(late.status()).isEqualTo(ActionStatus.OPEN);

        clock.moveBy(java.time.Duration.ofDays(9));
        try {
            SignIn.as(userDetails, DemoUsers.OBSERVER);
            assertThat(outcomes.overdueActionsPerRegion())
                    .filteredOn(o -> Long.valueOf(denHaag).equals(o.regionId()))
                    .singleElement()
                    .satisfies(o -> {
                        assertThat(o.regionName()).isEqualTo("Den Haag");
                        assertThat(o.count()).isEqualTo(before + 2);
                    });
        } finally {
            clock.reset();
        }
        SignIn.out();
        assertThatThrownBy(() -> outcomes.overdueActionsPerRegion()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_organisation_that_owns_an_action_is_not_removed() {
        WorkSession session = running(denHaag, NEXT_WEEK, "Organisatie met actie");
        Organisation partner = regions.addOrganisation(
                denHaag, new OrganisationDraft("Buurtteam Laak", OrganisationType.SOCIAL_DOMAIN));
        ActionItem action = outcomes.recordAction(
                session.agenda().getFirst().id(),
                new ActionDraft("Buurtteam betrekken", daan, partner.id(), DutchTime.date(NEXT_WEEK)));

        assertThatThrownBy(() -> regions.removeOrganisation(partner.id(), partner.version()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("name", "region.organisation.in-use")));
        assertThat(outcomes.outcomes(session.id()).orElseThrow().actions())
                .extracting(ActionItem::organisationName)
                .containsExactly("Buurtteam Laak");
        assertThat(action.organisationName()).isEqualTo("Buurtteam Laak");
    }

    @Test
    void owner_choices_are_the_region_members_and_facilitators_with_the_region_organisations() {
        WorkSession session = running(denHaag, NEXT_WEEK, "Keuzes");

        OwnerChoices choices = outcomes.ownerChoices(session.id());

        assertThat(choices.people())
                .extracting(OwnerChoices.Choice::id)
                .contains(daan)
                .doesNotContain(utrechter);
        assertThat(choices.organisations())
                .extracting(OwnerChoices.Choice::id)
                .contains(haga)
                .doesNotContain(utrechtOrganisation);
        SignIn.as(userDetails, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> outcomes.ownerChoices(session.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_attendee_edits_a_decision_and_its_earlier_text_is_kept_with_who_and_when() {
        WorkSession session = running(denHaag, NEXT_WEEK, "Besluit bijstellen");
        long item = session.agenda().getFirst().id();
        Decision decision = outcomes.recordDecision(item, "We starten in maart");

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        Decision edited = outcomes.updateDecision(decision.id(), decision.version(), "  We starten in april  ");

        assertThat(edited.description()).isEqualTo("We starten in april");
        assertThat(edited.version()).isEqualTo(decision.version() + 1);
        assertThat(edited.recordedBy()).isEqualTo("Fenna Facilitator");
        assertThat(edited.revisions()).singleElement().satisfies(earlier -> {
            assertThat(earlier.description()).isEqualTo("We starten in maart");
            assertThat(earlier.changedBy()).isEqualTo("Daan de Vries");
            assertThat(earlier.ownerName()).isNull();
        });
        assertThat(outcomes.outcomes(session.id()).orElseThrow().decisionsOf(item))
                .singleElement()
                .satisfies(shown -> assertThat(shown.lastEdit()).isPresent());
        assertThatThrownBy(() -> outcomes.updateDecision(decision.id(), decision.version(), "Te laat"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> outcomes.updateDecision(decision.id(), edited.version(), " "))
                .isInstanceOf(ValidationException.class);
        assertThat(outcomes.updateDecision(decision.id(), edited.version(), "We starten in april"))
                .as("saving the same text again writes nothing")
                .isEqualTo(edited);
        SignIn.as(userDetails, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> outcomes.updateDecision(decision.id(), edited.version(), "Van elders"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(userDetails, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> outcomes.updateDecision(decision.id(), edited.version(), "Waarnemer"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_action_is_edited_after_the_session_closed_and_a_new_owner_is_told() {
        WorkSession session = running(denHaag, NEXT_WEEK, "Actie bijstellen");
        LocalDate due = DutchTime.date(NEXT_WEEK).plusDays(7);
        ActionItem action = outcomes.recordAction(session.agenda().getFirst().id(), action("Folder maken", due));
        close(session);
        long facilitator = DemoUsers.id(userDetails, DemoUsers.FACILITATOR);
        String changed = "Folder maken en vertalen " + System.nanoTime();

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        ActionItem edited = outcomes.updateAction(
                action.id(), action.version(), new ActionDraft(changed, facilitator, haga, due.plusDays(7)));

        assertThat(edited.description()).isEqualTo(changed);
        assertThat(edited.ownerName()).isEqualTo("Fenna Facilitator");
        assertThat(edited.dueDate()).isEqualTo(due.plusDays(7));
        assertThat(edited.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(edited.revisions()).singleElement().satisfies(earlier -> {
            assertThat(earlier.description()).isEqualTo("Folder maken");
            assertThat(earlier.ownerName()).isEqualTo("Daan de Vries");
            assertThat(earlier.dueDate()).isEqualTo(due);
            assertThat(earlier.changedBy()).isEqualTo("Daan de Vries");
        });
        assertThatThrownBy(() ->
                        outcomes.updateAction(action.id(), action.version(), new ActionDraft("Oud", daan, haga, due)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> outcomes.updateAction(
                        action.id(),
                        edited.version(),
                        new ActionDraft("Elders", utrechter, utrechtOrganisation, due.minusDays(30))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("ownerId", "organisationId", "dueDate"));
        assertThat(outcomes.outcomes(session.id()).orElseThrow().actions())
                .extracting(ActionItem::description)
                .containsExactly(changed);

        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        assertThat(notifications.mine(0, 50))
                .filteredOn(n -> n.activity().title().equals(changed))
                .extracting(n -> n.activity().kind())
                .containsExactly(nl.geboortezorg.werkplaats.notifications.ActivityKind.ACTION_ASSIGNED);
        // Done, so that other tests' lists of open actions stay theirs.
        outcomes.setActionStatus(edited.id(), edited.version(), ActionStatus.DONE);
    }
}
