package nl.geboortezorg.werkplaats.security;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends open sessions of a user: every one when an admin deactivates the account or a password is
 * set through a link; every other one when the user changes their own password.
 */
@Component
public class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    public int endSessionsOf(String email) {
        return endSessionsOf(email, null);
    }

    /** Ends the user's sessions but the one of the current request (the user's own, changing their password). */
    public int endOtherSessionsOf(String email) {
        HttpSession current = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false)
                : null;
        return endSessionsOf(email, current == null ? null : current.getId());
    }

    /** Ends the user's sessions but the one with the given id, if any. */
    public int endSessionsOf(String email, @Nullable String keepSessionId) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof AppUserPrincipal user && user.getUsername().equalsIgnoreCase(email)) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
