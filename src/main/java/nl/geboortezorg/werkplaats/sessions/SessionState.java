package nl.geboortezorg.werkplaats.sessions;

/** A working session is planned, then run, then closed into minutes; a planned one may be cancelled. */
public enum SessionState {
    PLANNED,
    IN_PROGRESS,
    CLOSED,
    CANCELLED
}
