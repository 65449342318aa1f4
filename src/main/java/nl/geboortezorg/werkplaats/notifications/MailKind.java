package nl.geboortezorg.werkplaats.notifications;

/** The kinds of e-mail a person can switch off one by one; everyone receives them until they do. */
public enum MailKind {
    /** A session invitation, a change of its time or place, and its cancellation. */
    INVITATIONS,
    /** A session's minutes, once published. */
    MINUTES,
    /** Reminders: an action falling due or overdue, a session tomorrow. */
    REMINDERS
}
