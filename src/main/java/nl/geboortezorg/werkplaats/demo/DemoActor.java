package nl.geboortezorg.werkplaats.demo;

import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.security.AppUserPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs demo steps as a demo user, so the services check and record them as they would real use. */
final class DemoActor {

    private DemoActor() {}

    /** Runs the steps and then restores whoever was signed in before (usually nobody). */
    static void restoringSignIn(Runnable steps) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            steps.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Signs in as the user for the action; the caller restores the previous security context. */
    static <T> T as(UserDetailsService users, String email, Supplier<T> action) {
        AppUserPrincipal principal = (AppUserPrincipal) users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return action.get();
    }
}
