package nl.geboortezorg.werkplaats.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.Destinations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends {@link OutgoingMail} through the configured mail server, and builds the absolute links
 * messages carry. Without a mail server nothing is sent and {@link #configured()} says so, so that
 * a screen can offer the link to pass on instead.
 */
@Component
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Destinations destinations;
    private final String from;
    private final String baseUrl;

    Mailer(
            ObjectProvider<JavaMailSender> sender,
            Destinations destinations,
            @Value("${wsg.mail.from}") String from,
            @Value("${wsg.base-url}") String baseUrl) {
        this.sender = sender;
        this.destinations = destinations;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** The absolute address of a page, from the configured base address. */
    public String link(Destination destination) {
        return link(destinations.path(destination));
    }

    /** The absolute address of a path of this application ("/wachtwoord/..."). */
    public String link(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * Sends the message; answers whether it went. A failure is logged without the address (the
     * caller knows whom it was for) and answered as false, so that the caller may try again later.
     */
    public boolean send(OutgoingMail mail) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return false;
        }
        try {
            mailSender.send(mime(mailSender, mail));
            return true;
        } catch (MailException | MessagingException failed) {
            LOG.warn(
                    "Mail \"{}\" not sent: {}",
                    mail.subject(),
                    failed.getClass().getSimpleName());
            return false;
        }
    }

    MimeMessage mime(JavaMailSender mailSender, OutgoingMail mail) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        message.setFrom(from);
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, mail.to());
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body().plainText(), StandardCharsets.UTF_8.name(), "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.body().html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(html);
        OutgoingMail.CalendarPart calendar = mail.calendar();
        if (calendar == null) {
            message.setContent(alternative);
        } else {
            // Outlook reads an invitation from a text/calendar part beside the text and HTML;
            // Google and Apple from the same part or the attached file.
            String type = "text/calendar; charset=UTF-8; method=" + calendar.method();
            MimeBodyPart inline = new MimeBodyPart();
            inline.setDataHandler(new DataHandler(
                    new ByteArrayDataSource(calendar.icalendar().getBytes(StandardCharsets.UTF_8), type)));
            inline.setHeader("Content-Type", type);
            alternative.addBodyPart(inline);
            MimeBodyPart alternativeHolder = new MimeBodyPart();
            alternativeHolder.setContent(alternative);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(alternativeHolder);
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(
                    new ByteArrayDataSource(calendar.icalendar().getBytes(StandardCharsets.UTF_8), "application/ics")));
            file.setFileName("invite.ics");
            mixed.addBodyPart(file);
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }
}
