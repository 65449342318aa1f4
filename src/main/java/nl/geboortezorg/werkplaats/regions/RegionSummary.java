package nl.geboortezorg.werkplaats.regions;

/** A region as listed on the home page and in the region switcher. */
public record RegionSummary(
        long id,
        String code,
        String name,
        String leadOrganisation,
        int organisationCount,
        int memberCount,
        boolean myRegion) {}
