package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import nl.geboortezorg.werkplaats.Application;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import nl.geboortezorg.werkplaats.testsupport.PilotInstance;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two application instances on one database: this test's application (instance A, which ran the
 * migrations) and a second one started beside it (instance B: the production configuration with
 * migrations and demo data switched off, as a second node would run). Changes saved through A
 * reach pages open on B within a second, and the other way round: live session notes and the
 * notification count.
 */
class TwoInstancesJourneyTest extends JourneyTest {

    private static final LocatorAssertions.HasValueOptions WITHIN_A_SECOND =
            new LocatorAssertions.HasValueOptions().setTimeout(1_000);

    private static ConfigurableApplicationContext instanceB;
    private static int portB;

    @Autowired
    DataSource dataSource;

    @Autowired
    WorkSessionService sessions;

    @Autowired
    UserDetailsService users;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    NotificationService notifications;

    @BeforeEach
    void startInstanceB() throws java.sql.SQLException {
        if (instanceB != null) {
            return;
        }
        HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
        // Command-line arguments, so that they win over the environment CI sets for instance A.
        instanceB = new SpringApplicationBuilder(Application.class)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("withoutTestClasses", new PilotInstance.WithoutTestClasses()))
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password="
                                + (database.getPassword() == null ? "" : database.getPassword()),
                        "--spring.flyway.enabled=false",
                        "--wsg.demo-data=false",
                        "--wsg.documents.dir=target/test-documents",
                        "--vaadin.devmode.devTools.enabled=false");
        portB = Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port"));
        assertThat(portB).isNotEqualTo(port);
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
            instanceB = null;
        }
    }

    @Test
    void notes_saved_through_one_instance_appear_on_the_other_within_a_second() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        WorkSession session = sessions.create(new WorkSessionDraft(
                denHaag,
                "Twee servers " + System.nanoTime(),
                start,
                start.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null), new AgendaItemDraft("Casuïstiek", 30, null)),
                Set.of()));
        session = sessions.start(session.id(), session.version());
        SignIn.out();

        Page daanOnB = signedIn(DemoUsers.DEN_HAAG, portB);
        daanOnB.navigate("sessies/" + session.id());
        Locator daansNotes = daanOnB.locator(".agenda-notes textarea");
        daansNotes.first().waitFor();
        Page fennaOnA = signedIn(DemoUsers.FACILITATOR);
        fennaOnA.navigate("sessies/" + session.id());
        Locator fennasNotes = fennaOnA.locator(".agenda-notes textarea");
        fennasNotes.first().waitFor();

        // saved through instance A's service: on B's page within a second
        AgendaItem opening = session.agenda().getFirst();
        String text = "Afspraak: verloskundige belt de gemeente.";
        SignIn.as(users, DemoUsers.FACILITATOR);
        long saved = System.nanoTime();
        sessions.saveNotes(opening.id(), opening.notesVersion(), text);
        SignIn.out();
        assertThat(daansNotes.first()).hasValue(text, WITHIN_A_SECOND);
        System.out.printf(
                "Notes saved on instance A shown on instance B after %d ms%n", (System.nanoTime() - saved) / 1_000_000);

        // typed in a browser on instance B: on A's page too
        String his = "Casus: geen verzekering, huisarts ingeschakeld.";
        daansNotes.nth(1).fill(his);
        assertThat(fennasNotes.nth(1)).hasValue(his);
    }

    @Test
    void the_notification_count_on_the_other_instance_follows_within_a_second() {
        BottleneckFixture fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Twee servers"));
        notifications.markAllRead();
        SignIn.out();

        Page daanOnB = signedIn(DemoUsers.DEN_HAAG, portB);
        Locator count = daanOnB.locator("#notification-bell .notification-count");
        assertThat(count).isHidden();

        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), "Herkenbaar");
        SignIn.out();
        assertThat(count).hasText("1", new LocatorAssertions.HasTextOptions().setTimeout(1_000));
    }
}
