package nl.geboortezorg.werkplaats.regions;

import nl.geboortezorg.werkplaats.security.Role;

/** A member of a region's partnership. */
public record Member(long userId, String displayName, String email, Role role) {}
