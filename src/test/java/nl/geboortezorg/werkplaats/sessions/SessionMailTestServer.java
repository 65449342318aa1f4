package nl.geboortezorg.werkplaats.sessions;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Connects the application's mailer to the GreenMail server of a test for its duration (the
 * shared test context has no mail server), and reads what arrived.
 */
final class SessionMailTestServer {

    private static final String BEAN = "sessionMailTestSender";

    private SessionMailTestServer() {}

    static void connect(ConfigurableApplicationContext context, GreenMailExtension smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        factory(context).registerSingleton(BEAN, sender);
    }

    static void disconnect(ConfigurableApplicationContext context) {
        if (factory(context).containsSingleton(BEAN)) {
            factory(context).destroySingleton(BEAN);
        }
    }

    private static DefaultListableBeanFactory factory(ConfigurableApplicationContext context) {
        return (DefaultListableBeanFactory) context.getBeanFactory();
    }

    /** The messages to this address whose subject mentions the text. */
    static List<MimeMessage> to(GreenMailExtension smtp, String address, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getAllRecipients()[0].toString().equals(address)
                                && message.getSubject().contains(subjectPart);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The message's text/calendar part, as text. */
    static @Nullable String calendarText(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            part.getDataHandler().writeTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = calendarText(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static ICalendar calendar(MimeMessage message) throws Exception {
        String text = calendarText(message);
        if (text == null) {
            throw new AssertionError("no calendar part in " + message.getSubject());
        }
        return Biweekly.parse(text).first();
    }

    /** All text of the message: its plain text, HTML and calendar parts. */
    static String allText(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(allText(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
