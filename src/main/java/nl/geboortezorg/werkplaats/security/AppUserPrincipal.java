package nl.geboortezorg.werkplaats.security;

import java.io.Serial;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal kept in the HTTP session. It carries only the user's id and login; role and
 * region memberships are read fresh from the database by {@link AccessGuard} for every action,
 * so a change by an admin takes effect at once. Equality stays that of {@link User} (by user
 * name), which the session registry relies on to find a user's sessions.
 */
public class AppUserPrincipal extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;

    public AppUserPrincipal(
            long id,
            String email,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, enabled, true, true, true, authorities);
        this.id = id;
    }

    public long getId() {
        return id;
    }
}
