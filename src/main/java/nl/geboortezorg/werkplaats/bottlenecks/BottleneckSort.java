package nl.geboortezorg.werkplaats.bottlenecks;

/** The orders a bottleneck list can be sorted in; ties are broken by the newest first. */
public enum BottleneckSort {
    RAISED_AT,
    TITLE,
    REGION,
    STATUS,
    RECOGNITIONS
}
