package nl.geboortezorg.werkplaats.users;

import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.security.Role;

/** The signed-in user's own account, as the profile page shows it. */
public record MyProfile(
        long id, String email, String displayName, Role role, Language language, boolean mustChangePassword) {}
