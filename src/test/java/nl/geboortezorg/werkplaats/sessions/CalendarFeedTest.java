package nl.geboortezorg.werkplaats.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.notifications.CalendarFeedService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The personal calendar feed over HTTP without sign-in: what it serves, and that a revoked address is gone. */
@IntegrationTest
class CalendarFeedTest {

    @Autowired
    MockMvc http;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    WorkSessionService sessions;

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private WorkSession plan(String title, Set<Long> invitees) {
        Instant start = TestTimes.daysAheadAt(20, 10);
        return sessions.create(new WorkSessionDraft(
                null,
                title,
                start,
                start.plus(2, ChronoUnit.HOURS),
                "Utrecht",
                null,
                List.of(new AgendaItemDraft("Welkom", 15, null)),
                invitees));
    }

    private List<String> uids(String path) throws Exception {
        var response =
                http.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(response.getContentAsString()).first();
        return calendar.getEvents().stream()
                .map(VEvent::getUid)
                .map(uid -> uid.getValue())
                .toList();
    }

    @Test
    void the_feed_serves_the_sessions_one_is_invited_to_and_a_new_address_revokes_the_old() throws Exception {
        long daan = DemoUsers.id(userDetails, DemoUsers.DEN_HAAG);
        long utrechter = DemoUsers.id(userDetails, DemoUsers.UTRECHT);
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        WorkSession invited = plan("Met Daan " + System.nanoTime(), Set.of(daan, utrechter));
        WorkSession other = plan("Zonder Daan " + System.nanoTime(), Set.of(utrechter));
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        String first = URI.create(feeds.newFeedAddress()).getPath();
        assertThat(feeds.myFeedSince()).isPresent();
        SignIn.out();

        assertThat(first).matches("/agenda/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(uids(first))
                .contains("session-" + invited.id() + "@localhost")
                .doesNotContain("session-" + other.id() + "@localhost");

        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        WorkSession current = sessions.get(invited.id()).orElseThrow();
        sessions.update(
                current.id(),
                current.version(),
                new WorkSessionDraft(
                        null,
                        current.title(),
                        current.startsAt(),
                        current.endsAt(),
                        current.location(),
                        null,
                        List.of(new AgendaItemDraft("Welkom", 15, null)),
                        Set.of(utrechter)));
        SignIn.out();
        assertThat(uids(first))
                .as("checked again at each request")
                .doesNotContain("session-" + invited.id() + "@localhost");

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        String second = URI.create(feeds.newFeedAddress()).getPath();
        SignIn.out();

        http.perform(get(first)).andExpect(status().isNotFound());
        uids(second);
        http.perform(get("/agenda/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
        http.perform(get("/agenda/unknown.ics")).andExpect(status().isNotFound());
    }
}
