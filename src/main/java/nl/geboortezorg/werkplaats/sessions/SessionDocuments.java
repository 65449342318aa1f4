package nl.geboortezorg.werkplaats.sessions;

import java.util.Optional;
import nl.geboortezorg.werkplaats.documents.DocumentLinkPolicy;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.sessions.internal.WorkSessionRepository;
import org.springframework.stereotype.Component;

/** Those who take part in a session link documents to it (the slides shown, the agreement discussed). */
@Component
class SessionDocuments implements DocumentLinkPolicy {

    private final WorkSessionRepository sessions;
    private final SessionAccess participants;

    SessionDocuments(WorkSessionRepository sessions, SessionAccess participants) {
        this.sessions = sessions;
        this.participants = participants;
    }

    @Override
    public LinkTarget.Type type() {
        return LinkTarget.Type.SESSION;
    }

    @Override
    public boolean mayLink(Actor actor, long sessionId) {
        return sessions.findSummaryById(sessionId)
                .map(session -> participants.takesPart(actor, session))
                .orElse(false);
    }

    @Override
    public Optional<Long> regionOf(long sessionId) {
        return sessions.findSummaryById(sessionId).map(WorkSessionSummary::regionId);
    }
}
