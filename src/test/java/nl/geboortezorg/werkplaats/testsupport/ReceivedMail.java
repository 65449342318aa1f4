package nl.geboortezorg.werkplaats.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail as its recipient reads it: to whom, the subject, the plain text and the HTML part, and
 * the platform link it carries, which must be the same in both parts (a mail program may show
 * either).
 */
public record ReceivedMail(String to, String subject, String plainText, String html) {

    /** The last of the mails that went to the address (GreenMail lists them by mailbox, not by arrival). */
    public static ReceivedMail lastTo(List<MimeMessage> mails, String address) {
        ReceivedMail last = null;
        for (MimeMessage mail : mails) {
            ReceivedMail read = of(mail);
            if (read.to().equalsIgnoreCase(address)) {
                last = read;
            }
        }
        assertThat(last).as("a mail to " + address).isNotNull();
        return last;
    }

    /** How many of the mails went to the address. */
    public static long countTo(List<MimeMessage> mails, String address) {
        return mails.stream()
                .map(ReceivedMail::of)
                .filter(mail -> mail.to().equalsIgnoreCase(address))
                .count();
    }

    public static ReceivedMail of(MimeMessage mail) {
        try {
            MimeMultipart alternative = (MimeMultipart) mail.getContent();
            return new ReceivedMail(
                    mail.getAllRecipients()[0].toString(),
                    mail.getSubject(),
                    String.valueOf(alternative.getBodyPart(0).getContent()),
                    String.valueOf(alternative.getBodyPart(1).getContent()));
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException("An unreadable mail", unreadable);
        }
    }

    /**
     * The one link to the page under the base address and path (such as
     * {@code http://localhost:8080/wachtwoord-instellen/}) in the plain text, after checking that
     * the HTML part links to the same address.
     */
    public String link(String start) {
        Matcher plain = Pattern.compile(Pattern.quote(start) + "[A-Za-z0-9_-]+").matcher(plainText);
        assertThat(plain.find())
                .as("a link to " + start + " in the plain text of: " + plainText)
                .isTrue();
        String link = plain.group();
        assertThat(plain.find()).as("only one such link in the plain text").isFalse();
        assertThat(html).as("the same link in the HTML part").contains("href=\"" + link + "\"");
        return link;
    }
}
