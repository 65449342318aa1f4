package nl.geboortezorg.werkplaats.regions;

import org.jspecify.annotations.Nullable;

/** A region as listed on the home page and in the region switcher. */
public record RegionSummary(
        long id,
        String code,
        String name,
        @Nullable String leadOrganisation,
        int organisationCount,
        int memberCount,
        boolean myRegion,
        boolean archived) {}
