package nl.geboortezorg.werkplaats.security;

import java.io.Serial;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The account signed in through its organisation: the same principal as after a password sign-in
 * (so access checks, the session registry and logout treat it alike), which is also the OpenID
 * Connect user Spring Security expects from this sign-in. It says how the user got in, so that
 * {@link AccessGuard} does not hold them to a platform password they did not use.
 */
final class OrganisationPrincipal extends AppUserPrincipal implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;

    OrganisationPrincipal(AppUserPrincipal account, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        // No password hash: this sign-in used none, and the session keeps none.
        super(account.getId(), account.getUsername(), "", account.isEnabled(), account.getAuthorities());
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    /** The account's e-mail address, as for a password sign-in (never the provider's subject). */
    @Override
    public String getName() {
        return getUsername();
    }

    @Override
    public Collection<GrantedAuthority> getAuthorities() {
        return super.getAuthorities();
    }
}
