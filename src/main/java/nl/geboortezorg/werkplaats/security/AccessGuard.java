package nl.geboortezorg.werkplaats.security;

import java.util.Optional;
import nl.geboortezorg.werkplaats.security.internal.ActorRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where services ask who is acting and whether they may. Every check reads the
 * actor fresh from the database, so a deactivated user or a withdrawn membership is refused at
 * once, whatever their browser still shows.
 */
@Component
public class AccessGuard {

    private final ActorRepository actors;

    AccessGuard(ActorRepository actors) {
        this.actors = actors;
    }

    /** The signed-in, active actor, or nothing for an anonymous visitor or the system itself. */
    public Optional<Actor> currentActor() {
        return currentUserId().flatMap(actors::findById).filter(Actor::active);
    }

    /** The signed-in, active actor; refuses anonymous and deactivated users. */
    public Actor signedIn() {
        return currentActor().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public Actor requireRole(Role... roles) {
        Actor actor = signedIn();
        if (!actor.hasRole(roles)) {
            throw new AccessDeniedException("Role " + actor.role() + " may not do this");
        }
        return actor;
    }

    /** Someone who may write in the region: its members, facilitators and admins; never observers. */
    public Actor requireWriteIn(long regionId) {
        Actor actor = signedIn();
        if (!actor.canWriteIn(regionId)) {
            throw new AccessDeniedException("No write access to region " + regionId);
        }
        return actor;
    }

    static Optional<Long> currentUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.getId());
        }
        return Optional.empty();
    }
}
