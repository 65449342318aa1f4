package nl.geboortezorg.werkplaats.users;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.security.SessionTerminator;
import nl.geboortezorg.werkplaats.users.AccountMails.Recipient;
import nl.geboortezorg.werkplaats.users.internal.AccountLinkRepository.LinkRow;
import nl.geboortezorg.werkplaats.users.internal.UserRepository;
import nl.geboortezorg.werkplaats.users.internal.UserRepository.MailTarget;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What people do through the links mailed to them, without being signed in: ask for a reset link
 * ("forgot password"), choose a password through an invitation or reset link, confirm a new
 * e-mail address. Each is open to anyone: the link's secret token is the proof, and the answer to
 * a reset request is the same whatever was typed.
 */
@Service
public class AccountLinkService {

    private final UserRepository users;
    private final AccountLinks links;
    private final AccountMails mails;
    private final ResetThrottle throttle;
    private final AuditTrail audit;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;

    AccountLinkService(
            UserRepository users,
            AccountLinks links,
            AccountMails mails,
            ResetThrottle throttle,
            AuditTrail audit,
            PasswordEncoder passwordEncoder,
            SessionTerminator sessions) {
        this.users = users;
        this.links = links;
        this.mails = mails;
        this.throttle = throttle;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
    }

    /**
     * Sends a reset link to the address when it belongs to an active account (invited accounts
     * included) and the request is within the limits per address and per client. Answers nothing
     * either way, and takes the same time: the mail goes out after the answer. Only an existing
     * account's request is audited; an unknown address leaves no trace.
     */
    @Transactional
    public void requestPasswordReset(@Nullable String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (!throttle.allow(address, clientAddress())) {
            return;
        }
        Optional<MailTarget> account = users.findActiveByEmail(address);
        if (account.isEmpty()) {
            return;
        }
        MailTarget to = account.get();
        AccountLinks.Issued issued = links.issue(to.id(), AccountLinkKind.PASSWORD_RESET, null);
        String link = mails.link(new Destination.ChoosePassword(issued.token()));
        audit.record(UserService.USER, to.id(), "request-password-reset", Map.of());
        mails.afterCommit(() -> mails.sendPasswordReset(
                new Recipient(to.email(), to.displayName(), to.language()), link, issued.expiresAt()));
    }

    /** Whether links can go by e-mail at all; without a mail server a facilitator passes them on. */
    @Transactional(readOnly = true)
    public boolean mailsLinks() {
        return mails.configured();
    }

    /** What the link's page may say about the link: usable (for whom), spent (why) or unknown. */
    @Transactional(readOnly = true)
    public LinkCheck check(@Nullable String token) {
        return links.check(token);
    }

    /**
     * Sets the password chosen through an invitation or reset link, spending the link (and every
     * other such link of the account), and ends every open session of the account. Answers the
     * account's e-mail address, to sign in with.
     */
    @Transactional
    public String choosePassword(@Nullable String token, @Nullable String password, @Nullable String repeat) {
        FieldChecks checks = new FieldChecks();
        UserService.checkNewPassword(checks, password);
        if (!checks.hasProblem("newPassword") && !Objects.equals(password, repeat)) {
            checks.add(FieldProblem.of("repeatPassword", "profile.password.mismatch"));
        }
        checks.throwIfAny();
        String hash = Objects.requireNonNull(passwordEncoder.encode(password), "an encoded password");
        LinkRow link = links.spend(token, AccountLinks.PASSWORD_KINDS).orElseThrow(AccountLinkService::notUsable);
        users.setChosenPassword(link.userId(), hash);
        links.revokePasswordLinks(link.userId());
        audit.record(
                UserService.USER,
                link.userId(),
                "set-password",
                Map.of("via", link.kind().name()));
        sessions.endSessionsOf(link.email());
        return link.email();
    }

    /**
     * Makes the new address, which the link was sent to, the account's address, and tells the old
     * address. Answers the new address.
     */
    @Transactional
    public String confirmEmailChange(@Nullable String token) {
        LinkRow link =
                links.spend(token, EnumSet.of(AccountLinkKind.EMAIL_CHANGE)).orElseThrow(AccountLinkService::notUsable);
        String newEmail = Objects.requireNonNull(link.newEmail(), "an e-mail change link holds the new address");
        if (users.emailTaken(newEmail)) {
            throw new ValidationException(FieldProblem.of("link", "user.email-taken"));
        }
        try {
            users.setEmail(link.userId(), newEmail);
        } catch (DuplicateKeyException raced) {
            throw new ValidationException(FieldProblem.of("link", "user.email-taken"));
        }
        audit.record(
                UserService.USER, link.userId(), "confirm-email-change", Map.of("from", link.email(), "to", newEmail));
        Recipient old = new Recipient(link.email(), link.displayName(), link.language());
        mails.afterCommit(() -> mails.sendEmailChangedNotice(old, newEmail));
        return newEmail;
    }

    private static ValidationException notUsable() {
        return new ValidationException(FieldProblem.of("link", "account-link.not-usable"));
    }

    private static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr()
                : null;
    }
}
