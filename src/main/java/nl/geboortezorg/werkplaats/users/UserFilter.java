package nl.geboortezorg.werkplaats.users;

import nl.geboortezorg.werkplaats.security.Role;
import org.jspecify.annotations.Nullable;

/** What the user list is narrowed to; null parts match everything. */
public record UserFilter(@Nullable String text, @Nullable Role role, boolean includeInactive) {

    public static UserFilter all() {
        return new UserFilter(null, null, true);
    }
}
