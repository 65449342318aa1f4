package nl.geboortezorg.werkplaats.anchoring;

/** What makes a regional collaboration last beyond its project money. */
public enum Dimension {
    STRUCTURAL_FUNDING,
    FORMAL_AGREEMENTS,
    GOVERNANCE,
    DATA_SHARING,
    WORKFORCE_AND_TIME,
    FAMILY_EXPERIENCE
}
