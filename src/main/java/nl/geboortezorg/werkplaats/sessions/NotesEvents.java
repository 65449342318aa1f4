package nl.geboortezorg.werkplaats.sessions;

import java.util.function.Consumer;
import nl.geboortezorg.werkplaats.common.LiveChannel;
import org.springframework.stereotype.Component;

/**
 * Tells everyone who has a session open that something was saved in it, once the save is
 * committed: notes of an agenda item, or the session's decisions, actions, state or minutes.
 * Within one application instance; several instances need a shared channel (a later step).
 */
@Component
public class NotesEvents {

    /** Ends a subscription. */
    public interface Subscription extends LiveChannel.Subscription {
    }

    private final LiveChannel<AgendaNotes> notes = new LiveChannel<>();
    private final LiveChannel<Long> changes = new LiveChannel<>();

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
