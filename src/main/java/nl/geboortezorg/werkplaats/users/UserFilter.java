package nl.geboortezorg.werkplaats.users;

import nl.geboortezorg.werkplaats.security.Role;

/** What the user list is narrowed to; null parts match everything. */
public record UserFilter(String text, Role role, boolean includeInactive) {

    public static UserFilter all() {
        return new UserFilter(null, null, true);
    }
}
