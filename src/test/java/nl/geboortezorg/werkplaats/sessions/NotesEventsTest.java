package nl.geboortezorg.werkplaats.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Everyone with the session open hears of saved notes once they are committed, and only then. */
@IntegrationTest
class NotesEventsTest {

    @Autowired
    WorkSessionService sessions;

    @Autowired
    NotesEvents events;

    @Autowired
    UserDetailsService users;

    @Test
    void two_open_session_pages_both_receive_a_saved_note_and_a_closed_one_does_not() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        WorkSession session = sessions.create(new WorkSessionDraft(
                null,
                "Live notities " + System.nanoTime(),
                start,
                start.plus(1, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null)),
                Set.of()));
        session = sessions.start(session.id(), session.version());
        List<AgendaNotes> first = new CopyOnWriteArrayList<>();
        List<AgendaNotes> second = new CopyOnWriteArrayList<>();
        List<AgendaNotes> otherSession = new CopyOnWriteArrayList<>();
        NotesEvents.Subscription a = events.subscribe(session.id(), first::add);
        NotesEvents.Subscription b = events.subscribe(session.id(), second::add);
        NotesEvents.Subscription c = events.subscribe(session.id() + 1_000_000, otherSession::add);

        sessions.saveNotes(session.agenda().getFirst().id(), 0, "- Welkom");
        await().until(() -> second.size() == 1);
        b.close();
        sessions.saveNotes(session.agenda().getFirst().id(), 1, "- Welkom\n- Voorstelronde");

        await().untilAsserted(() -> assertThat(first)
                .extracting(AgendaNotes::text)
                .containsExactly("- Welkom", "- Welkom\n- Voorstelronde"));
        assertThat(second).extracting(AgendaNotes::text).containsExactly("- Welkom");
        assertThat(otherSession).isEmpty();
        a.close();
        c.close();
    }

    @Test
    void a_failing_listener_neither_stops_the_others_nor_undoes_the_save() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        WorkSession session = sessions.create(new WorkSessionDraft(
                null,
                "Pagina sluit " + System.nanoTime(),
                start,
                start.plus(1, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null)),
                Set.of()));
        session = sessions.start(session.id(), session.version());
        List<AgendaNotes> received = new CopyOnWriteArrayList<>();
        List<Long> changes = new CopyOnWriteArrayList<>();
        NotesEvents.Subscription closing = events.subscribe(session.id(), notes -> {
            throw new IllegalStateException("page just closed");
        });
        NotesEvents.Subscription open = events.subscribe(session.id(), received::add);
        NotesEvents.Subscription failingChanges = events.subscribeToChanges(session.id(), id -> {
            throw new IllegalStateException("page just closed");
        });
        NotesEvents.Subscription changeListener = events.subscribeToChanges(session.id(), changes::add);

        AgendaNotes saved = sessions.saveNotes(session.agenda().getFirst().id(), 0, "- Toch bewaard");
        sessions.close(session.id(), session.version(), Set.of());

        assertThat(saved.version()).isEqualTo(1);
        long sessionId = session.id();
        // the start's own change may still be on its way when the listeners subscribe: once or twice
        await().untilAsserted(() -> assertThat(changes).isNotEmpty().containsOnly(sessionId));
        assertThat(received).extracting(AgendaNotes::text).containsExactly("- Toch bewaard");
        assertThat(sessions.get(session.id()).orElseThrow().state()).isEqualTo(SessionState.CLOSED);
        closing.close();
        open.close();
        failingChanges.close();
        changeListener.close();
    }
}
