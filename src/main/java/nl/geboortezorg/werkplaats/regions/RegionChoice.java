package nl.geboortezorg.werkplaats.regions;

/** A region the signed-in user may act for. */
public record RegionChoice(long id, String code, String name) {}
