package nl.geboortezorg.werkplaats.sessions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.notifications.CalendarFeedService;
import nl.geboortezorg.werkplaats.notifications.CalendarFeeds;
import nl.geboortezorg.werkplaats.sessions.internal.SessionCalendarRepository;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's calendar feed, for Outlook or Google to subscribe to: the sessions they are invited
 * to, from three months back on. It answers without sign-in, since calendars cannot sign in; the
 * secret address is the credential, and access is checked afresh at every request. An unknown or
 * revoked address gets 404.
 */
@RestController
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final Feed feed;

    CalendarFeedController(Feed feed) {
        this.feed = feed;
    }

    @GetMapping(CalendarFeedService.PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feed.of(token)
                .map(ics -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .header("Referrer-Policy", "no-referrer")
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The feed's read, in one read-only transaction. */
    @Component
    static class Feed {

        private static final Period PAST = Period.ofMonths(3);

        private final CalendarFeeds owners;
        private final SessionCalendarRepository sessions;
        private final SessionCalendar calendar;
        private final Clock clock;

        Feed(CalendarFeeds owners, SessionCalendarRepository sessions, SessionCalendar calendar, Clock clock) {
            this.owners = owners;
            this.sessions = sessions;
            this.calendar = calendar;
            this.clock = clock;
        }

        @Transactional(readOnly = true)
        Optional<String> of(String token) {
            return owners.ownerOf(token).map(userId -> {
                Instant from = DutchTime.date(clock.instant())
                        .minus(PAST)
                        .atStartOfDay(DutchTime.ZONE)
                        .toInstant();
                List<SessionCalendar.Entry> entries = sessions.invited(userId, from).stream()
                        .map(s -> new SessionCalendar.Entry(
                                s.id(),
                                s.title(),
                                s.startsAt(),
                                s.endsAt(),
                                s.location(),
                                s.onlineLink(),
                                s.sequence(),
                                s.state() == SessionState.CANCELLED))
                        .toList();
                return calendar.feed("Werkplaats Sociale Geboortezorg", entries);
            });
        }
    }
}
