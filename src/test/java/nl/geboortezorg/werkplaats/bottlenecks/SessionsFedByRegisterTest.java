package nl.geboortezorg.werkplaats.bottlenecks;

import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.AgendaSuggestion;
import nl.geboortezorg.werkplaats.sessions.AgendaSuggestion.Kind;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * A regional session is planned from the register: its open actions, its open bottlenecks and
 * other regions' bottlenecks it has not recognised are offered as agenda items; an item keeps the
 * bottleneck it is about, and the session lists the bottlenecks raised in it or put on its agenda.
 */
@IntegrationTest
@Transactional
class SessionsFedByRegisterTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    WorkSessionService sessions;

    @Autowired
    SessionOutcomeService outcomes;

    @Autowired
    UserDetailsService users;

    private BottleneckFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
    }

    private WorkSession plan(long regionId, List<AgendaItemDraft> items) {
        SignIn.as(users, DemoUsers.FACILITATOR);
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS);
        return sessions.create(new WorkSessionDraft(
                regionId, unique("Werksessie"), start, start.plus(2, ChronoUnit.HOURS), null, null, items, Set.of()));
    }

    private List<AgendaSuggestion> suggested(long regionId, Kind kind) {
        SignIn.as(users, DemoUsers.FACILITATOR);
        return sessions.agendaSuggestions(regionId, WorkSessionService.SUGGESTIONS_MAX).stream()
                .filter(s -> s.kind() == kind)
                .toList();
    }

    @Test
    void planning_is_offered_the_regions_open_bottlenecks_and_the_others_it_has_not_recognised() {
        Bottleneck own = fixture.raisedInDenHaag(unique("Eigen knelpunt"));
        Bottleneck ownWithdrawn = fixture.raisedInDenHaag(unique("Ingetrokken"));
        bottlenecks.withdraw(ownWithdrawn.id(), ownWithdrawn.version(), "Dubbel gemeld");
        SignIn.as(users, DemoUsers.UTRECHT);
        Bottleneck elsewhere = bottlenecks.raise(fixture.utrecht, BottleneckFixture.draft(unique("Utrechts knelpunt")));
        Bottleneck recognised = bottlenecks.raise(fixture.utrecht, BottleneckFixture.draft(unique("Al herkend")));
        fixture.recognisedBy(DemoUsers.DEN_HAAG, fixture.denHaag, recognised.id(), "Bij ons ook");

        assertThat(suggested(fixture.denHaag, Kind.OWN_BOTTLENECK))
                .extracting(AgendaSuggestion::bottleneckId)
                .contains(own.id())
                .doesNotContain(ownWithdrawn.id(), elsewhere.id(), recognised.id());
        assertThat(suggested(fixture.denHaag, Kind.OTHER_REGION_BOTTLENECK))
                .extracting(AgendaSuggestion::bottleneckId)
                .contains(elsewhere.id())
                .doesNotContain(own.id(), recognised.id());
        assertThat(suggested(fixture.denHaag, Kind.OTHER_REGION_BOTTLENECK))
                .filteredOn(s -> s.bottleneckId() == elsewhere.id())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.title()).isEqualTo(elsewhere.title());
                    assertThat(s.who()).isEqualTo("Utrecht");
                });
        // Utrecht, seen from Utrecht, is its own; Den Haag's is one it has not recognised.
        assertThat(suggested(fixture.utrecht, Kind.OWN_BOTTLENECK))
                .extracting(AgendaSuggestion::bottleneckId)
                .contains(elsewhere.id(), recognised.id());
        assertThat(suggested(fixture.utrecht, Kind.OTHER_REGION_BOTTLENECK))
                .extracting(AgendaSuggestion::bottleneckId)
                .contains(own.id());
    }

    @Test
    void planning_is_offered_the_actions_still_open_from_the_regions_earlier_sessions() {
        WorkSession earlier = plan(fixture.denHaag, List.of(new AgendaItemDraft("Afspraken", 20, null)));
        earlier = sessions.start(earlier.id(), earlier.version());
        long daan = DemoUsers.id(users, DemoUsers.DEN_HAAG);
        long haga = regions.workspace("den-haag")
                .orElseThrow()
                .organisations()
                .getFirst()
                .id();
        LocalDate due = DutchTime.date(Instant.now()).plusDays(20);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        var open = outcomes.recordAction(
                earlier.agenda().getFirst().id(), new ActionDraft(unique("Tolkendienst regelen"), daan, haga, due));
        var done = outcomes.recordAction(
                earlier.agenda().getFirst().id(), new ActionDraft(unique("Al gedaan"), daan, haga, due));
        outcomes.setActionStatus(done.id(), done.version(), nl.geboortezorg.werkplaats.sessions.ActionStatus.DONE);

        List<AgendaSuggestion> actions = suggested(fixture.denHaag, Kind.OPEN_ACTION);
        assertThat(actions)
                .extracting(AgendaSuggestion::title)
                .contains(open.description())
                .doesNotContain(done.description());
        assertThat(actions)
                .filteredOn(s -> s.title().equals(open.description()))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.who()).isEqualTo("Daan de Vries");
                    assertThat(s.dueDate()).isEqualTo(due);
                    assertThat(s.bottleneckId()).isNull();
                });
        assertThat(suggested(fixture.utrecht, Kind.OPEN_ACTION))
                .extracting(AgendaSuggestion::title)
                .doesNotContain(open.description());
    }

    @Test
    void only_planners_are_offered_suggestions_and_an_unknown_region_is_not_there() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThatThrownBy(() -> sessions.agendaSuggestions(fixture.denHaag, 5))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThatThrownBy(() -> sessions.agendaSuggestions(-1, 5)).isInstanceOf(NotFoundException.class);
        assertThat(sessions.agendaSuggestions(fixture.denHaag, 0)).isEmpty();
    }

    @Test
    void an_agenda_item_keeps_its_bottleneck_and_the_session_lists_what_was_raised_in_it_or_planned() {
        Bottleneck discussed = fixture.raisedInDenHaag(unique("Besproken"));
        Bottleneck other = fixture.raisedInDenHaag(unique("Niet besproken"));
        WorkSession session = plan(
                fixture.denHaag,
                List.of(
                        new AgendaItemDraft("Opening", 10, null),
                        new AgendaItemDraft(discussed.title(), 30, null, discussed.id())));
        assertThat(session.agenda()).extracting(a -> a.bottleneckId()).containsExactly(null, discussed.id());

        SignIn.as(users, DemoUsers.DEN_HAAG);
        BottleneckDraft raisedThere = new BottleneckDraft(
                unique("Gemeld in de sessie"),
                "Kwam op bij het agendapunt.",
                BottleneckCategory.FINANCING,
                Set.of(),
                Set.of(),
                session.id());
        Bottleneck raised = bottlenecks.raise(fixture.denHaag, raisedThere);

        assertThat(bottlenecks.ofSession(session.id()))
                .extracting(BottleneckSummary::id)
                .containsExactlyInAnyOrder(discussed.id(), raised.id())
                .doesNotContain(other.id());
        assertThat(suggested(fixture.denHaag, Kind.OWN_BOTTLENECK))
                .extracting(AgendaSuggestion::bottleneckId)
                .contains(discussed.id(), other.id());
        assertThatThrownBy(() -> bottlenecks.ofSession(-1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_agenda_item_about_a_bottleneck_that_does_not_exist_is_refused() {
        assertThatThrownBy(() -> plan(fixture.denHaag, List.of(new AgendaItemDraft("Spook", 10, null, -5L))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .contains(FieldProblem.of("agenda", "session.agenda.unknown-bottleneck")));
    }

    @Test
    void a_member_sees_the_open_bottlenecks_of_other_regions_awaiting_their_regions_recognition() {
        Bottleneck own = fixture.raisedInDenHaag(unique("Eigen knelpunt"));
        SignIn.as(users, DemoUsers.UTRECHT);
        Bottleneck elsewhere = bottlenecks.raise(fixture.utrecht, BottleneckFixture.draft(unique("Utrechts knelpunt")));
        Bottleneck recognised = bottlenecks.raise(fixture.utrecht, BottleneckFixture.draft(unique("Al herkend")));
        fixture.recognisedBy(DemoUsers.DEN_HAAG, fixture.denHaag, recognised.id(), "Bij ons ook");

        SignIn.as(users, DemoUsers.DEN_HAAG);
        List<BottleneckSummary> awaiting = bottlenecks.awaitingMyRecognition(BottleneckService.AWAITING_MAX);
        assertThat(awaiting)
                .extracting(BottleneckSummary::id)
                .contains(elsewhere.id())
                .doesNotContain(own.id(), recognised.id())
                .doesNotHaveDuplicates();
        assertThat(awaiting)
                .extracting(BottleneckSummary::recognitionCount)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(bottlenecks.awaitingMyRecognition(2)).hasSizeLessThanOrEqualTo(2);
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThat(bottlenecks.awaitingMyRecognition(BottleneckService.AWAITING_MAX))
                .isEmpty();
    }
}
