package nl.geboortezorg.werkplaats.users;

import java.util.Set;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.security.Role;

/** What an admin or facilitator types to create or change a user. The e-mail is fixed after creation. */
public record UserDraft(String email, String displayName, Role role, Set<Long> regionIds, Language language) {

    public static final int DISPLAY_NAME_MAX = 100;

    public UserDraft {
        regionIds = regionIds == null ? Set.of() : Set.copyOf(regionIds);
    }
}
