package nl.geboortezorg.werkplaats.sessions;

import static nl.geboortezorg.werkplaats.sessions.SessionMailTestServer.allText;
import static nl.geboortezorg.werkplaats.sessions.SessionMailTestServer.calendar;
import static nl.geboortezorg.werkplaats.sessions.SessionMailTestServer.calendarText;
import static nl.geboortezorg.werkplaats.sessions.SessionMailTestServer.to;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.notifications.MailKind;
import nl.geboortezorg.werkplaats.notifications.MailPreferenceService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import nl.geboortezorg.werkplaats.users.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Session mails through a real SMTP server inside the test: the invitation, change and
 * cancellation with their calendar invitations read back with the same iCalendar library, in each
 * recipient's language, only for those who want them, never with notes, and only after commit.
 */
@IntegrationTest
class SessionMailsTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final long WAIT = 10_000;
    private static final DateTimeFormatter ICS_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    WorkSessionService sessions;

    @Autowired
    MailPreferenceService preferences;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    nl.geboortezorg.werkplaats.audit.AuditTrail audit;

    @Autowired
    nl.geboortezorg.werkplaats.regions.RegionService regions;

    private long daan;
    private long utrechter;
    private String daanMail;
    private String utrechtMail;

    @BeforeEach
    void setUp() {
        SessionMailTestServer.connect(context, SMTP);
        daan = DemoUsers.id(userDetails, DemoUsers.DEN_HAAG);
        utrechter = DemoUsers.id(userDetails, DemoUsers.UTRECHT);
        daanMail = DemoUsers.DEN_HAAG;
        utrechtMail = DemoUsers.UTRECHT;
        SignIn.as(userDetails, DemoUsers.UTRECHT);
        users.changeMyLanguage(Language.EN);
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
    }

    @AfterEach
    void tearDown() {
        SessionMailTestServer.disconnect(context);
        SignIn.as(userDetails, DemoUsers.UTRECHT);
        users.changeMyLanguage(Language.NL);
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        preferences.changeMyMail(MailKind.INVITATIONS, true);
        preferences.changeMyMail(MailKind.MINUTES, true);
        SignIn.out();
    }

    private WorkSessionDraft draft(String title, Instant startsAt, Set<Long> invitees) {
        return new WorkSessionDraft(
                null,
                title,
                startsAt,
                startsAt.plus(2, ChronoUnit.HOURS),
                "Utrecht, Jaarbeurs zaal 2",
                null,
                List.of(new AgendaItemDraft("Knelpunten", 30, null)),
                invitees);
    }

    private static void assertAmsterdamTimes(MimeMessage message, VEvent event, Instant start, Instant end)
            throws Exception {
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(start);
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(end);
        String text = calendarText(message);
        assertThat(text)
                .contains("BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam")
                .contains("DTSTART;TZID=Europe/Amsterdam:" + ICS_LOCAL.format(DutchTime.dutch(start)))
                .contains("DTEND;TZID=Europe/Amsterdam:" + ICS_LOCAL.format(DutchTime.dutch(end)));
    }

    @Test
    void an_invitation_its_change_and_its_cancellation_reach_calendars_in_each_language() throws Exception {
        String title = "Landelijke werksessie " + System.nanoTime();
        Instant start = TestTimes.daysAheadAt(12, 14);
        WorkSession created = sessions.create(draft(title, start, Set.of(daan, utrechter)));
        String uid = "session-" + created.id() + "@localhost";

        assertThat(SMTP.waitForIncomingEmail(WAIT, 2)).isTrue();
        MimeMessage dutch = to(SMTP, daanMail, title).getFirst();
        MimeMessage english = to(SMTP, utrechtMail, title).getFirst();
        assertThat(dutch.getSubject()).isEqualTo("Uitnodiging: " + title);
        assertThat(english.getSubject()).isEqualTo("Invitation: " + title);
        assertThat(allText(dutch)).contains("U bent uitgenodigd", "Utrecht, Jaarbeurs zaal 2", "/sessies/");
        assertThat(allText(english)).contains("You are invited");
        assertThat(dutch.getHeader("List-Unsubscribe")[0]).endsWith("/profiel>");
        ICalendar invitation = calendar(dutch);
        VEvent event = invitation.getEvents().getFirst();
        assertThat(invitation.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(event.getUid().getValue()).isEqualTo(uid);
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getLocation().getValue()).isEqualTo("Utrecht, Jaarbeurs zaal 2");
        assertThat(event.getUrl().getValue()).endsWith("/sessies/" + created.id());
        assertThat(event.getOrganizer().getEmail()).isNotBlank();
        assertThat(event.getAttendees()).extracting(a -> a.getEmail()).containsExactly(daanMail);
        assertAmsterdamTimes(dutch, event, start, start.plus(2, ChronoUnit.HOURS));

        SMTP.purgeEmailFromAllMailboxes();
        Instant later = start.plus(1, ChronoUnit.DAYS);
        WorkSession moved =
                sessions.update(created.id(), created.version(), draft(title, later, Set.of(daan, utrechter)));

        assertThat(SMTP.waitForIncomingEmail(WAIT, 2)).isTrue();
        MimeMessage change = to(SMTP, daanMail, title).getFirst();
        assertThat(change.getSubject()).isEqualTo("Gewijzigd: " + title);
        assertThat(to(SMTP, utrechtMail, title).getFirst().getSubject()).isEqualTo("Changed: " + title);
        VEvent changed = calendar(change).getEvents().getFirst();
        assertThat(calendar(change).getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(changed.getUid().getValue()).isEqualTo(uid);
        assertThat(changed.getSequence().getValue()).isEqualTo(1);
        assertAmsterdamTimes(change, changed, later, later.plus(2, ChronoUnit.HOURS));

        SMTP.purgeEmailFromAllMailboxes();
        WorkSession cancelled = sessions.cancel(moved.id(), moved.version());

        assertThat(cancelled.state()).isEqualTo(SessionState.CANCELLED);
        assertThat(SMTP.waitForIncomingEmail(WAIT, 2)).isTrue();
        MimeMessage cancellation = to(SMTP, utrechtMail, title).getFirst();
        assertThat(cancellation.getSubject()).isEqualTo("Cancelled: " + title);
        ICalendar cancel = calendar(cancellation);
        assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancel.getEvents().getFirst().getUid().getValue()).isEqualTo(uid);
        assertThat(cancel.getEvents().getFirst().getSequence().getValue()).isEqualTo(2);
        assertThat(cancel.getEvents().getFirst().getStatus().isCancelled()).isTrue();
        assertThat(to(SMTP, daanMail, title).getFirst().getSubject()).isEqualTo("Geannuleerd: " + title);
    }

    @Test
    void someone_taken_off_the_invitees_gets_a_cancellation_and_a_new_invitee_an_invitation() throws Exception {
        String title = "Sessie met wisseling " + System.nanoTime();
        WorkSession created = sessions.create(draft(title, TestTimes.daysAheadAt(14, 10), Set.of(daan)));
        assertThat(SMTP.waitForIncomingEmail(WAIT, 1)).isTrue();
        SMTP.purgeEmailFromAllMailboxes();

        sessions.update(created.id(), created.version(), draft(title, created.startsAt(), Set.of(utrechter)));

        assertThat(SMTP.waitForIncomingEmail(WAIT, 2)).isTrue();
        MimeMessage removed = to(SMTP, daanMail, title).getFirst();
        assertThat(removed.getSubject()).isEqualTo("Niet meer uitgenodigd: " + title);
        assertThat(calendar(removed).getMethod().getValue()).isEqualTo("CANCEL");
        MimeMessage invited = to(SMTP, utrechtMail, title).getFirst();
        assertThat(calendar(invited).getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(calendar(invited).getEvents().getFirst().getSequence().getValue())
                .as("no change of time or place")
                .isZero();
    }

    @Test
    void who_switched_invitations_off_gets_none_and_the_others_still_do() throws Exception {
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        preferences.changeMyMail(MailKind.INVITATIONS, false);
        assertThat(preferences.myMail()).doesNotContain(MailKind.INVITATIONS).contains(MailKind.MINUTES);
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        String title = "Zonder uitnodigingsmail " + System.nanoTime();

        sessions.create(draft(title, TestTimes.daysAheadAt(15, 10), Set.of(daan, utrechter)));

        assertThat(SMTP.waitForIncomingEmail(WAIT, 1)).isTrue();
        Thread.sleep(500);
        assertThat(to(SMTP, utrechtMail, title)).hasSize(1);
        assertThat(to(SMTP, daanMail, title)).isEmpty();
    }

    @Test
    void the_minutes_mail_links_to_them_and_never_carries_the_notes() throws Exception {
        String title = "Sessie met verslag " + System.nanoTime();
        String secret = "Vertrouwelijke notitie " + System.nanoTime();
        WorkSession planned = sessions.create(draft(title, TestTimes.daysAheadAt(16, 10), Set.of(daan, utrechter)));
        assertThat(SMTP.waitForIncomingEmail(WAIT, 2)).isTrue();
        SMTP.purgeEmailFromAllMailboxes();
        WorkSession running = sessions.start(planned.id(), planned.version());
        AgendaItem item = running.agenda().getFirst();
        sessions.saveNotes(item.id(), item.notesVersion(), secret);

        sessions.close(running.id(), sessions.get(running.id()).orElseThrow().version(), Set.of(daan));

        assertThat(SMTP.waitForIncomingEmail(WAIT, 2)).isTrue();
        MimeMessage minutes = to(SMTP, daanMail, title).getFirst();
        assertThat(minutes.getSubject()).isEqualTo("Verslag: " + title);
        assertThat(allText(minutes)).contains("/sessies/" + planned.id()).doesNotContain(secret);
        assertThat(to(SMTP, utrechtMail, title).getFirst().getSubject()).isEqualTo("Minutes: " + title);
    }

    @Test
    void a_rolled_back_plan_mails_nobody() throws Exception {
        String title = "Teruggedraaid " + System.nanoTime();

        transactions.executeWithoutResult(status -> {
            sessions.create(draft(title, TestTimes.daysAheadAt(17, 10), Set.of(daan, utrechter)));
            status.setRollbackOnly();
        });

        assertThat(SMTP.waitForIncomingEmail(1500, 1)).isFalse();
    }

    @Test
    void each_reschedule_of_a_regional_session_updates_every_invitees_calendar_and_the_trail_keeps_both_times()
            throws Exception {
        SignIn.as(userDetails, DemoUsers.ADMIN);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        long fenna = DemoUsers.id(userDetails, DemoUsers.FACILITATOR);
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        String title = "Verzette sessie " + System.nanoTime();
        Instant start = TestTimes.daysAheadAt(18, 10);
        WorkSessionDraft plan = new WorkSessionDraft(
                denHaag,
                title,
                start,
                start.plus(2, ChronoUnit.HOURS),
                "Haga, zaal 4",
                null,
                List.of(new AgendaItemDraft("Knelpunten", 30, null)),
                Set.of(daan, fenna));
        WorkSession created = sessions.create(plan);
        String uid = "session-" + created.id() + "@localhost";
        assertThat(SMTP.waitForIncomingEmail(WAIT, 2)).isTrue();
        SMTP.purgeEmailFromAllMailboxes();

        WorkSession current = created;
        Instant when = start;
        for (int sequence = 1; sequence <= 2; sequence++) {
            Instant previous = when;
            when = when.plus(90, ChronoUnit.MINUTES);
            current = sessions.update(
                    current.id(),
                    current.version(),
                    new WorkSessionDraft(
                            denHaag,
                            title,
                            when,
                            when.plus(2, ChronoUnit.HOURS),
                            plan.location(),
                            null,
                            plan.agenda(),
                            plan.inviteeIds()));

            assertThat(SMTP.waitForIncomingEmail(WAIT, 2)).isTrue();
            for (String address : List.of(daanMail, DemoUsers.FACILITATOR)) {
                MimeMessage change = to(SMTP, address, title).getFirst();
                assertThat(change.getSubject()).isEqualTo("Gewijzigd: " + title);
                ICalendar calendar = calendar(change);
                VEvent event = calendar.getEvents().getFirst();
                assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
                assertThat(event.getUid().getValue()).isEqualTo(uid);
                assertThat(event.getSequence().getValue()).as(address).isEqualTo(sequence);
                assertAmsterdamTimes(change, event, when, when.plus(2, ChronoUnit.HOURS));
            }
            String moved = "\"previousStartsAt\":\"" + previous + "\"";
            String to = "\"startsAt\":\"" + when + "\"";
            SignIn.as(userDetails, DemoUsers.ADMIN);
            assertThat(audit.find(
                            new nl.geboortezorg.werkplaats.audit.AuditFilter("work-session", null, null, null), 0, 50))
                    .filteredOn(event -> event.entityId().equals(String.valueOf(created.id())))
                    .filteredOn(event -> event.action().equals("update"))
                    .anySatisfy(event -> assertThat(event.changeJson())
                            .contains(moved, to, "\"previousEndsAt\":\"" + previous.plus(2, ChronoUnit.HOURS) + "\""));
            SignIn.as(userDetails, DemoUsers.FACILITATOR);
            SMTP.purgeEmailFromAllMailboxes();
        }

        sessions.cancel(current.id(), current.version());

        assertThat(SMTP.waitForIncomingEmail(WAIT, 2)).isTrue();
        for (String address : List.of(daanMail, DemoUsers.FACILITATOR)) {
            ICalendar cancel = calendar(to(SMTP, address, title).getFirst());
            assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
            assertThat(cancel.getEvents().getFirst().getUid().getValue()).isEqualTo(uid);
            assertThat(cancel.getEvents().getFirst().getSequence().getValue()).isEqualTo(3);
        }
    }
}
