package nl.geboortezorg.werkplaats.sessions;

import java.util.function.Consumer;
import nl.geboortezorg.werkplaats.common.LiveChannel;
import nl.geboortezorg.werkplaats.common.LiveRelay;
import nl.geboortezorg.werkplaats.sessions.internal.WorkSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Tells everyone who has a session open that something was saved in it, once the save is
 * committed: notes of an agenda item, or the session's decisions, actions, state or minutes.
 * On every application instance that shares the database.
 */
@Component
public class NotesEvents {

    /** Ends a subscription. */
    public interface Subscription extends LiveChannel.Subscription {}

    private final LiveChannel<AgendaNotes> notes;
    private final LiveChannel<Long> changes;

    /** Notes travel between instances as their agenda item's id; the receiver reads the text. */
    NotesEvents(LiveRelay relay, WorkSessionRepository sessions) {
        notes = relay.channel(
                "session-notes",
                saved -> String.valueOf(saved.agendaItemId()),
                agendaItemId -> sessions.notes(Long.parseLong(agendaItemId)).orElse(null));
        changes = relay.channel("session-changes", String::valueOf, Long::valueOf);
    }

    /** Notes saved in the session. */
    public Subscription subscribe(long sessionId, Consumer<AgendaNotes> listener) {
        return notes.subscribe(sessionId, listener)::close;
    }

    /** Anything else saved in the session (decisions, actions, state, minutes); gets the session id. */
    public Subscription subscribeToChanges(long sessionId, Consumer<Long> listener) {
        return changes.subscribe(sessionId, listener)::close;
    }

    void publishAfterCommit(AgendaNotes saved) {
        notes.publishAfterCommit(saved.sessionId(), saved);
    }

    void publishChangeAfterCommit(long sessionId) {
        changes.publishAfterCommit(sessionId, sessionId);
    }
}
