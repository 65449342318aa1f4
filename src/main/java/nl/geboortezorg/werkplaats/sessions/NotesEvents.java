package nl.geboortezorg.werkplaats.sessions;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells everyone who has a session open that notes were saved, once the save is committed. Within
 * one application instance; several instances need a shared channel (a later step).
 */
@Component
public class NotesEvents {

    /** Ends a subscription. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<Long, List<Consumer<AgendaNotes>>> listeners = new ConcurrentHashMap<>();

    public Subscription subscribe(long sessionId, Consumer<AgendaNotes> listener) {
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(sessionId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void publishAfterCommit(AgendaNotes notes) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(notes);
                }
            });
        } else {
            deliver(notes);
        }
    }

    private void deliver(AgendaNotes notes) {
        listeners.getOrDefault(notes.sessionId(), List.of()).forEach(listener -> listener.accept(notes));
    }
}
