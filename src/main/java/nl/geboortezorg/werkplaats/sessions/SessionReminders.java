package nl.geboortezorg.werkplaats.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.common.ClusterLock;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.mail.MailBody;
import nl.geboortezorg.werkplaats.mail.MailTexts;
import nl.geboortezorg.werkplaats.mail.Mailer;
import nl.geboortezorg.werkplaats.mail.OutgoingMail;
import nl.geboortezorg.werkplaats.notifications.MailKind;
import nl.geboortezorg.werkplaats.notifications.MailRecipient;
import nl.geboortezorg.werkplaats.notifications.MailRecipients;
import nl.geboortezorg.werkplaats.sessions.internal.ReminderRepository;
import nl.geboortezorg.werkplaats.sessions.internal.ReminderRepository.ComingSession;
import nl.geboortezorg.werkplaats.sessions.internal.ReminderRepository.DueAction;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminders by e-mail: an open action due in two days, an open action now overdue, a session
 * tomorrow. Each goes once per person, item and due date, also with several application instances:
 * the instance that takes the cluster lock sends, and even if two ran together, only the one whose
 * insert into the sent reminders made the row sends (the table's key refuses the second). People
 * who switched reminders off get none.
 */
@Component
public class SessionReminders {

    /** Older overdue actions are not reminded of (for instance on the first run after installing). */
    private static final int OVERDUE_DAYS_BACK = 7;

    private final ReminderRepository reminders;
    private final MailRecipients recipients;
    private final Mailer mailer;
    private final Clock clock;
    private final ClusterLock lock;

    SessionReminders(
            ReminderRepository reminders, MailRecipients recipients, Mailer mailer, Clock clock, ClusterLock lock) {
        this.reminders = reminders;
        this.recipients = recipients;
        this.mailer = mailer;
        this.clock = clock;
        this.lock = lock;
    }

    @Scheduled(cron = "${wsg.mail.reminder-cron}", zone = "Europe/Amsterdam")
    void onSchedule() {
        lock.runAlone("reminders", this::sendDue);
    }

    /** Sends the reminders due now that have not gone yet; returns how many went. */
    public int sendDue() {
        if (!mailer.configured()) {
            return 0;
        }
        Instant now = clock.instant();
        LocalDate today = DutchTime.date(now);
        int sent = 0;
        for (DueAction action : reminders.openActionsDue(today.plusDays(2), today.plusDays(2))) {
            sent += send(
                    ReminderKind.ACTION_DUE_SOON,
                    action.actionId(),
                    action.ownerId(),
                    action.dueDate(),
                    now,
                    r -> actionMail(r, action, "reminder.action-due-soon"));
        }
        for (DueAction action : reminders.openActionsDue(today.minusDays(OVERDUE_DAYS_BACK), today.minusDays(1))) {
            sent += send(
                    ReminderKind.ACTION_OVERDUE,
                    action.actionId(),
                    action.ownerId(),
                    action.dueDate(),
                    now,
                    r -> actionMail(r, action, "reminder.action-overdue"));
        }
        Instant tomorrow = today.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
        Instant dayAfter = today.plusDays(2).atStartOfDay(DutchTime.ZONE).toInstant();
        for (ComingSession session : reminders.plannedSessionsStarting(tomorrow, dayAfter)) {
            sent += send(
                    ReminderKind.SESSION_TOMORROW,
                    session.sessionId(),
                    session.userId(),
                    DutchTime.date(session.startsAt()),
                    now,
                    r -> sessionMail(r, session));
        }
        return sent;
    }

    private int send(
            ReminderKind kind,
            long itemId,
            long userId,
            LocalDate dueDate,
            Instant now,
            Function<MailRecipient, OutgoingMail> mail) {
        Map<Long, MailRecipient> receiving = recipients.receiving(List.of(userId), MailKind.REMINDERS).stream()
                .collect(Collectors.toMap(MailRecipient::userId, Function.identity()));
        MailRecipient recipient = receiving.get(userId);
        if (recipient == null || !reminders.claim(kind, itemId, userId, dueDate, now)) {
            return 0;
        }
        if (mailer.send(mail.apply(recipient))) {
            return 1;
        }
        reminders.release(kind, itemId, userId, dueDate);
        return 0;
    }

    private OutgoingMail actionMail(MailRecipient recipient, DueAction action, String key) {
        MailTexts texts = new MailTexts(recipient.language());
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(texts.locale())
                .format(action.dueDate());
        return mail(
                recipient,
                texts,
                texts.get(key + ".subject", action.sessionTitle()),
                texts.get(key + ".intro", action.sessionTitle(), date),
                texts.get("reminder.open-session"),
                new Destination.Session(action.sessionId()));
    }

    private OutgoingMail sessionMail(MailRecipient recipient, ComingSession session) {
        MailTexts texts = new MailTexts(recipient.language());
        DateTimeFormatter time =
                DateTimeFormatter.ofPattern("HH:mm", texts.locale()).withZone(DutchTime.ZONE);
        return mail(
                recipient,
                texts,
                texts.get("reminder.session-tomorrow.subject", session.title()),
                texts.get("reminder.session-tomorrow.intro", session.title(), time.format(session.startsAt())),
                texts.get("reminder.open-session"),
                new Destination.Session(session.sessionId()));
    }

    private OutgoingMail mail(
            MailRecipient recipient,
            MailTexts texts,
            String subject,
            String intro,
            String open,
            Destination destination) {
        String profile = mailer.link(new Destination.Profile());
        MailBody body = new MailBody()
                .paragraph(texts.get("session-mail.greeting", recipient.displayName()))
                .paragraph(intro)
                .link(open, mailer.link(destination))
                .footer(texts.get("session-mail.footer.REMINDERS", profile));
        return new OutgoingMail(recipient.email(), subject, body).withHeader("List-Unsubscribe", "<" + profile + ">");
    }
}
