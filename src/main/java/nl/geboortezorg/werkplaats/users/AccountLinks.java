package nl.geboortezorg.werkplaats.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.geboortezorg.werkplaats.users.internal.AccountLinkRepository;
import nl.geboortezorg.werkplaats.users.internal.AccountLinkRepository.LinkRow;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issues, checks and spends single-use links (see {@link LinkToken}): an invitation works for
 * {@code wsg.accounts.invitation-validity} (7 days), a password reset for
 * {@code wsg.accounts.reset-validity} (1 hour), an e-mail confirmation for
 * {@code wsg.accounts.email-change-validity} (24 hours). A new link replaces the account's open
 * links of the same kind.
 */
@Component
class AccountLinks {

    static final Set<AccountLinkKind> PASSWORD_KINDS =
            EnumSet.of(AccountLinkKind.INVITATION, AccountLinkKind.PASSWORD_RESET);

    private final AccountLinkRepository links;
    private final Clock clock;
    private final Duration invitationValidity;
    private final Duration resetValidity;
    private final Duration emailChangeValidity;

    AccountLinks(
            AccountLinkRepository links,
            Clock clock,
            @Value("${wsg.accounts.invitation-validity:7d}") Duration invitationValidity,
            @Value("${wsg.accounts.reset-validity:1h}") Duration resetValidity,
            @Value("${wsg.accounts.email-change-validity:24h}") Duration emailChangeValidity) {
        this.links = links;
        this.clock = clock;
        this.invitationValidity = invitationValidity;
        this.resetValidity = resetValidity;
        this.emailChangeValidity = emailChangeValidity;
    }

    /** A new link; the token is known only to the caller, which mails it (or shows it) and forgets it. */
    Issued issue(long userId, AccountLinkKind kind, @Nullable String newEmail) {
        Instant now = now();
        Instant expiresAt = now.plus(validity(kind));
        links.revokeOpen(userId, EnumSet.of(kind), now);
        String token = LinkToken.newToken();
        links.insert(userId, kind, LinkToken.hash(token), newEmail, now, expiresAt);
        return new Issued(token, expiresAt);
    }

    LinkCheck check(@Nullable String token) {
        if (token == null || !LinkToken.wellFormed(token)) {
            return new LinkCheck.Unknown();
        }
        Optional<LinkRow> found = links.find(LinkToken.hash(token));
        if (found.isEmpty()) {
            return new LinkCheck.Unknown();
        }
        LinkRow link = found.get();
        if (link.usedAt() != null) {
            return new LinkCheck.Spent(link.kind(), LinkCheck.Reason.USED);
        }
        if (link.revokedAt() != null || !link.active()) {
            return new LinkCheck.Spent(link.kind(), LinkCheck.Reason.REPLACED);
        }
        if (!link.expiresAt().isAfter(now())) {
            return new LinkCheck.Spent(link.kind(), LinkCheck.Reason.EXPIRED);
        }
        return new LinkCheck.Usable(
                link.kind(), link.newEmail() == null ? link.email() : link.newEmail(), link.expiresAt());
    }

    /** Spends a usable link of one of the kinds, at most once however many try at the same moment. */
    Optional<LinkRow> spend(@Nullable String token, Set<AccountLinkKind> kinds) {
        if (token == null || !LinkToken.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = LinkToken.hash(token);
        return links.spend(hash, kinds, now()) ? links.find(hash) : Optional.empty();
    }

    /** After a password was set: no other invitation or reset link of the account works any more. */
    void revokePasswordLinks(long userId) {
        links.revokeOpen(userId, PASSWORD_KINDS, now());
    }

    private Duration validity(AccountLinkKind kind) {
        return switch (kind) {
            case INVITATION -> invitationValidity;
            case PASSWORD_RESET -> resetValidity;
            case EMAIL_CHANGE -> emailChangeValidity;
        };
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    record Issued(String token, Instant expiresAt) {}
}
