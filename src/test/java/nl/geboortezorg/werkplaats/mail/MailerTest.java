package nl.geboortezorg.werkplaats.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Messages through a real SMTP server inside the test: their parts, headers, links and escaping. */
@IntegrationTest
class MailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @Autowired
    Destinations destinations;

    private Mailer mailer;

    @BeforeEach
    void setUp() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        mailer = new Mailer(
                new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class),
                destinations,
                "werkplaats@example.nl",
                "https://werkplaats.example.nl/");
    }

    @Test
    void a_message_carries_the_same_content_as_plain_text_and_escaped_html_with_its_headers() throws Exception {
        MailBody body = new MailBody()
                .paragraph("Beste <Anna> & collega's,")
                .link("Open de werkplaats", mailer.link(new Destination.Profile()))
                .item("Werksessie Utrecht", mailer.link("/werksessies/7"))
                .footer("U krijgt dit bericht omdat u bent uitgenodigd.");
        boolean sent = mailer.send(new OutgoingMail("anna@example.nl", "Uitnodiging: één sessie", body)
                .withHeader("List-Unsubscribe", "<https://werkplaats.example.nl/profiel>"));

        assertThat(sent).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Uitnodiging: één sessie");
        assertThat(received.getFrom()[0].toString()).isEqualTo("werkplaats@example.nl");
        assertThat(received.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://werkplaats.example.nl/profiel>");
        List<BodyPart> parts = leaves((Multipart) received.getContent());
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).getContentType()).startsWith("text/plain");
        String text = ((String) parts.get(0).getContent()).replace("\r\n", "\n");
        assertThat(text)
                .contains("Beste <Anna> & collega's,")
                .contains("https://werkplaats.example.nl/profiel\n")
                .contains("https://werkplaats.example.nl/werksessies/7")
                .doesNotContain("example.nl//");
        assertThat(parts.get(1).getContentType()).startsWith("text/html");
        String html = (String) parts.get(1).getContent();
        assertThat(html)
                .contains("Beste &lt;Anna&gt; &amp; collega&#39;s,")
                .contains("href=\"https://werkplaats.example.nl/werksessies/7\"")
                .doesNotContain("<Anna>")
                .doesNotContain("<script")
                .doesNotContain("<img");
    }

    @Test
    void an_invitation_travels_as_a_calendar_part_with_its_method_and_as_an_attached_file() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        mailer.send(new OutgoingMail("anna@example.nl", "Uitnodiging", new MailBody().paragraph("Welkom"))
                .withCalendar(new OutgoingMail.CalendarPart("REQUEST", ics)));

        List<BodyPart> parts = leaves((Multipart) SMTP.getReceivedMessages()[0].getContent());
        assertThat(parts)
                .extracting(BodyPart::getContentType)
                .anySatisfy(type -> assertThat(type).startsWith("text/calendar").contains("method=REQUEST"))
                .anySatisfy(type -> assertThat(type).startsWith("application/ics"));
        BodyPart calendar = null;
        for (BodyPart part : parts) {
            if (part.getContentType().startsWith("text/calendar")) {
                calendar = part;
            }
        }
        assertThat(calendar).isNotNull();
        assertThat(new String(calendar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(ics);
    }

    @Test
    void without_a_mail_server_nothing_is_sent_and_the_mailer_says_it_is_not_configured() {
        Mailer unconfigured = new Mailer(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                destinations,
                "werkplaats@example.nl",
                "https://werkplaats.example.nl");

        assertThat(unconfigured.configured()).isFalse();
        assertThat(unconfigured.send(new OutgoingMail("anna@example.nl", "Niets", new MailBody())))
                .isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(mailer.configured()).isTrue();
    }

    private static List<BodyPart> leaves(Multipart multipart) throws Exception {
        List<BodyPart> leaves = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                leaves.addAll(leaves(nested));
            } else {
                leaves.add(part);
            }
        }
        return leaves;
    }
}
