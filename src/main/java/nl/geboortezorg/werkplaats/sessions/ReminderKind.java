package nl.geboortezorg.werkplaats.sessions;

/** The reminders the platform mails, each at most once per person, item and due date. */
public enum ReminderKind {
    /** An open action falls due in two days. */
    ACTION_DUE_SOON,
    /** An open action's due date has passed. */
    ACTION_OVERDUE,
    /** A session the person is invited to starts tomorrow. */
    SESSION_TOMORROW
}
