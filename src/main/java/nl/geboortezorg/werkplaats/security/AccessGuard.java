package nl.geboortezorg.werkplaats.security;

import java.util.Optional;
import nl.geboortezorg.werkplaats.security.internal.ActorRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place where services ask who is acting and whether they may. The actor is read fresh
 * from the database once per request (a click or typed value in the browser is one request, which
 * may call many services), so a deactivated user or a withdrawn membership is refused from the
 * next request on, whatever their browser still shows. Outside a request (push, scheduled work,
 * tests) every check reads the database.
 */
@Component
public class AccessGuard {

    private static final String READ_IN_THIS_REQUEST = AccessGuard.class.getName() + ".actor";

    private final ActorRepository actors;

    AccessGuard(ActorRepository actors) {
        this.actors = actors;
    }

    /**
     * The signed-in, active actor who may act, or nothing for an anonymous visitor, the system
     * itself, or an account that must first replace its password (it reads as anonymous then).
     */
    public Optional<Actor> currentActor() {
        return signedInAccount().filter(actor -> !actor.mustChangePassword());
    }

    /**
     * The signed-in, active account, also while it must replace its password: for reading one's
     * own profile, changing one's own password, and knowing who acted.
     */
    public Optional<Actor> signedInAccount() {
        Optional<Long> userId = currentUserId();
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(READ_IN_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST) instanceof Actor read
                && read.id() == userId.get()) {
            return Optional.of(read).filter(Actor::active);
        }
        Optional<Actor> actor = actors.findById(userId.get()).map(AccessGuard::asSignedIn);
        if (request != null) {
            actor.ifPresent(read -> request.setAttribute(READ_IN_THIS_REQUEST, read, RequestAttributes.SCOPE_REQUEST));
        }
        return actor.filter(Actor::active);
    }

    /**
     * Someone who signed in through their organisation used no platform password, so is not held
     * to replacing one (see {@link OrganisationAccounts}).
     */
    private static Actor asSignedIn(Actor actor) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean throughOrganisation =
                authentication != null && authentication.getPrincipal() instanceof OrganisationPrincipal;
        return actor.mustChangePassword() && throughOrganisation ? actor.withoutPasswordChange() : actor;
    }

    /** After a change to the acting user's own account: the next check in this request reads it anew. */
    public void forgetCurrentActor() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(READ_IN_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /**
     * The signed-in, active actor; refuses anonymous and deactivated users, and an account that
     * must first replace its (one-time) password: this one check covers every service method but
     * those that call {@link #ownAccount()}.
     */
    public Actor signedIn() {
        Actor actor = ownAccount();
        if (actor.mustChangePassword()) {
            throw new PasswordChangeRequiredException();
        }
        return actor;
    }

    /**
     * The signed-in, active account, also while it must replace its password; only for reading
     * one's own profile and changing one's own password.
     */
    public Actor ownAccount() {
        return signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public Actor requireRole(Role... roles) {
        Actor actor = signedIn();
        if (!actor.hasRole(roles)) {
            throw new AccessDeniedException("Role " + actor.role() + " may not do this");
        }
        return actor;
    }

    /** The signed-in moderator (see {@link Actor#moderates()}); refused for anyone else. */
    public Actor requireModerator() {
        return requireRole(Role.FACILITATOR, Role.ADMIN);
    }

    /**
     * Someone who may write in the region: its members, facilitators and admins; never observers,
     * and nobody in an archived region (refused with {@link RegionArchivedException}).
     */
    public Actor requireWriteIn(long regionId) {
        Actor actor = signedIn();
        actor.requireOpen(regionId);
        if (!actor.canWriteIn(regionId)) {
            throw new AccessDeniedException("No write access to region " + regionId);
        }
        return actor;
    }

    /**
     * Someone who may read the region's own work (such as its assessments): its members,
     * facilitators and admins, also once it is archived; never observers.
     */
    public Actor requireInternalsOf(long regionId) {
        Actor actor = signedIn();
        if (!actor.canSeeInternalsOf(regionId)) {
            throw new AccessDeniedException("No access to the internals of region " + regionId);
        }
        return actor;
    }

    static Optional<Long> currentUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.getId());
        }
        return Optional.empty();
    }
}
