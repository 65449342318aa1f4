package nl.geboortezorg.werkplaats.sessions;

/** Someone invited to a session. */
public record Invitee(long userId, String displayName) {}
