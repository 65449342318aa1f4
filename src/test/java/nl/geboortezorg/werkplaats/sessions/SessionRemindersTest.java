package nl.geboortezorg.werkplaats.sessions;

import static nl.geboortezorg.werkplaats.sessions.SessionMailTestServer.to;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import nl.geboortezorg.werkplaats.common.ClusterLock;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.mail.Mailer;
import nl.geboortezorg.werkplaats.notifications.MailKind;
import nl.geboortezorg.werkplaats.notifications.MailPreferenceService;
import nl.geboortezorg.werkplaats.notifications.MailRecipients;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionWorkspace;
import nl.geboortezorg.werkplaats.sessions.internal.ReminderRepository;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.MovableClock;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Reminders through a real SMTP server: an action due in two days, the same action once overdue,
 * and a session tomorrow, each sent once even when two instances run the job at the same moment,
 * and never to someone who switched reminders off.
 */
@IntegrationTest
class SessionRemindersTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    WorkSessionService sessions;

    @Autowired
    SessionOutcomeService outcomes;

    @Autowired
    RegionService regions;

    @Autowired
    MailPreferenceService preferences;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ReminderRepository reminders;

    @Autowired
    MailRecipients recipients;

    @Autowired
    Mailer mailer;

    @Autowired
    MovableClock clock;

    @Autowired
    ClusterLock lock;

    @BeforeEach
    void setUp() {
        clock.reset();
        SessionMailTestServer.connect(context, SMTP);
    }

    @AfterEach
    void tearDown() {
        SessionMailTestServer.disconnect(context);
        SignIn.as(userDetails, DemoUsers.UTRECHT);
        preferences.changeMyMail(MailKind.REMINDERS, true);
        SignIn.out();
        clock.reset();
    }

    private SessionReminders instance(Clock at) {
        return new SessionReminders(reminders, recipients, mailer, at, lock);
    }

    @Test
    void each_reminder_goes_once_across_two_instances_and_the_overdue_one_later_once_more() throws Exception {
        SignIn.as(userDetails, DemoUsers.ADMIN);
        RegionWorkspace denHaag = regions.workspace("den-haag").orElseThrow();
        long daan = DemoUsers.id(userDetails, DemoUsers.DEN_HAAG);
        long utrechter = DemoUsers.id(userDetails, DemoUsers.UTRECHT);
        SignIn.as(userDetails, DemoUsers.UTRECHT);
        preferences.changeMyMail(MailKind.REMINDERS, false);
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        String tag = String.valueOf(System.nanoTime());
        LocalDate today = DutchTime.date(clock.instant());
        Instant tomorrowAfternoon = DutchTime.instant(today.plusDays(1).atTime(14, 0));
        sessions.create(new WorkSessionDraft(
                denHaag.region().id(),
                "Morgen " + tag,
                tomorrowAfternoon,
                tomorrowAfternoon.plus(2, ChronoUnit.HOURS),
                "Haga",
                null,
                List.of(new AgendaItemDraft("Welkom", 15, null)),
                Set.of(daan, utrechter)));
        WorkSession withAction = sessions.create(new WorkSessionDraft(
                denHaag.region().id(),
                "Acties " + tag,
                clock.instant().plus(1, ChronoUnit.MINUTES),
                clock.instant().plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Afspraken", 15, null)),
                Set.of(daan)));
        WorkSession running = sessions.start(withAction.id(), withAction.version());
        outcomes.recordAction(
                running.agenda().getFirst().id(),
                new ActionDraft(
                        "Offerte opvragen",
                        daan,
                        denHaag.organisations().getFirst().id(),
                        today.plusDays(2)));
        SignIn.out();
        // the invitations to both sessions go first, on their own thread
        assertThat(SMTP.waitForIncomingEmail(10_000, 3)).isTrue();
        Thread.sleep(300);
        SMTP.purgeEmailFromAllMailboxes();

        SessionReminders first = instance(clock);
        SessionReminders second = instance(clock);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> await(together, first));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> await(together, second));
        int sent = one.get() + two.get();

        assertThat(sent).isEqualTo(SMTP.getReceivedMessages().length);
        assertThat(to(SMTP, DemoUsers.DEN_HAAG, "Morgen " + tag)).hasSize(1);
        assertThat(to(SMTP, DemoUsers.DEN_HAAG, "Acties " + tag))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Herinnering: actie uit"));
        assertThat(to(SMTP, DemoUsers.UTRECHT, tag))
                .as("switched reminders off")
                .isEmpty();
        assertThat(first.sendDue() + second.sendDue()).as("nothing twice").isZero();

        clock.moveBy(Duration.ofDays(3));
        SMTP.purgeEmailFromAllMailboxes();
        first.sendDue();
        second.sendDue();

        assertThat(to(SMTP, DemoUsers.DEN_HAAG, "Acties " + tag))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Verlopen: actie uit"));
        assertThat(to(SMTP, DemoUsers.DEN_HAAG, "Morgen " + tag)).isEmpty();
        assertThat(first.sendDue() + second.sendDue()).isZero();
    }

    private static int await(CyclicBarrier barrier, SessionReminders job) {
        try {
            barrier.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
        return job.sendDue();
    }
}
