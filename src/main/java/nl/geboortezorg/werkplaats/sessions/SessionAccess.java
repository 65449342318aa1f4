package nl.geboortezorg.werkplaats.sessions;

import java.util.Objects;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.sessions.internal.WorkSessionRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who takes part in a session's work: writes notes, records decisions and actions. */
@Component
class SessionAccess {

    private final WorkSessionRepository sessions;

    SessionAccess(WorkSessionRepository sessions) {
        this.sessions = sessions;
    }

    /**
     * Facilitators and admins everywhere; professionals in their regions' sessions and in national
     * ones they are invited to; observers never. Nobody in the sessions of an archived region.
     */
    boolean takesPart(Actor actor, WorkSessionSummary session) {
        return switch (actor.role()) {
            case ADMIN, FACILITATOR -> session.national() || actor.canWriteIn(regionOf(session));
            case PROFESSIONAL ->
                session.national() ? sessions.isInvited(session.id(), actor.id()) : actor.canWriteIn(regionOf(session));
            case OBSERVER -> false;
        };
    }

    /**
     * Refuses whoever does not take part; in an archived region's session with the reason that it
     * is archived, since there nobody takes part any more.
     */
    void requireTakesPart(Actor actor, WorkSessionSummary session) {
        requireOpen(actor, session);
        if (!takesPart(actor, session)) {
            throw new AccessDeniedException("Does not take part in session " + session.id());
        }
    }

    /** Refuses any change to a session of an archived region (a national session has none). */
    static void requireOpen(Actor actor, WorkSessionSummary session) {
        if (session.regionId() != null) {
            actor.requireOpen(session.regionId());
        }
    }

    private static long regionOf(WorkSessionSummary session) {
        return Objects.requireNonNull(session.regionId(), "not national");
    }
}
