package nl.geboortezorg.werkplaats.users;

import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.security.Role;
import org.jspecify.annotations.Nullable;

/** The signed-in user's own account, as the profile page shows it. */
public record MyProfile(
        long id,
        String email,
        String displayName,
        Role role,
        Language language,
        boolean mustChangePassword,
        @Nullable String jobTitle,
        @Nullable OrganisationType organisationType,
        int version) {}
