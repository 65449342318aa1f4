package nl.geboortezorg.werkplaats.factsheets;

import nl.geboortezorg.werkplaats.regions.OrganisationType;

/**
 * A partner organisation as the version names it. The organisation id is empty once the
 * organisation left the region; name and type stay as they were.
 */
public record Partner(Long organisationId, String name, OrganisationType type) {}
