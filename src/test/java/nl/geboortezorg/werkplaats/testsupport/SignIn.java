package nl.geboortezorg.werkplaats.testsupport;

import nl.geboortezorg.werkplaats.security.AppUserPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Signs a user in for a service or view test, as the login form would. Spring Security's test
 * listener signs them out again after every test method.
 */
public final class SignIn {

    private SignIn() {}

    public static Authentication as(UserDetailsService users, String email) {
        AppUserPrincipal principal = (AppUserPrincipal) users.loadUserByUsername(email);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        TestSecurityContextHolder.setAuthentication(authentication);
        return authentication;
    }

    public static void out() {
        TestSecurityContextHolder.clearContext();
    }
}
