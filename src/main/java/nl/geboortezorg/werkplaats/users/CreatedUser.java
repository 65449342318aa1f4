package nl.geboortezorg.werkplaats.users;

/**
 * A new account and its one-time password, shown once to the person who created it so they can
 * hand it on; the new user must replace it at first login.
 */
public record CreatedUser(UserAccount account, String temporaryPassword) {}
