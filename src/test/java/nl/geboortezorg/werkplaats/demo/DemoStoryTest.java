package nl.geboortezorg.werkplaats.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDetail;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSummary;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntryType;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.Invitee;
import nl.geboortezorg.werkplaats.sessions.Minutes;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.SessionPeriod;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionSummary;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A try-out tells the track as it went, counted back from the day the demo was loaded: the national
 * meeting a few months ago, per region a session held, one running and one next week, and
 * bottlenecks whose timelines span months.
 */
@IntegrationTest
class DemoStoryTest {

    /** Every region with its demo member, as README.md lists them. */
    private static final Map<String, String> MEMBERS = Map.of(
            "den-haag", "denhaag@werkplaats.demo",
            "utrecht", "utrecht@werkplaats.demo",
            "delft", "delft@werkplaats.demo",
            "apeldoorn", "apeldoorn@werkplaats.demo",
            "zuid-limburg", "zuidlimburg@werkplaats.demo",
            "amsterdam-olvg", "olvg@werkplaats.demo",
            "amsterdam-umc", "amsterdamumc@werkplaats.demo");

    @Autowired
    WorkSessionService sessions;

    @Autowired
    MinutesService minutes;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Test
    void the_national_meeting_was_closed_a_few_months_ago_with_minutes_decisions_and_actions() {
        Instant now = clock.instant();
        LocalDate today = DutchTime.date(now);
        SignIn.as(users, DemoUsers.OBSERVER);

        WorkSessionSummary meeting = nationalMeeting();
        assertThat(meeting.national()).isTrue();
        assertThat(meeting.state()).isEqualTo(SessionState.CLOSED);
        assertThat(meeting.startsAt()).isBetween(now.minus(Duration.ofDays(180)), now.minus(Duration.ofDays(60)));

        Minutes published = minutes.minutes(meeting.id()).orElseThrow();
        assertThat(published.session().location()).isEqualTo("Utrecht");
        assertThat(published.closing().closedAt())
                .isAfter(meeting.endsAt())
                .isBefore(meeting.endsAt().plus(Duration.ofDays(1)));
        assertThat(published.session().agenda())
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(item -> assertThat(item.notes()).isNotBlank());
        assertThat(published.attendees()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(published.outcomes().decisions())
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(
                        decision -> assertThat(decision.recordedAt()).isBetween(meeting.startsAt(), meeting.endsAt()));
        List<ActionItem> actions = published.outcomes().actions();
        assertThat(actions).extracting(ActionItem::status).contains(ActionStatus.DONE, ActionStatus.OPEN);
        assertThat(actions).filteredOn(action -> action.overdue(today)).hasSize(1);
        assertThat(actions)
                .filteredOn(action -> action.status() == ActionStatus.OPEN && !action.overdue(today))
                .isNotEmpty();
        assertThat(actions)
                .allSatisfy(
                        action -> assertThat(action.dueDate()).isAfterOrEqualTo(DutchTime.date(meeting.startsAt())));
    }

    @Test
    void every_region_held_a_session_has_one_running_now_and_one_planned_for_next_week() {
        Instant now = clock.instant();
        LocalDate today = DutchTime.date(now);
        MEMBERS.forEach((code, member) -> {
            SignIn.as(users, member);
            long regionId = regions.workspace(code).orElseThrow().region().id();
            long memberId = DemoUsers.id(users, member);
            List<WorkSessionSummary> own = Stream.concat(
                            all(SessionPeriod.PAST).stream(), all(SessionPeriod.UPCOMING).stream())
                    .filter(session -> Long.valueOf(regionId).equals(session.regionId()))
                    .toList();

            assertThat(own)
                    .as(code + ": a session held weeks ago, with minutes and open and done actions")
                    .filteredOn(session -> session.state() == SessionState.CLOSED)
                    .filteredOn(session -> session.endsAt().isBefore(now.minus(Duration.ofDays(7))))
                    .anySatisfy(session -> {
                        Minutes held = minutes.minutes(session.id()).orElseThrow();
                        assertThat(held.session().agenda())
                                .extracting(AgendaItem::notes)
                                .allSatisfy(notes -> assertThat(notes).isNotBlank());
                        assertThat(held.outcomes().actions())
                                .extracting(ActionItem::status)
                                .contains(ActionStatus.DONE, ActionStatus.OPEN);
                        assertThat(held.attendees()).extracting(Invitee::userId).contains(memberId);
                    });

            assertThat(own)
                    .as(code + ": a session running now, where the member writes notes at once")
                    .filteredOn(session -> session.state() == SessionState.IN_PROGRESS)
                    .filteredOn(session -> session.startsAt().isBefore(now))
                    .anySatisfy(session -> {
                        assertThat(sessions.mayWriteNotes(session.id())).isTrue();
                        assertThat(sessions.get(session.id())
                                        .orElseThrow()
                                        .agenda()
                                        .getFirst()
                                        .notes())
                                .isNotBlank();
                    });

            assertThat(own)
                    .as(code + ": a session planned for next week, with agenda and invitees")
                    .filteredOn(session -> session.state() == SessionState.PLANNED)
                    .filteredOn(session -> !DutchTime.date(session.startsAt()).isBefore(today.plusDays(7))
                            && !DutchTime.date(session.startsAt()).isAfter(today.plusDays(9)))
                    .anySatisfy(session -> {
                        WorkSession planned = sessions.get(session.id()).orElseThrow();
                        assertThat(planned.agenda()).hasSizeGreaterThanOrEqualTo(2);
                        assertThat(planned.invitees())
                                .extracting(Invitee::userId)
                                .contains(memberId);
                    });
        });
    }

    @Test
    void bottleneck_timelines_span_the_months_of_the_track() {
        Instant now = clock.instant();
        SignIn.as(users, DemoUsers.FACILITATOR);

        BottleneckDetail financing = detail("Geen structurele bekostiging voor de integrale polikliniek");
        List<TimelineEntry> timeline = financing.timeline();
        Instant first = timeline.stream()
                .map(TimelineEntry::occurredAt)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant last = timeline.stream()
                .map(TimelineEntry::occurredAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        assertThat(first).isBefore(now.minus(Duration.ofDays(150)));
        assertThat(last).isBefore(now.minus(Duration.ofDays(7)));
        assertThat(timeline)
                .extracting(TimelineEntry::type)
                .contains(
                        TimelineEntryType.RAISED,
                        TimelineEntryType.RECOGNISED,
                        TimelineEntryType.PROMOTED,
                        TimelineEntryType.STATUS,
                        TimelineEntryType.RESPONSE,
                        TimelineEntryType.FOLLOW_UP);
        assertThat(financing.bottleneck().raisedAt()).isCloseTo(first, within(1, ChronoUnit.MINUTES));
        assertThat(financing.bottleneck().lastStepAt()).isCloseTo(last, within(1, ChronoUnit.MINUTES));
        Bottleneck.AgendaPlace agenda = financing.bottleneck().agenda();
        assertThat(agenda).isNotNull();
        assertThat(agenda.followUpDate()).isAfter(DutchTime.date(now));

        // It went on the national agenda on the day of the national meeting.
        SignIn.as(users, DemoUsers.OBSERVER);
        Instant meeting = nationalMeeting().startsAt();
        assertThat(timeline)
                .filteredOn(entry -> entry.type() == TimelineEntryType.PROMOTED)
                .singleElement()
                .satisfies(
                        entry -> assertThat(DutchTime.date(entry.occurredAt())).isEqualTo(DutchTime.date(meeting)));

        SignIn.as(users, DemoUsers.FACILITATOR);
        List<Instant> raised = new ArrayList<>();
        for (String title : List.of(
                "Gegevens delen tussen verloskundige en JGZ stuit op privacyregels",
                "Tolken in de geboortezorg worden niet vergoed",
                "Te weinig kraamverzorgenden voor kwetsbare gezinnen",
                "Te kleine schaal voor een eigen sociaal-verloskundig team")) {
            raised.add(detail(title).bottleneck().raisedAt());
        }
        raised.add(first);
        assertThat(raised).allSatisfy(moment -> assertThat(moment).isBefore(now.minus(Duration.ofDays(14))));
        assertThat(Duration.between(
                        raised.stream().min(Comparator.naturalOrder()).orElseThrow(),
                        raised.stream().max(Comparator.naturalOrder()).orElseThrow()))
                .isGreaterThan(Duration.of(120, ChronoUnit.DAYS));
    }

    /** The demo's bottleneck of this title: tests may raise one like it, but only the demo's is months old. */
    private BottleneckDetail detail(String title) {
        BottleneckSummary found =
                bottlenecks.find(new BottleneckFilter(null, null, null, null, title, null, true), 0, 100).stream()
                        .filter(bottleneck -> bottleneck.title().equals(title))
                        .min(Comparator.comparing(BottleneckSummary::raisedAt))
                        .orElseThrow();
        return bottlenecks.detail(found.id()).orElseThrow();
    }

    /** The national meeting, as whoever is signed in sees the past sessions. */
    private WorkSessionSummary nationalMeeting() {
        List<WorkSessionSummary> found = all(SessionPeriod.PAST).stream()
                .filter(session -> session.title().equals("Landelijke bijeenkomst van de zeven partnerschappen"))
                .toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private List<WorkSessionSummary> all(SessionPeriod period) {
        return sessions.find(period, 0, 10_000);
    }
}
