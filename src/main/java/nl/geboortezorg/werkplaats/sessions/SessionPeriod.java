package nl.geboortezorg.werkplaats.sessions;

/** Sessions still to come (or running), soonest first; or past ones, latest first. */
public enum SessionPeriod {
    UPCOMING,
    PAST
}
