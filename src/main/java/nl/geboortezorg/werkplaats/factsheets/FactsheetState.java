package nl.geboortezorg.werkplaats.factsheets;

/**
 * Where a version of a factsheet stands: written as a draft, submitted for review, returned with
 * the reviewer's comments (and written on), or published.
 */
public enum FactsheetState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    PUBLISHED;

    /** Whether the region's writers may still change the text. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
