package nl.geboortezorg.werkplaats.drafts;

/** The forms whose free text is kept as a draft while it is typed. */
public enum DraftForm {
    /** Raising a bottleneck (item 0), or changing bottleneck n. */
    BOTTLENECK,
    /** Writing a new factsheet (item 0), or the working version of factsheet n. */
    FACTSHEET
}
