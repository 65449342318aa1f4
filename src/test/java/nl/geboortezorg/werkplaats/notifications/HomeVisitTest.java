package nl.geboortezorg.werkplaats.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.MovableClock;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start page shows what reached a user since their previous visit; opening it again within
 * half an hour is the same visit. Rolled back, so the moved clock leaves no notifications dated
 * in the future behind.
 */
@IntegrationTest
@Transactional
class HomeVisitTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void the_start_page_shows_what_reached_me_since_my_previous_visit_and_a_reload_keeps_the_visit() {
        BottleneckFixture fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
        clock.moveBy(Duration.ofHours(2));
        SignIn.as(users, DemoUsers.DEN_HAAG);
        notifications.visitHome(5);
        Instant firstVisit = clock.instant();
        clock.moveBy(Duration.ofMinutes(1));
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Sinds vorig bezoek"));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), null);

        clock.moveBy(Duration.ofHours(1));
        SignIn.as(users, DemoUsers.DEN_HAAG);
        SinceLastVisit next = notifications.visitHome(5);
        assertThat(next.previousVisit()).isBetween(firstVisit.minusSeconds(1), firstVisit.plusSeconds(1));
        assertThat(next.newest()).extracting(n -> n.activity().title()).contains(raised.title());
        assertThat(next.count())
                .isPositive()
                .isGreaterThanOrEqualTo(next.newest().size());

        clock.moveBy(Duration.ofMinutes(5));
        SinceLastVisit reloaded = notifications.visitHome(5);
        assertThat(reloaded.previousVisit()).isEqualTo(next.previousVisit());
        assertThat(reloaded.newest()).extracting(n -> n.activity().title()).contains(raised.title());

        clock.moveBy(Duration.ofHours(1));
        SinceLastVisit later = notifications.visitHome(5);
        assertThat(later.previousVisit()).isAfter(next.previousVisit());
        assertThat(later.newest()).extracting(n -> n.activity().title()).doesNotContain(raised.title());
        assertThat(later.count()).isZero();

        SignIn.as(users, DemoUsers.UTRECHT);
        assertThat(notifications.visitHome(5).newest())
                .extracting(n -> n.activity().title())
                .doesNotContain(raised.title());
    }
}
