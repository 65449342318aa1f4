package nl.geboortezorg.werkplaats.common;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the screens that listen for one key (a session, a user) that something happened, once
 * the transaction that did it has committed, so that nobody hears of a change that is rolled back.
 * Within one application instance.
 */
public final class LiveChannel<T> {

    /** Ends a subscription. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger LOG = LoggerFactory.getLogger(LiveChannel.class);

    private final Map<Long, List<Consumer<T>>> listeners = new ConcurrentHashMap<>();

    public Subscription subscribe(long key, Consumer<T> listener) {
        listeners.computeIfAbsent(key, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Delivers the event after the current transaction commits, or at once outside a transaction. */
    public void publishAfterCommit(long key, T event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(key, event);
                }
            });
        } else {
            deliver(key, event);
        }
    }

    /**
     * Tells every listener; one that fails (such as a page closing at this very moment) is logged
     * and skipped, so the others still hear of it and the change itself stays done.
     */
    private void deliver(long key, T event) {
        for (Consumer<T> listener : listeners.getOrDefault(key, List.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException failed) {
                LOG.debug("A listener of {} could not take an event", key, failed);
            }
        }
    }
}
