package nl.geboortezorg.werkplaats.common;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the screens that listen for one key (a session, a user) that something happened, once
 * the transaction that did it has committed, so that nobody hears of a change that is rolled back:
 * on this application instance at once, on the others through the {@link LiveRelay}. Made by
 * {@link LiveRelay#channel}.
 */
public final class LiveChannel<T> {

    /** Ends a subscription. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger LOG = LoggerFactory.getLogger(LiveChannel.class);

    private final String name;
    private final LiveRelay relay;
    private final Function<T, String> encode;
    private final Function<String, @Nullable T> decode;
    private final Map<Long, List<Consumer<T>>> listeners = new ConcurrentHashMap<>();

    LiveChannel(String name, LiveRelay relay, Function<T, String> encode, Function<String, @Nullable T> decode) {
        this.name = name;
        this.relay = relay;
        this.encode = encode;
        this.decode = decode;
    }

    public Subscription subscribe(long key, Consumer<T> listener) {
        listeners.computeIfAbsent(key, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /**
     * Publishes the event: written for the other instances within the current transaction, and
     * delivered here after it commits (at once outside a transaction) by the relay's delivery
     * thread, not by the thread that saved: a listener may run another page's update, which may read
     * the database, and the saving thread still holds its connection until the transaction is
     * cleaned up (with a few savers at once, the pool would run dry while each waits for a second
     * connection), and the one who saved should not wait for everyone else's pages.
     */
    public void publishAfterCommit(long key, T event) {
        relay.store(name, key, encode.apply(event));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.deliverLater(() -> deliver(key, event));
                }
            });
        } else {
            relay.deliverLater(() -> deliver(key, event));
        }
    }

    /**
     * An event another instance published; decoded only when someone here listens for its key.
     * Runs on the relay's reading thread, outside any transaction.
     */
    void deliverEncoded(long key, String payload) {
        if (listeners.containsKey(key)) {
            @Nullable T event = decode.apply(payload);
            if (event != null) {
                deliver(key, event);
            }
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
