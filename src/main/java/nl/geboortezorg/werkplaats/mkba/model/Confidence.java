package nl.geboortezorg.werkplaats.mkba.model;

/** How sure the analysts are of a line item's amounts; the most uncertain item is the lowest grade. */
public enum Confidence {
    HIGH,
    MEDIUM,
    LOW
}
