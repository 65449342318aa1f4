package nl.geboortezorg.werkplaats.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who has a session open: each person once, however many tabs, and the others told when it changes. */
@IntegrationTest
class SessionPresenceTest {

    @Autowired
    WorkSessionService sessions;

    @Autowired
    SessionPresence presence;

    @Autowired
    UserDetailsService users;

    private long runningNationalSession() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS);
        WorkSession session = sessions.create(new WorkSessionDraft(
                null,
                "Aanwezig " + System.nanoTime(),
                start,
                start.plus(1, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null)),
                Set.of()));
        return sessions.start(session.id(), session.version()).id();
    }

    private long idOf(String email) {
        return DemoUsers.id(users, email);
    }

    @Test
    void the_same_person_in_two_tabs_counts_once_until_both_are_closed() {
        long session = runningNationalSession();
        SignIn.as(users, DemoUsers.DEN_HAAG);
        SessionPresence.Visit firstTab = presence.join(session, () -> {});
        SessionPresence.Visit secondTab = presence.join(session, () -> {});

        assertThat(firstTab.viewers())
                .containsExactly(new SessionPresence.Viewer(idOf(DemoUsers.DEN_HAAG), "Daan de Vries"));
        assertThat(presence.presentUserIds(session)).containsExactly(idOf(DemoUsers.DEN_HAAG));

        firstTab.close();
        assertThat(presence.presentUserIds(session)).containsExactly(idOf(DemoUsers.DEN_HAAG));
        secondTab.close();
        assertThat(presence.presentUserIds(session)).isEmpty();
        assertThat(secondTab.viewers()).isEmpty();
    }

    @Test
    void the_others_are_told_when_someone_comes_or_goes_but_not_of_a_second_tab() {
        long session = runningNationalSession();
        AtomicInteger toldDaan = new AtomicInteger();
        AtomicInteger toldUma = new AtomicInteger();
        SignIn.as(users, DemoUsers.DEN_HAAG);
        SessionPresence.Visit daan = presence.join(session, toldDaan::incrementAndGet);
        SignIn.as(users, DemoUsers.UTRECHT);
        SessionPresence.Visit uma = presence.join(session, toldUma::incrementAndGet);

        assertThat(toldDaan).as("Daan hears that Uma came").hasValue(1);
        assertThat(toldUma).as("not told of her own coming").hasValue(0);
        assertThat(daan.viewers())
                .extracting(SessionPresence.Viewer::displayName)
                .containsExactly("Daan de Vries", "Uma Jansen");

        SessionPresence.Visit umaSecondTab = presence.join(session, () -> {});
        uma.close();
        assertThat(toldDaan).as("Uma is still there in her other tab").hasValue(1);

        umaSecondTab.close();
        assertThat(toldDaan).hasValue(2);
        assertThat(daan.viewers())
                .extracting(SessionPresence.Viewer::displayName)
                .containsExactly("Daan de Vries");
        daan.close();
        daan.close();
        assertThat(presence.presentUserIds(session)).isEmpty();
    }

    @Test
    void a_page_that_cannot_be_told_keeps_no_one_else_from_hearing() {
        long session = runningNationalSession();
        AtomicInteger toldUma = new AtomicInteger();
        SignIn.as(users, DemoUsers.DEN_HAAG);
        SessionPresence.Visit broken = presence.join(session, () -> {
            throw new IllegalStateException("page gone");
        });
        SignIn.as(users, DemoUsers.UTRECHT);
        SessionPresence.Visit uma = presence.join(session, toldUma::incrementAndGet);
        SignIn.as(users, DemoUsers.AMSTERDAM);

        SessionPresence.Visit sanne = presence.join(session, () -> {});

        assertThat(toldUma).hasValue(1);
        broken.close();
        uma.close();
        sanne.close();
    }

    @Test
    void only_someone_who_may_see_the_session_can_join_it() {
        long session = runningNationalSession();
        // Observers see national sessions once they are closed, not while they run.
        SignIn.as(users, DemoUsers.OBSERVER);

        assertThatThrownBy(() -> presence.join(session, () -> {})).isInstanceOf(NotFoundException.class);
        assertThat(presence.presentUserIds(session)).isEmpty();
    }
}
