package nl.geboortezorg.werkplaats.regions;

/** A regional partnership. */
public record Region(long id, String code, String name, String description, int version) {
}
