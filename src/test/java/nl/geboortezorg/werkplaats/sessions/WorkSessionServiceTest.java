package nl.geboortezorg.werkplaats.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.regions.RegionService;
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
class WorkSessionServiceTest {

    private static final Instant NEXT_WEEK = TestTimes.daysAheadAt(7, 13);

    @Autowired
    WorkSessionService sessions;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService userDetails;

    private long denHaag;
    private long denHaagProfessional;

    @BeforeEach
    void signInAsFacilitator() {
        SignIn.as(userDetails, DemoUsers.ADMIN);
        denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        denHaagProfessional = DemoUsers.id(userDetails, DemoUsers.DEN_HAAG);
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
    }

    private WorkSessionDraft draft(Long regionId, String title) {
        return draft(regionId, title, NEXT_WEEK);
    }

    private WorkSessionDraft draft(Long regionId, String title, Instant startsAt) {
        return new WorkSessionDraft(
                regionId,
                title,
                startsAt,
                startsAt.plus(2, ChronoUnit.HOURS),
                "Haga, zaal 3",
                "https://vergadering.example.nl/werksessie",
                List.of(
                        new AgendaItemDraft("Opening en kennismaking", 15, null),
                        new AgendaItemDraft("Knelpunt: financiering kraamzorg", 45, denHaagProfessional),
                        new AgendaItemDraft("Afspraken en acties", 30, null)),
                Set.of(denHaagProfessional));
    }

    /**
     * The session is read with its agenda as a multiset, which MariaDB builds with GROUP_CONCAT:
     * eight items at the largest notes allowed are well past its default limit of 1 MB.
     */
    @Test
    void an_agenda_full_of_the_longest_notes_reads_back_whole() {
        WorkSession planned = sessions.create(new WorkSessionDraft(
                denHaag,
                "Lange notities",
                NEXT_WEEK,
                NEXT_WEEK.plus(2, ChronoUnit.HOURS),
                null,
                null,
                IntStream.rangeClosed(1, 8)
                        .mapToObj(i -> new AgendaItemDraft("Punt " + i, 10, null))
                        .toList(),
                Set.of()));
        WorkSession running = sessions.start(planned.id(), planned.version());
        String longest = "- Afspraak met de gemeente over \"nazorg\" en de wijkteams.\n"
                .repeat(AgendaNotes.MAX_KILOBYTES * 1024 / 60);
        for (AgendaItem item : running.agenda()) {
            sessions.saveNotes(item.id(), item.notesVersion(), longest);
        }

        assertThat(sessions.get(running.id()).orElseThrow().agenda())
                .hasSize(8)
                .allSatisfy(item -> assertThat(item.notes()).isEqualTo(longest));
    }

