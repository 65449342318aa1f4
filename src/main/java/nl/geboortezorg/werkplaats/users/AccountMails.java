package nl.geboortezorg.werkplaats.users;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.mail.MailBody;
import nl.geboortezorg.werkplaats.mail.MailTexts;
import nl.geboortezorg.werkplaats.mail.Mailer;
import nl.geboortezorg.werkplaats.mail.OutgoingMail;
import nl.geboortezorg.werkplaats.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mails about an account, each in its recipient's language: an invitation, a password reset
 * link, the confirmation of a new address and the notice to the old one. A reset link requested
 * on the login page goes out after the request has been answered (see {@link #afterCommit}), so
 * that the answer takes the same time whether or not the address has an account.
 */
@Component
class AccountMails {

    private final Mailer mailer;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "account-mails");
        thread.setDaemon(true);
        return thread;
    });

    AccountMails(Mailer mailer) {
        this.mailer = mailer;
    }

    boolean configured() {
        return mailer.configured();
    }

    String link(Destination destination) {
        return mailer.link(destination);
    }

    boolean sendInvitation(
            Recipient to, String inviter, Role role, List<String> regionNames, String link, Instant expiresAt) {
        MailTexts texts = new MailTexts(to.language());
        MailBody body = new MailBody()
                .paragraph(texts.get("account-mail.greeting", to.name()))
                .paragraph(texts.get("account-mail.invitation.intro", inviter))
                .paragraph(
                        regionNames.isEmpty()
                                ? texts.get("account-mail.invitation.role", texts.get("role." + role.name()))
                                : texts.get(
                                        "account-mail.invitation.role-in-regions",
                                        texts.get("role." + role.name()),
                                        String.join(", ", regionNames)))
                .paragraph(texts.get("account-mail.invitation.account", to.email()))
                .link(texts.get("account-mail.invitation.action"), link)
                .paragraph(texts.get("account-mail.invitation.expiry", expiry(texts, expiresAt), inviter))
                .footer(texts.get("account-mail.invitation.footer", inviter));
        return mailer.send(new OutgoingMail(to.email(), texts.get("account-mail.invitation.subject"), body));
    }

    boolean sendPasswordReset(Recipient to, String link, Instant expiresAt) {
        MailTexts texts = new MailTexts(to.language());
        MailBody body = new MailBody()
                .paragraph(texts.get("account-mail.greeting", to.name()))
                .paragraph(texts.get("account-mail.reset.intro", to.email()))
                .link(texts.get("account-mail.reset.action"), link)
                .paragraph(texts.get("account-mail.reset.expiry", expiry(texts, expiresAt)))
                .footer(texts.get("account-mail.reset.footer"));
        return mailer.send(new OutgoingMail(to.email(), texts.get("account-mail.reset.subject"), body));
    }

    boolean sendEmailConfirmation(Recipient to, String newEmail, String link, Instant expiresAt) {
        MailTexts texts = new MailTexts(to.language());
        MailBody body = new MailBody()
                .paragraph(texts.get("account-mail.greeting", to.name()))
                .paragraph(texts.get("account-mail.email-change.intro", newEmail, to.email()))
                .link(texts.get("account-mail.email-change.action"), link)
                .paragraph(texts.get("account-mail.email-change.expiry", expiry(texts, expiresAt)))
                .footer(texts.get("account-mail.email-change.footer"));
        return mailer.send(new OutgoingMail(newEmail, texts.get("account-mail.email-change.subject"), body));
    }

    boolean sendEmailChangedNotice(Recipient oldAddress, String newEmail) {
        MailTexts texts = new MailTexts(oldAddress.language());
        MailBody body = new MailBody()
                .paragraph(texts.get("account-mail.greeting", oldAddress.name()))
                .paragraph(texts.get("account-mail.email-changed.intro", oldAddress.email(), newEmail))
                .paragraph(texts.get("account-mail.email-changed.not-you"));
        return mailer.send(new OutgoingMail(oldAddress.email(), texts.get("account-mail.email-changed.subject"), body));
    }

    /** Runs the sending once the current transaction has committed, on a thread of its own. */
    void afterCommit(Runnable send) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            background.execute(send);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                background.execute(send);
            }
        });
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }

    private static String expiry(MailTexts texts, Instant expiresAt) {
        return DutchTime.dutch(expiresAt).format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", texts.locale()));
    }

    /** Whom a mail is for, and in which language. */
    record Recipient(String email, String name, Language language) {}
}
