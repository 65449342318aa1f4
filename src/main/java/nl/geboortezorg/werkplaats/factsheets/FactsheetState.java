package nl.geboortezorg.werkplaats.factsheets;

/**
 * Where a version of a factsheet stands: written as a draft, submitted for review, returned with
 * the reviewer's comments (and written on), published, or withdrawn after it was published.
 */
public enum FactsheetState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    PUBLISHED,
    /** Published once, then withdrawn from the knowledge base by a facilitator; kept for the record. */
    WITHDRAWN;

    /** Whether the region's writers may still change the text. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the version was published: it still is, or it was withdrawn since. */
    public boolean wasPublished() {
        return this == PUBLISHED || this == WITHDRAWN;
    }
}