    @Test
    void a_planned_session_is_cancelled_once_and_a_stale_or_late_cancel_is_refused() {
        WorkSession planned = sessions.create(draft(denHaag, "Te annuleren"));
        WorkSession moved = sessions.update(planned.id(), planned.version(), draft(denHaag, "Te annuleren"));

        assertThatThrownBy(() -> sessions.cancel(planned.id(), planned.version()))
                .isInstanceOf(ConcurrentEditException.class);
        WorkSession cancelled = sessions.cancel(moved.id(), moved.version());

        assertThat(cancelled.state()).isEqualTo(SessionState.CANCELLED);
        assertThat(sessions.get(planned.id()).orElseThrow().state()).isEqualTo(SessionState.CANCELLED);
        assertThatThrownBy(() -> sessions.cancel(cancelled.id(), cancelled.version()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sessions.start(cancelled.id(), cancelled.version()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_facilitator_plans_a_session_with_an_ordered_agenda_and_invitees() {
        WorkSession created = sessions.create(draft(denHaag, "  Regionale werksessie Den Haag  "));

        assertThat(created.title()).isEqualTo("Regionale werksessie Den Haag");
        assertThat(created.state()).isEqualTo(SessionState.PLANNED);
        assertThat(created.regionName()).isEqualTo("Den Haag");
        assertThat(created.startsAt()).isEqualTo(NEXT_WEEK);
        assertThat(created.agenda())
                .extracting(AgendaItem::position, AgendaItem::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Opening en kennismaking"),
                        org.assertj.core.groups.Tuple.tuple(2, "Knelpunt: financiering kraamzorg"),
                        org.assertj.core.groups.Tuple.tuple(3, "Afspraken en acties"));
        assertThat(created.agenda().get(1).ownerName()).isEqualTo("Daan de Vries");
        assertThat(created.invitees()).extracting(Invitee::displayName).containsExactly("Daan de Vries");
    }

    @Test
    void bad_plans_are_refused_field_by_field() {
        WorkSessionDraft bad = new WorkSessionDraft(
                denHaag,
                " ",
                NEXT_WEEK.minus(30, ChronoUnit.DAYS),
                NEXT_WEEK.minus(31, ChronoUnit.DAYS),
                null,
                "javascript:alert(1)",
                List.of(new AgendaItemDraft("", 0, null), new AgendaItemDraft("Goed", 481, 999_999L)),
                Set.of());

        assertThatThrownBy(() -> sessions.create(bad))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactlyInAnyOrder(
                                        FieldProblem.of("title", "validation.required"),
                                        FieldProblem.of("startsAt", "session.in-the-past"),
                                        FieldProblem.of("endsAt", "session.ends-before-start"),
                                        FieldProblem.of("onlineLink", "validation.web-address"),
                                        FieldProblem.of("agenda", "session.agenda.title-required", 1),
                                        FieldProblem.of("agenda", "session.agenda.duration", 1, 480),
                                        FieldProblem.of("agenda", "session.agenda.duration", 2, 480),
                                        FieldProblem.of("agenda", "session.agenda.unknown-owner")));
    }

    @Test
    void a_session_is_planned_then_in_progress_then_closed_and_no_other_way() {
        WorkSession planned = sessions.create(draft(null, "Landelijke werksessie"));

        assertThatThrownBy(() -> sessions.close(planned.id(), planned.version(), Set.of()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("session.transition-refused"));
        WorkSession running = sessions.start(planned.id(), planned.version());
        assertThat(running.state()).isEqualTo(SessionState.IN_PROGRESS);
        assertThatThrownBy(() -> sessions.update(running.id(), running.version(), draft(null, "Te laat")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("session.only-planned-editable"));
        assertThatThrownBy(() -> sessions.start(running.id(), running.version()))
                .isInstanceOf(ValidationException.class);
        WorkSession closed = sessions.close(running.id(), running.version(), Set.of());

        assertThat(closed.state()).isEqualTo(SessionState.CLOSED);
        assertThatThrownBy(() -> sessions.start(closed.id(), closed.version())).isInstanceOf(ValidationException.class);
        assertThat(sessions.find(SessionPeriod.PAST, 0, 100))
                .extracting(WorkSessionSummary::id)
                .contains(closed.id());
        assertThat(sessions.find(SessionPeriod.UPCOMING, 0, 100))
                .extracting(WorkSessionSummary::id)
                .doesNotContain(closed.id());
    }

    @Test
    void a_stale_start_is_refused() {
        WorkSession planned = sessions.create(draft(denHaag, "Werksessie met oude versie"));
        sessions.update(planned.id(), planned.version(), draft(denHaag, "Werksessie, nieuwe titel"));

        assertThatThrownBy(() -> sessions.start(planned.id(), planned.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(sessions.get(planned.id()).orElseThrow().title()).isEqualTo("Werksessie, nieuwe titel");
    }

    @Test
    void members_see_their_region_and_national_sessions_observers_only_closed_national_ones() {
        WorkSession regional = sessions.create(draft(denHaag, "Alleen Den Haag"));
        WorkSession national = sessions.create(draft(null, "Iedereen"));

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        assertThat(sessions.find(SessionPeriod.UPCOMING, 0, 100))
                .extracting(WorkSessionSummary::id)
                .contains(regional.id(), national.id());
        assertThat(sessions.get(regional.id())).isPresent();

        SignIn.as(userDetails, DemoUsers.UTRECHT);
        assertThat(sessions.find(SessionPeriod.UPCOMING, 0, 100))
                .extracting(WorkSessionSummary::id)
                .contains(national.id())
                .doesNotContain(regional.id());
        assertThat(sessions.get(regional.id())).isEmpty();

        SignIn.as(userDetails, DemoUsers.OBSERVER);
        assertThat(sessions.get(national.id())).isEmpty();
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        WorkSession running = sessions.start(national.id(), national.version());
        sessions.close(running.id(), running.version(), Set.of());
        SignIn.as(userDetails, DemoUsers.OBSERVER);
        assertThat(sessions.get(national.id())).isPresent();
        assertThat(sessions.find(SessionPeriod.PAST, 0, 100))
                .extracting(WorkSessionSummary::id)
                .contains(national.id())
                .doesNotContain(regional.id());
    }

    @Test
    void a_region_workspace_lists_its_own_and_national_sessions_soonest_first_and_never_another_regions() {
        long utrecht = regions.workspace("utrecht").orElseThrow().region().id();
        WorkSession later = sessions.create(draft(denHaag, "Den Haag, later", NEXT_WEEK.plus(2, ChronoUnit.DAYS)));
        WorkSession national = sessions.create(draft(null, "Landelijk", NEXT_WEEK.plus(1, ChronoUnit.DAYS)));
        WorkSession sooner = sessions.create(draft(denHaag, "Den Haag, eerder", NEXT_WEEK));
        WorkSession elsewhere = sessions.create(draft(utrecht, "Alleen Utrecht", NEXT_WEEK));
        List<Long> mine = List.of(sooner.id(), national.id(), later.id(), elsewhere.id());

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        assertThat(ids(sessions.findForRegion(denHaag, SessionPeriod.UPCOMING, 100)))
                .filteredOn(mine::contains)
                .containsExactly(sooner.id(), national.id(), later.id());
        List<WorkSessionSummary> all = sessions.findForRegion(denHaag, SessionPeriod.UPCOMING, 100);
        assertThat(sessions.findForRegion(denHaag, SessionPeriod.UPCOMING, 2)).isEqualTo(all.subList(0, 2));
        assertThat(sessions.findForRegion(denHaag, SessionPeriod.PAST, 100))
                .extracting(WorkSessionSummary::id)
                .doesNotContainAnyElementsOf(mine);

        SignIn.as(userDetails, DemoUsers.UTRECHT);
        assertThat(ids(sessions.findForRegion(denHaag, SessionPeriod.UPCOMING, 100)))
                .filteredOn(mine::contains)
                .containsExactly(national.id());
        assertThat(sessions.findForRegion(denHaag, SessionPeriod.UPCOMING, 100))
                .allSatisfy(session -> assertThat(session.national()).isTrue());

        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        assertThat(ids(sessions.findForRegion(utrecht, SessionPeriod.UPCOMING, 100)))
                .filteredOn(mine::contains)
                .containsExactly(elsewhere.id(), national.id());
    }

    @Test
    void a_region_workspace_lists_closed_sessions_latest_first_and_observers_only_the_national_ones() {
        WorkSession earlier = close(sessions.create(draft(denHaag, "Den Haag, gesloten", NEXT_WEEK)));
        WorkSession latest =
                close(sessions.create(draft(null, "Landelijk, gesloten", NEXT_WEEK.plus(3, ChronoUnit.DAYS))));
        WorkSession open = sessions.create(draft(null, "Landelijk, nog open", NEXT_WEEK.plus(1, ChronoUnit.DAYS)));
        List<Long> mine = List.of(earlier.id(), latest.id(), open.id());

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        assertThat(ids(sessions.findForRegion(denHaag, SessionPeriod.PAST, 100)))
                .filteredOn(mine::contains)
                .containsExactly(latest.id(), earlier.id());

        SignIn.as(userDetails, DemoUsers.OBSERVER);
        assertThat(ids(sessions.findForRegion(denHaag, SessionPeriod.PAST, 100)))
                .filteredOn(mine::contains)
                .containsExactly(latest.id());
        assertThat(sessions.findForRegion(denHaag, SessionPeriod.UPCOMING, 100)).isEmpty();
    }

    private WorkSession close(WorkSession planned) {
        WorkSession running = sessions.start(planned.id(), planned.version());
        return sessions.close(running.id(), running.version(), Set.of());
    }

    private static List<Long> ids(List<WorkSessionSummary> summaries) {
        return summaries.stream().map(WorkSessionSummary::id).toList();
    }

    @Test
    void notes_are_saved_while_the_session_runs_and_a_stale_save_gets_the_other_version_back() {
        WorkSession session = sessions.create(draft(denHaag, "Werksessie met notities"));
        long item = session.agenda().getFirst().id();
        assertThatThrownBy(() -> sessions.saveNotes(item, 0, "Te vroeg"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("session.notes.not-in-progress"));
        session = sessions.start(session.id(), session.version());

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        assertThat(sessions.mayWriteNotes(session.id())).isTrue();
        AgendaNotes first = sessions.saveNotes(item, 0, "- Iedereen stelt zich voor");
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.updatedBy()).isEqualTo("Daan de Vries");

        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        assertThatThrownBy(() -> sessions.saveNotes(item, 0, "- Mijn versie van vóór de ander"))
                .isInstanceOfSatisfying(NotesConflictException.class, conflict -> {
                    assertThat(conflict.current().text()).isEqualTo("- Iedereen stelt zich voor");
                    assertThat(conflict.current().version()).isEqualTo(1);
                });
        AgendaNotes merged = sessions.saveNotes(item, 1, "- Iedereen stelt zich voor\n- Mijn aanvulling");
        assertThat(merged.version()).isEqualTo(2);
        assertThat(sessions.get(session.id()).orElseThrow().agenda().getFirst().notes())
                .isEqualTo("- Iedereen stelt zich voor\n- Mijn aanvulling");

        WorkSession running = sessions.get(session.id()).orElseThrow();
        sessions.close(running.id(), running.version(), Set.of());
        assertThatThrownBy(() -> sessions.saveNotes(item, 2, "Na afloop")).isInstanceOf(ValidationException.class);
    }

    @Test
    void notes_over_the_size_limit_are_refused_and_nothing_changes() {
        WorkSession session = sessions.create(draft(denHaag, "Lange notities"));
        session = sessions.start(session.id(), session.version());
        long item = session.agenda().getFirst().id();

        assertThatThrownBy(() -> sessions.saveNotes(item, 0, "x".repeat(200 * 1024 + 1)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("notes", "session.notes.too-large", 200)));
        assertThat(sessions.get(session.id()).orElseThrow().agenda().getFirst().notesVersion())
                .isZero();
    }

    @Test
    void only_members_invitees_and_facilitators_write_notes() {
        WorkSession regional = sessions.create(draft(denHaag, "Regionaal"));
        regional = sessions.start(regional.id(), regional.version());
        WorkSession national = sessions.create(draft(null, "Landelijk, Den Haag uitgenodigd"));
        national = sessions.start(national.id(), national.version());
        long regionalItem = regional.agenda().getFirst().id();
        long nationalItem = national.agenda().getFirst().id();

        SignIn.as(userDetails, DemoUsers.UTRECHT);
        assertThat(sessions.mayWriteNotes(regional.id())).isFalse();
        assertThatThrownBy(() -> sessions.saveNotes(regionalItem, 0, "Niet mijn regio"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.saveNotes(nationalItem, 0, "Niet uitgenodigd"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        assertThat(sessions.saveNotes(nationalItem, 0, "Wel uitgenodigd").version())
                .isEqualTo(1);
        SignIn.as(userDetails, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> sessions.saveNotes(nationalItem, 1, "Waarnemer"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void professionals_do_not_plan_sessions() {
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);

        assertThatThrownBy(() -> sessions.create(draft(denHaag, "Eigen sessie")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void my_invitations_are_the_upcoming_sessions_i_am_invited_to_the_earliest_first() {
        WorkSession later = sessions.create(draft(denHaag, "Later", NEXT_WEEK.plus(3, ChronoUnit.DAYS)));
        WorkSession sooner = sessions.create(draft(denHaag, "Eerder", NEXT_WEEK));
        WorkSessionDraft withoutDaan = draft(denHaag, "Zonder Daan", NEXT_WEEK.plus(1, ChronoUnit.DAYS));
        WorkSession notInvited = sessions.create(new WorkSessionDraft(
                withoutDaan.regionId(),
                withoutDaan.title(),
                withoutDaan.startsAt(),
                withoutDaan.endsAt(),
                withoutDaan.location(),
                withoutDaan.onlineLink(),
                withoutDaan.agenda(),
                Set.of()));
        WorkSession cancelled = sessions.create(draft(denHaag, "Afgelast", NEXT_WEEK.plus(2, ChronoUnit.DAYS)));
        sessions.cancel(cancelled.id(), cancelled.version());

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        List<Long> mine =
                sessions.myInvitations(50).stream().map(WorkSessionSummary::id).toList();
        assertThat(mine).containsSubsequence(sooner.id(), later.id()).doesNotContain(notInvited.id(), cancelled.id());
        assertThat(sessions.myInvitations(50))
                .extracting(WorkSessionSummary::startsAt)
                .isSorted();
        assertThat(sessions.myInvitations(1)).hasSizeLessThanOrEqualTo(1);
        SignIn.as(userDetails, DemoUsers.UTRECHT);
        assertThat(sessions.myInvitations(50))
                .extracting(WorkSessionSummary::id)
                .doesNotContain(sooner.id(), later.id());
    }
}
