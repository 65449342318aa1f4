package nl.geboortezorg.werkplaats.users;

import java.time.Instant;

/** What a link's page may show about the link it was opened with. */
public sealed interface LinkCheck {

    /** The link works: for this kind, this account, until the moment given. */
    record Usable(AccountLinkKind kind, String email, Instant expiresAt) implements LinkCheck {}

    /** The link existed but works no more, and why. */
    record Spent(AccountLinkKind kind, Reason reason) implements LinkCheck {}

    /** No such link: mistyped, cut off, or never sent. */
    record Unknown() implements LinkCheck {}

    enum Reason {
        USED,
        EXPIRED,
        /** A newer link of the same kind was sent, or the account was deactivated or has set its password. */
        REPLACED
    }
}
