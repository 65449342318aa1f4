package nl.geboortezorg.werkplaats.sessions;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells everyone who has a session open that something was saved in it, once the save is
 * committed: notes of an agenda item, or the session's decisions, actions, state or minutes.
 * Within one application instance; several instances need a shared channel (a later step).
 */
@Component
public class NotesEvents {

    /** Ends a subscription. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger LOG = LoggerFactory.getLogger(NotesEvents.class);

    private final Channel<AgendaNotes> notes = new Channel<>();
    private final Channel<Long> changes = new Channel<>();

    /** Notes saved in the session. */
    public Subscription subscribe(long sessionId, Consumer<AgendaNotes> listener) {
        return notes.subscribe(sessionId, listener);
    }

    /** Anything else saved in the session (decisions, actions, state, minutes); gets the session id. */
    public Subscription subscribeToChanges(long sessionId, Consumer<Long> listener) {
        return changes.subscribe(sessionId, listener);
    }

    void publishAfterCommit(AgendaNotes saved) {
        afterCommit(() -> notes.deliver(saved.sessionId(), saved));
    }

    void publishChangeAfterCommit(long sessionId) {
        afterCommit(() -> changes.deliver(sessionId, sessionId));
    }

    private static void afterCommit(Runnable delivery) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.run();
                }
            });
        } else {
            delivery.run();
        }
    }

    /** Listeners per session. */
    private static final class Channel<T> {

        private final Map<Long, List<Consumer<T>>> listeners = new ConcurrentHashMap<>();

        Subscription subscribe(long sessionId, Consumer<T> listener) {
            listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>()).add(listener);
            return () -> listeners.computeIfPresent(sessionId, (id, list) -> {
                list.remove(listener);
                return list.isEmpty() ? null : list;
            });
        }

        /**
         * Tells every listener; one that fails (such as a page closing at this very moment) is
         * logged and skipped, so the others still hear of it and the save itself stays done.
         */
        void deliver(long sessionId, T event) {
            for (Consumer<T> listener : listeners.getOrDefault(sessionId, List.of())) {
                try {
                    listener.accept(event);
                } catch (RuntimeException failed) {
                    LOG.debug("A listener of session {} could not take a change", sessionId, failed);
                }
            }
        }
    }
}
