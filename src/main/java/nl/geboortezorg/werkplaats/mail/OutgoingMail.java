package nl.geboortezorg.werkplaats.mail;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message to one person. The body comes as plain text and HTML of the same content; headers
 * such as {@code List-Unsubscribe} are added as given. A calendar part travels as
 * {@code text/calendar} with its METHOD, the way Outlook and Google read an invitation.
 */
public record OutgoingMail(
        String to,
        String subject,
        MailBody body,
        Map<String, String> headers,
        @Nullable CalendarPart calendar) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    public OutgoingMail(String to, String subject, MailBody body) {
        this(to, subject, body, Map.of(), null);
    }

    public OutgoingMail withHeader(String name, String value) {
        java.util.LinkedHashMap<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(to, subject, body, more, calendar);
    }

    public OutgoingMail withCalendar(CalendarPart part) {
        return new OutgoingMail(to, subject, body, headers, part);
    }

    /** An iCalendar object ({@code VCALENDAR} text) and its METHOD (REQUEST, CANCEL). */
    public record CalendarPart(String method, String icalendar) {
        public CalendarPart {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(icalendar, "icalendar");
        }
    }
}
