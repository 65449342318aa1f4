package nl.geboortezorg.werkplaats.sessions;

import java.util.Objects;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.sessions.internal.WorkSessionRepository;
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

    private static long regionOf(WorkSessionSummary session) {
        return Objects.requireNonNull(session.regionId(), "not national");
    }
}
