package nl.geboortezorg.werkplaats.testsupport;

import nl.geboortezorg.werkplaats.security.AppUserPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo user in for a service or view test, as the login form would. */
public final class SignIn {

    private SignIn() {
    }

    public static Authentication as(UserDetailsService users, String email) {
        AppUserPrincipal principal = (AppUserPrincipal) users.loadUserByUsername(email);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
