package nl.geboortezorg.werkplaats.users;

/**
 * A new account, which has no password anyone knows, and the invitation through which its owner
 * chooses one: mailed, or shown once to the person who created it to pass on.
 */
public record CreatedUser(UserAccount account, SentLink invitation) {}
