package nl.geboortezorg.werkplaats.sessions;

/** Where an action item stands. Open actions are carried forward to the next session. */
public enum ActionStatus {
    OPEN,
    DONE,
    DROPPED
}
