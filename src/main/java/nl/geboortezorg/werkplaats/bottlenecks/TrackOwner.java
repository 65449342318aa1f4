package nl.geboortezorg.werkplaats.bottlenecks;

/** Someone on the track's side who may own a national agenda item: a facilitator. */
public record TrackOwner(long id, String displayName) {}
