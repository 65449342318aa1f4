package nl.geboortezorg.werkplaats.notifications;

/** An activity as it reached one user. */
public record Notification(long id, Activity activity, boolean read) {}
