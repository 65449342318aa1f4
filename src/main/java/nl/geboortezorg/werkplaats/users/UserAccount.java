package nl.geboortezorg.werkplaats.users;

import java.util.Set;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.security.Role;

/** A user as admins and facilitators manage it; an invited user has not yet followed the invitation. */
public record UserAccount(
        long id,
        String email,
        String displayName,
        Role role,
        Language language,
        boolean active,
        boolean mustChangePassword,
        boolean invited,
        Set<Long> regionIds,
        int version) {

    public UserAccount {
        regionIds = Set.copyOf(regionIds);
    }
}
