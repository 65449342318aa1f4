package nl.geboortezorg.werkplaats.bottlenecks;

/** A region the signed-in user may act for. */
public record RegionChoice(long id, String code, String name) {
}
