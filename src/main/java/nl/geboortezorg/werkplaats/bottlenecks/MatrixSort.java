package nl.geboortezorg.werkplaats.bottlenecks;

/** Orders of the recognition matrix: most regions first (the default), or newest first. */
public enum MatrixSort {
    MOST_REGIONS,
    FEWEST_REGIONS,
    NEWEST
}
