package nl.geboortezorg.werkplaats.search;

/** What a search result is; also the filter by type. */
public enum SearchType {
    /** The notes of a session's agenda item: live notes while it runs, the minutes once closed. */
    SESSION,
    /** A bottleneck, with its national agenda fields when it is on the agenda. */
    BOTTLENECK,
    COMMENT,
    FACTSHEET,
    ANALYSIS,
    DOCUMENT
}
