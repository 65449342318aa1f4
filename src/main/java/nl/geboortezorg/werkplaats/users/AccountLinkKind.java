package nl.geboortezorg.werkplaats.users;

/** What a single-use link sent by e-mail is for. */
public enum AccountLinkKind {
    /** A new account's owner chooses their first password. */
    INVITATION,
    /** Someone who forgot their password (or whose admin sent a link) chooses a new one. */
    PASSWORD_RESET,
    /** Following the link sent to a new address makes it the account's address. */
    EMAIL_CHANGE
}
