package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.mail.MailBody;
import nl.geboortezorg.werkplaats.mail.MailTexts;
import nl.geboortezorg.werkplaats.mail.Mailer;
import nl.geboortezorg.werkplaats.mail.OutgoingMail;
import nl.geboortezorg.werkplaats.notifications.MailKind;
import nl.geboortezorg.werkplaats.notifications.MailRecipient;
import nl.geboortezorg.werkplaats.notifications.MailRecipients;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mails a session sends by itself: an invitation, a change of time or place, a
 * cancellation (each with its calendar invitation), and the published minutes. Built inside the
 * change's transaction (recipients, their language and their choice to receive it), sent only
 * after it commits and on a thread of their own, so a rolled-back change mails nobody and a slow
 * or absent mail server never holds up or fails the change. Mails carry the session's title,
 * times, place and links, never the text of its notes or minutes.
 */
@Component
class SessionMails {

    private static final Logger LOG = LoggerFactory.getLogger(SessionMails.class);

    /** Why a session mail goes: each with its own texts; the calendar METHOD follows from it. */
    enum Reason {
        INVITED(SessionCalendar.REQUEST, MailKind.INVITATIONS),
        CHANGED(SessionCalendar.REQUEST, MailKind.INVITATIONS),
        CANCELLED(SessionCalendar.CANCEL, MailKind.INVITATIONS),
        UNINVITED(SessionCalendar.CANCEL, MailKind.INVITATIONS),
        MINUTES(null, MailKind.MINUTES);

        private final @Nullable String method;
        private final MailKind kind;

        Reason(@Nullable String method, MailKind kind) {
            this.method = method;
            this.kind = kind;
        }

        String key() {
            return "session-mail." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Mailer mailer;
    private final MailRecipients recipients;
    private final SessionCalendar calendar;

    SessionMails(Mailer mailer, MailRecipients recipients, SessionCalendar calendar) {
        this.mailer = mailer;
        this.recipients = recipients;
        this.calendar = calendar;
    }

    /** Mails these people about the session, after the current transaction commits. */
    void send(Reason reason, SessionCalendar.Entry session, Collection<Long> userIds) {
        if (userIds.isEmpty() || !mailer.configured()) {
            return;
        }
        List<OutgoingMail> mails = new ArrayList<>();
        for (MailRecipient recipient : recipients.receiving(userIds, reason.kind)) {
            mails.add(mail(reason, session, recipient));
        }
        if (mails.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sendApart(mails);
                }
            });
        } else {
            sendApart(mails);
        }
    }

    private void sendApart(List<OutgoingMail> mails) {
        Thread.ofVirtual().name("session-mail").start(() -> {
            for (OutgoingMail mail : mails) {
                try {
                    mailer.send(mail);
                } catch (RuntimeException failed) {
                    LOG.warn("Session mail not sent: {}", failed.getClass().getSimpleName());
                }
            }
        });
    }

    OutgoingMail mail(Reason reason, SessionCalendar.Entry session, MailRecipient recipient) {
        MailTexts texts = new MailTexts(recipient.language());
        String sessionLink = mailer.link(new Destination.Session(session.sessionId()));
        String profileLink = mailer.link(new Destination.Profile());
        MailBody body = new MailBody()
                .paragraph(texts.get("session-mail.greeting", recipient.displayName()))
                .paragraph(texts.get(reason.key() + ".intro", session.title()))
                .paragraph(texts.get("session-mail.when", when(texts.locale(), session.startsAt(), session.endsAt())));
        if (session.location() != null) {
            body.paragraph(texts.get("session-mail.where", session.location()));
        }
        if (session.onlineLink() != null) {
            body.paragraph(texts.get("session-mail.online", session.onlineLink()));
        }
        body.link(texts.get(reason.key() + ".open"), sessionLink)
                .footer(texts.get("session-mail.footer." + reason.kind.name(), profileLink));
        OutgoingMail mail = new OutgoingMail(
                        recipient.email(), texts.get(reason.key() + ".subject", session.title()), body)
                .withHeader("List-Unsubscribe", "<" + profileLink + ">");
        if (reason.method != null) {
            mail = mail.withCalendar(new OutgoingMail.CalendarPart(
                    reason.method,
                    calendar.invitation(reason.method, session, recipient.displayName(), recipient.email())));
        }
        return mail;
    }

    /** "donderdag 10 december 2026, 14:00 – 16:00", in Dutch time and the reader's language. */
    static String when(Locale locale, Instant startsAt, Instant endsAt) {
        DateTimeFormatter day =
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale).withZone(DutchTime.ZONE);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(DutchTime.ZONE);
        boolean sameDay = DutchTime.date(startsAt).equals(DutchTime.date(endsAt));
        return day.format(startsAt) + " – " + (sameDay ? time : day).format(endsAt);
    }
}
