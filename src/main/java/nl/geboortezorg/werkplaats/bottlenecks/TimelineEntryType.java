package nl.geboortezorg.werkplaats.bottlenecks;

/** The kinds of step on a bottleneck's timeline. */
public enum TimelineEntryType {
    RAISED,
    STATUS,
    PROMOTED,
    AGENDA_UPDATED,
    RESPONSE,
    FOLLOW_UP,
    RECOGNISED,
    RECOGNITION_WITHDRAWN,
    MERGED_IN,
    MERGED_INTO
}
