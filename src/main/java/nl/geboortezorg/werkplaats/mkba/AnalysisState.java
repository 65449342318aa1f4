package nl.geboortezorg.werkplaats.mkba;

/** A draft is worked on by the region; a published analysis is read-only and read per its publication level. */
public enum AnalysisState {
    DRAFT,
    PUBLISHED
}
