package nl.geboortezorg.werkplaats.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.MovableClock;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class MinutesServiceTest {

    private static final Instant NEXT_WEEK = TestTimes.daysAheadAt(7, 13);

    @Autowired
    WorkSessionService sessions;

    @Autowired
    MinutesService minutes;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    MovableClock clock;

    private long denHaag;
    private long daan;

    @BeforeEach
    void signInAsFacilitator() {
        SignIn.as(userDetails, DemoUsers.ADMIN);
        denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        daan = DemoUsers.id(userDetails, DemoUsers.DEN_HAAG);
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A session of the given scope that ran with notes on its first item and was closed with Daan attending. */
    private WorkSession closed(Long regionId, String notes) {
        WorkSession planned = sessions.create(new WorkSessionDraft(
                regionId,
                "Werksessie",
                NEXT_WEEK,
                NEXT_WEEK.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Terugblik", 20, null)),
                Set.of(daan)));
        WorkSession running = sessions.start(planned.id(), planned.version());
        sessions.saveNotes(running.agenda().getFirst().id(), 0, notes);
        running = sessions.get(running.id()).orElseThrow();
        return sessions.close(running.id(), running.version(), Set.of(daan));
    }

    @Test
    void closing_records_attendance_and_publishes_version_1_of_the_minutes() {
        WorkSession session = closed(denHaag, "- Afspraak gemaakt");

        Minutes published = minutes.minutes(session.id()).orElseThrow();

        assertThat(published.closing().version()).isEqualTo(1);
        assertThat(published.closing().closedBy()).isEqualTo("Fenna Facilitator");
        assertThat(published.attendees()).extracting(Invitee::displayName).containsExactly("Daan de Vries");
        assertThat(published.session().agenda().getFirst().notes()).isEqualTo("- Afspraak gemaakt");
        assertThat(published.correctionsUntil())
                .isEqualTo(published.closing().closedAt().plus(7, ChronoUnit.DAYS));
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        assertThat(minutes.minutes(session.id())).isPresent();
        SignIn.as(userDetails, DemoUsers.UTRECHT);
        assertThat(minutes.minutes(session.id())).isEmpty();
        SignIn.as(userDetails, DemoUsers.OBSERVER);
        assertThat(minutes.minutes(session.id()))
                .as("observers read national minutes only")
                .isEmpty();
    }

    @Test
    void closing_with_an_unknown_attendee_is_refused_and_the_session_keeps_running() {
        WorkSession planned = sessions.create(new WorkSessionDraft(
                denHaag,
                "Werksessie",
                NEXT_WEEK,
                NEXT_WEEK.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(),
                Set.of()));
        WorkSession running = sessions.start(planned.id(), planned.version());

        assertThatThrownBy(() -> sessions.close(running.id(), running.version(), Set.of(daan, 987_654L)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("attendeeIds", "session.unknown-attendee")));
        assertThat(sessions.get(running.id()).orElseThrow().state()).isEqualTo(SessionState.IN_PROGRESS);
    }

    @Test
    void an_accepted_correction_changes_the_notes_in_a_new_version_and_keeps_the_old_text() {
        WorkSession session = closed(denHaag, "- Gemeente betaalt de tolk");
        long item = session.agenda().getFirst().id();

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        assertThat(minutes.minutes(session.id()).orElseThrow().mayProposeCorrection())
                .isTrue();
        MinutesCorrection proposed = minutes.proposeCorrection(
                item, "- Zorgverzekeraar betaalt de tolk", "Het was de verzekeraar, niet de gemeente");
        assertThat(proposed.status()).isEqualTo(CorrectionStatus.PENDING);
        assertThatThrownBy(() -> minutes.acceptCorrection(proposed.id(), proposed.version(), null))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        MinutesCorrection accepted = minutes.acceptCorrection(proposed.id(), proposed.version(), "Klopt");

        assertThat(accepted.status()).isEqualTo(CorrectionStatus.ACCEPTED);
        assertThat(accepted.previousText()).isEqualTo("- Gemeente betaalt de tolk");
        assertThat(accepted.minutesVersion()).isEqualTo(2);
        Minutes corrected = minutes.minutes(session.id()).orElseThrow();
        assertThat(corrected.closing().version()).isEqualTo(2);
        assertThat(corrected.session().agenda().getFirst().notes()).isEqualTo("- Zorgverzekeraar betaalt de tolk");
        assertThat(corrected.accepted())
                .extracting(MinutesCorrection::reason)
                .containsExactly("Het was de verzekeraar, niet de gemeente");
        assertThatThrownBy(() -> minutes.rejectCorrection(accepted.id(), accepted.version(), "Toch niet"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("minutes.correction-already-decided"));
    }

    @Test
    void a_rejected_correction_needs_a_reason_and_changes_nothing() {
        WorkSession session = closed(denHaag, "- Oorspronkelijk");
        long item = session.agenda().getFirst().id();
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        MinutesCorrection proposed = minutes.proposeCorrection(item, "- Anders", "Onjuist genoteerd");

        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        assertThatThrownBy(() -> minutes.rejectCorrection(proposed.id(), proposed.version(), " "))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("note", "validation.required")));
        MinutesCorrection rejected = minutes.rejectCorrection(proposed.id(), proposed.version(), "Zo is het besproken");
        assertThatThrownBy(() -> minutes.acceptCorrection(proposed.id(), rejected.version(), null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> minutes.acceptCorrection(proposed.id(), proposed.version(), null))
                .isInstanceOf(ValidationException.class);

        Minutes unchanged = minutes.minutes(session.id()).orElseThrow();
        assertThat(unchanged.closing().version()).isEqualTo(1);
        assertThat(unchanged.session().agenda().getFirst().notes()).isEqualTo("- Oorspronkelijk");
        assertThat(unchanged.corrections())
                .extracting(MinutesCorrection::status)
                .containsExactly(CorrectionStatus.REJECTED);
    }

    @Test
    void a_stale_decision_on_a_correction_is_refused() {
        WorkSession session = closed(denHaag, "- Tekst");
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        MinutesCorrection proposed =
                minutes.proposeCorrection(session.agenda().getFirst().id(), "- Betere tekst", "Typfout");
        SignIn.as(userDetails, DemoUsers.FACILITATOR);

        assertThatThrownBy(() -> minutes.acceptCorrection(proposed.id(), proposed.version() + 1, null))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(minutes.minutes(session.id())
                        .orElseThrow()
                        .session()
                        .agenda()
                        .getFirst()
                        .notes())
                .isEqualTo("- Tekst");
    }

    @Test
    void only_attendees_and_facilitators_propose_corrections_within_the_period() {
        WorkSession session = closed(null, "- Landelijk besproken");
        long item = session.agenda().getFirst().id();

        SignIn.as(userDetails, "delft@werkplaats.demo");
        assertThat(minutes.minutes(session.id()).orElseThrow().mayProposeCorrection())
                .isFalse();
        assertThatThrownBy(() -> minutes.proposeCorrection(item, "- Iets anders", "Niet aanwezig geweest"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(userDetails, DemoUsers.OBSERVER);
        assertThat(minutes.minutes(session.id())).isPresent();
        assertThatThrownBy(() -> minutes.proposeCorrection(item, "- Waarnemer", "Waarnemer"))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        assertThatThrownBy(() -> minutes.proposeCorrection(item, "- Landelijk besproken", "Geen wijziging"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("text", "minutes.correction-unchanged")));
        clock.moveBy(Duration.ofDays(7).plusMinutes(1));
        assertThat(minutes.minutes(session.id()).orElseThrow().mayProposeCorrection())
                .isFalse();
        assertThatThrownBy(() -> minutes.proposeCorrection(item, "- Te laat", "Te laat"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("minutes.correction-period-over"));
    }

    @Test
    void observers_see_the_accepted_history_but_not_corrections_under_review() {
        WorkSession session = closed(null, "- Eerste versie");
        long item = session.agenda().getFirst().id();
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        MinutesCorrection first = minutes.proposeCorrection(item, "- Tweede versie", "Aanvulling");
        minutes.proposeCorrection(item, "- Derde versie", "Nog een aanvulling");
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        minutes.acceptCorrection(first.id(), first.version(), null);

        SignIn.as(userDetails, DemoUsers.OBSERVER);
        Minutes seen = minutes.minutes(session.id()).orElseThrow();
        assertThat(seen.corrections()).extracting(MinutesCorrection::reason).containsExactly("Aanvulling");
        assertThat(seen.mayDecideCorrections()).isFalse();
        assertThat(seen.mayProposeCorrection()).isFalse();
    }

    @Test
    void a_correction_proposed_against_notes_that_changed_since_is_a_conflict_and_changes_nothing() {
        WorkSession session = closed(denHaag, "- Oorspronkelijke afspraak");
        long item = session.agenda().getFirst().id();
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        MinutesCorrection first = minutes.proposeCorrection(item, "- Eerste correctie", "Datum klopte niet");
        MinutesCorrection second = minutes.proposeCorrection(item, "- Tweede correctie", "Naam klopte niet");
        assertThat(first.notesVersion()).isEqualTo(second.notesVersion()).isNotNull();
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        minutes.acceptCorrection(first.id(), first.version(), null);

        assertThatThrownBy(() -> minutes.acceptCorrection(second.id(), second.version(), null))
                .isInstanceOfSatisfying(CorrectionConflictException.class, conflict -> {
                    assertThat(conflict.currentText()).isEqualTo("- Eerste correctie");
                    assertThat(conflict.proposedText()).isEqualTo("- Tweede correctie");
                    assertThat(conflict.correction().id()).isEqualTo(second.id());
                });

        Minutes after = minutes.minutes(session.id()).orElseThrow();
        assertThat(after.closing().version()).as("no new minutes version").isEqualTo(2);
        assertThat(after.session().agenda().getFirst().notes()).isEqualTo("- Eerste correctie");
        assertThat(after.pending()).extracting(MinutesCorrection::id).containsExactly(second.id());
        MinutesCorrection rejected = minutes.rejectCorrection(second.id(), second.version(), "Is al gecorrigeerd");
        assertThat(rejected.status()).isEqualTo(CorrectionStatus.REJECTED);
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        MinutesCorrection anew = minutes.proposeCorrection(item, "- Eerste correctie, met naam", "Naam erbij");
        assertThat(anew.notesVersion()).isGreaterThan(second.notesVersion());
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        assertThat(minutes.acceptCorrection(anew.id(), anew.version(), null).status())
                .as("an up-to-date correction is accepted as before")
                .isEqualTo(CorrectionStatus.ACCEPTED);
        assertThat(minutes.minutes(session.id()).orElseThrow().closing().version())
                .isEqualTo(3);
    }

    @Test
    void the_review_queue_lists_pending_corrections_the_longest_waiting_first_until_decided() {
        WorkSession session = closed(denHaag, "- Oorspronkelijk");
        long item = session.agenda().getFirst().id();
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        int before = minutes.countPendingCorrections();
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        MinutesCorrection first = minutes.proposeCorrection(item, "- Eerste", "Onjuist genoteerd");
        MinutesCorrection second = minutes.proposeCorrection(item, "- Tweede", "Nog een");

        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        assertThat(minutes.countPendingCorrections()).isEqualTo(before + 2);
        List<PendingCorrection> pending = minutes.pendingCorrections(MinutesService.PENDING_MAX);
        assertThat(pending).extracting(PendingCorrection::correctionId).containsSubsequence(first.id(), second.id());
        assertThat(pending)
                .filteredOn(p -> p.correctionId() == first.id())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.sessionId()).isEqualTo(session.id());
                    assertThat(p.sessionTitle()).isEqualTo(session.title());
                    assertThat(p.agendaItemTitle())
                            .isEqualTo(session.agenda().getFirst().title());
                });
        minutes.rejectCorrection(first.id(), first.version(), "Zo is het besproken");
        assertThat(minutes.pendingCorrections(MinutesService.PENDING_MAX))
                .extracting(PendingCorrection::correctionId)
                .doesNotContain(first.id())
                .contains(second.id());
        assertThat(minutes.countPendingCorrections()).isEqualTo(before + 1);
    }
}
