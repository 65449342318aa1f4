package nl.geboortezorg.werkplaats.notifications;

/** How often a user gets unread notifications by e-mail. */
public enum DigestFrequency {
    NONE,
    DAILY,
    WEEKLY
}
