package nl.geboortezorg.werkplaats.sessions;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.mail.Mailer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sessions as iCalendar (RFC 5545): an invitation or cancellation for one attendee (iTIP REQUEST,
 * CANCEL), or a person's feed of sessions. Each session has one UID for good, and a SEQUENCE that
 * every change of time or place raises, which is how Outlook and Google know to replace the event
 * they have. Times are written in Europe/Amsterdam with its VTIMEZONE, so no calendar guesses.
 */
@Component
class SessionCalendar {

    static final String REQUEST = Method.REQUEST;
    static final String CANCEL = Method.CANCEL;

    private static final TimezoneAssignment AMSTERDAM =
            new TimezoneAssignment(TimeZone.getTimeZone(DutchTime.ZONE), amsterdam());

    private final Mailer mailer;
    private final Clock clock;
    private final String organizer;
    private final String host;

    SessionCalendar(
            Mailer mailer,
            Clock clock,
            @Value("${wsg.mail.from}") String organizer,
            @Value("${wsg.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.clock = clock;
        this.organizer = organizer;
        String baseHost = URI.create(baseUrl).getHost();
        this.host = baseHost == null ? "localhost" : baseHost;
    }

    /** What a calendar shows of a session: its title, times and place, never its notes. */
    record Entry(
            long sessionId,
            String title,
            Instant startsAt,
            Instant endsAt,
            @Nullable String location,
            @Nullable String onlineLink,
            int sequence,
            boolean cancelled) {}

    /** The session's UID: the same in every invitation, change, cancellation and feed. */
    String uid(long sessionId) {
        return "session-" + sessionId + "@" + host;
    }

    /** An invitation (REQUEST) or a cancellation (CANCEL) of the session for one attendee. */
    String invitation(String method, Entry entry, String attendeeName, String attendeeEmail) {
        ICalendar calendar = calendar();
        calendar.setMethod(method);
        VEvent event = event(entry);
        Organizer from = new Organizer(null, organizer);
        event.setOrganizer(from);
        Attendee attendee = new Attendee(attendeeName, attendeeEmail);
        attendee.setRole(Role.ATTENDEE);
        attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
        attendee.setRsvp(false);
        event.addAttendee(attendee);
        if (CANCEL.equals(method)) {
            event.setStatus(Status.cancelled());
        }
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }

    /** A person's feed: the sessions, cancelled ones marked so, for a subscribed calendar. */
    String feed(String name, List<Entry> entries) {
        ICalendar calendar = calendar();
        calendar.setMethod(Method.PUBLISH);
        calendar.setName(name);
        calendar.setRefreshInterval(
                new biweekly.util.Duration.Builder().hours(1).build());
        for (Entry entry : entries) {
            VEvent event = event(entry);
            if (entry.cancelled()) {
                event.setStatus(Status.cancelled());
            }
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    private static ICalendar calendar() {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Werkplaats Sociale Geboortezorg//NL");
        calendar.getTimezoneInfo().setDefaultTimezone(AMSTERDAM);
        return calendar;
    }

    private VEvent event(Entry entry) {
        VEvent event = new VEvent();
        event.setUid(uid(entry.sessionId()));
        event.setSequence(entry.sequence());
        event.setDateTimeStamp(Date.from(clock.instant()));
        event.setDateStart(Date.from(entry.startsAt()), true);
        event.setDateEnd(Date.from(entry.endsAt()), true);
        event.setSummary(entry.title());
        String place = place(entry);
        if (place != null) {
            event.setLocation(place);
        }
        event.setUrl(mailer.link(new Destination.Session(entry.sessionId())));
        return event;
    }

    private static @Nullable String place(Entry entry) {
        if (entry.location() != null && entry.onlineLink() != null) {
            return entry.location() + " / " + entry.onlineLink();
        }
        return entry.location() != null ? entry.location() : entry.onlineLink();
    }

    /** Europe/Amsterdam since 1996 (EU summer time), written out: nothing is downloaded. */
    private static VTimezone amsterdam() {
        VTimezone zone = new VTimezone(DutchTime.ZONE.getId());
        DaylightSavingsTime summer = new DaylightSavingsTime();
        summer.setDateStart(new DateTimeComponents(1996, 3, 31, 2, 0, 0, false));
        summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
        summer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY)
                .byMonth(3)
                .byDay(-1, DayOfWeek.SUNDAY)
                .build());
        summer.addTimezoneName("CEST");
        StandardTime winter = new StandardTime();
        winter.setDateStart(new DateTimeComponents(1996, 10, 27, 3, 0, 0, false));
        winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
        winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY)
                .byMonth(10)
                .byDay(-1, DayOfWeek.SUNDAY)
                .build());
        winter.addTimezoneName("CET");
        zone.addDaylightSavingsTime(summer);
        zone.addStandardTime(winter);
        return zone;
    }
}
