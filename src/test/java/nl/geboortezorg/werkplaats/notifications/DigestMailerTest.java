package nl.geboortezorg.werkplaats.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.common.ClusterLock;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.notifications.internal.NotificationRepository;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.MovableClock;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The e-mail digest through a real SMTP server inside the test (GreenMail on a free port): who
 * gets one, what it says, in which language, and that nothing goes twice or too early.
 */
@IntegrationTest
class DigestMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @Autowired
    NotificationRepository repository;

    @Autowired
    Destinations destinations;

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

    @Autowired
    ClusterLock lock;

    private BottleneckFixture fixture;
    private DigestMailer mailer;

    @BeforeEach
    void setUp() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        mailer = new DigestMailer(
                repository,
                destinations,
                new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class),
                clock,
                lock,
                "werkplaats@example.nl",
                "https://werkplaats.example.nl");
        clock.reset();
    }

    @AfterEach
    void digestsOff() {
        for (String email : new String[] {DemoUsers.DEN_HAAG, DemoUsers.UTRECHT}) {
            SignIn.as(users, email);
            notifications.changeDigestFrequency(DigestFrequency.NONE);
        }
        SignIn.out();
        clock.reset();
    }

    @Test
    void a_daily_digest_lists_the_unread_notifications_once_and_the_next_day_only_what_is_new() throws Exception {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        notifications.markAllRead();
        notifications.changeDigestFrequency(DigestFrequency.DAILY);
        SignIn.as(users, DemoUsers.UTRECHT);
        notifications.changeDigestFrequency(DigestFrequency.NONE);
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Per e-mail"));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), "Herkenbaar");

        assertThat(mailer.sendDue()).isOne();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage digest = received[0];
        assertThat(digest.getAllRecipients()).extracting(Object::toString).containsExactly(DemoUsers.DEN_HAAG);
        assertThat(digest.getSubject()).isEqualTo("Werkplaats Sociale Geboortezorg: 1 nieuwe melding");
        String body = String.valueOf(digest.getContent());
        assertThat(body)
                .contains("Beste Daan de Vries,")
                .contains("herkent het knelpunt „" + raised.title() + "”")
                .contains("https://werkplaats.example.nl/knelpunten/" + raised.id())
                .contains("https://werkplaats.example.nl/profiel");

        assertThat(mailer.sendDue()).as("nothing new").isZero();
        fixture.recognisedBy(DemoUsers.AMSTERDAM, fixture.amsterdamUmc, raised.id(), null);
        assertThat(mailer.sendDue())
                .as("something new, but not due until tomorrow")
                .isZero();
        // Only the digest's clock moves on: what the other tests write stays dated today.
        clock.moveBy(Duration.ofDays(1));
        assertThat(mailer.sendDue()).isOne();
        clock.reset();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        String next = String.valueOf(SMTP.getReceivedMessages()[1].getContent());
        assertThat(next)
                .contains("herkent het knelpunt")
                .doesNotContain("Herkenbaar")
                .containsOnlyOnce("- ");
    }

    @Test
    void while_another_instance_sends_the_digest_this_one_sends_nothing() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        notifications.markAllRead();
        notifications.changeDigestFrequency(DigestFrequency.DAILY);
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Een keer"));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), null);

        // The lock is held on another database connection, as another instance would hold it.
        assertThat(lock.runAlone("digest", mailer::onSchedule)).isTrue();
        assertThat(SMTP.getReceivedMessages())
                .as("skipped while the lock was taken")
                .isEmpty();

        // Due whenever another test sent Den Haag's last digest.
        clock.moveBy(Duration.ofDays(2));
        mailer.onSchedule();
        clock.reset();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void read_notifications_and_users_without_a_digest_get_no_mail() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        notifications.changeDigestFrequency(DigestFrequency.WEEKLY);
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Al gelezen"));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), null);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        notifications.markAllRead();

        assertThat(mailer.sendDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void without_a_mail_server_nothing_is_sent() {
        DigestMailer unconfigured = new DigestMailer(
                repository,
                destinations,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                clock,
                lock,
                "werkplaats@example.nl",
                "http://localhost:8080");
        SignIn.as(users, DemoUsers.DEN_HAAG);
        notifications.changeDigestFrequency(DigestFrequency.DAILY);
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Geen server"));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), null);

        assertThat(unconfigured.sendDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
