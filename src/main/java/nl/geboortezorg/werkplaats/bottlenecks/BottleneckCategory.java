package nl.geboortezorg.werkplaats.bottlenecks;

/** What kind of structural bottleneck it is. */
public enum BottleneckCategory {
    FINANCING,
    SCALE,
    LANGUAGE,
    TIME_CAPACITY,
    DATA_PRIVACY,
    LEGISLATION,
    WORKFORCE,
    OTHER
}
