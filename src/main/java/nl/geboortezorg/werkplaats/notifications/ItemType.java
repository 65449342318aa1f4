package nl.geboortezorg.werkplaats.notifications;

/** What an activity is about, and what people follow. */
public enum ItemType {
    SESSION,
    ACTION,
    BOTTLENECK,
    FACTSHEET,
    ANALYSIS,
    DOCUMENT
}
