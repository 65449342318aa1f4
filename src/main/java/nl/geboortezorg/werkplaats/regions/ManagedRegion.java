package nl.geboortezorg.werkplaats.regions;

import org.jspecify.annotations.Nullable;

/** A region as admins manage it: active or archived, with its lead organisation and how much it holds. */
public record ManagedRegion(Region region, @Nullable String leadOrganisation, int organisationCount, int memberCount) {}
