package nl.geboortezorg.werkplaats.regions;

/** A partner organisation of one region. */
public record Organisation(long id, long regionId, String name, OrganisationType type, boolean lead, int version) {}
