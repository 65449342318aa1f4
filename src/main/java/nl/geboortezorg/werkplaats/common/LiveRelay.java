package nl.geboortezorg.werkplaats.common;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import nl.geboortezorg.werkplaats.common.internal.LiveEventRepository;
import nl.geboortezorg.werkplaats.common.internal.LiveEventRepository.StoredEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Carries live events between application instances that share one database. A published event is
 * written to the database in the transaction that caused it (so it exists exactly when the change
 * does) and delivered on this instance after the commit, by one delivery thread; every instance reads, a few times a
 * second, the events the others wrote and delivers them to its own listeners. With one instance
 * the reading finds nothing to do.
 *
 * <p>Ids come from an auto-increment column, and a transaction that started earlier may commit
 * after a later one: an id that is missing now may still appear. The relay therefore remembers the
 * ids it has seen above the highest id below which it has seen everything, and gives up on a
 * missing id only after a while (a rolled-back insert, or a Galera cluster's id steps, leave ids
 * that never come).
 */
@Component
public class LiveRelay {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRelay.class);
    /** How long an id that has not appeared is waited for. */
    static final Duration GAP_WAIT = Duration.ofSeconds(10);
    /** How long events are kept: far longer than any instance takes to read them. */
    static final Duration KEEP = Duration.ofMinutes(10);

    private static final int BATCH = 2000;

    private final LiveEventRepository events;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, LiveChannel<?>> channels = new ConcurrentHashMap<>();

    /** Every id at or below this one has been read (or given up on); -1 until the first read. */
    private long complete = -1;
    /** Ids above {@link #complete} that have been read, with when ({@link System#nanoTime()}). */
    private final NavigableMap<Long, Long> seen = new TreeMap<>();

    /** Delivers this instance's own events, one at a time and in order, off the saving threads. */
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "live-delivery");
        thread.setDaemon(true);
        return thread;
    });

    LiveRelay(LiveEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void deliverLater(Runnable deliver) {
        delivery.execute(deliver);
    }

    /**
     * Waits until every event published on this instance so far has been delivered here (at most
     * the given time): for an orderly shutdown, and for tests that look at a page right after a save.
     */
    public void awaitDelivery(Duration atMost) {
        try {
            delivery.submit(() -> {}).get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("Live events not delivered within {}: {}", atMost, e.toString());
        }
    }

    @PreDestroy
    void stop() {
        awaitDelivery(Duration.ofSeconds(5));
        delivery.shutdown();
    }

    /**
     * A channel with the given name, the same on every instance. The payload an event travels as
     * must be small (a key, a count); {@code decode} may read the current state from the database.
     */
    public <T> LiveChannel<T> channel(String name, Function<T, String> encode, Function<String, @Nullable T> decode) {
        LiveChannel<T> channel = new LiveChannel<>(name, this, encode, decode);
        if (channels.putIfAbsent(name, channel) != null) {
            throw new IllegalStateException("Two live channels named " + name);
        }
        return channel;
    }

    /** Leaves the event for the other instances, in the caller's transaction if there is one. */
    void store(String channel, long key, String payload) {
        events.insert(node, channel, key, payload, clock.instant());
    }

    /** Reads what the other instances published since the last read and delivers it here. */
    @Scheduled(fixedDelayString = "${wsg.live.poll-millis:200}")
    public synchronized void receive() {
        try {
            if (complete < 0) {
                complete = events.lastId();
                return;
            }
            long now = System.nanoTime();
            for (StoredEvent event : events.after(complete, BATCH)) {
                if (seen.putIfAbsent(event.id(), now) == null && !node.equals(event.node())) {
                    deliver(event);
                }
            }
            while (!seen.isEmpty()) {
                Map.Entry<Long, Long> first = seen.firstEntry();
                boolean next = first.getKey() == complete + 1;
                if (!next && now - first.getValue() < GAP_WAIT.toNanos()) {
                    break;
                }
                complete = first.getKey();
                seen.pollFirstEntry();
            }
        } catch (DataAccessException unavailable) {
            // The database is away for a moment; the next read picks up where this one stopped.
            LOG.debug("Could not read live events", unavailable);
        }
    }

    private void deliver(StoredEvent event) {
        LiveChannel<?> channel = channels.get(event.channel());
        if (channel == null) {
            LOG.debug("No live channel {} on this instance", event.channel());
            return;
        }
        try {
            channel.deliverEncoded(event.key(), event.payload());
        } catch (RuntimeException failed) {
            LOG.warn("A live event on {} could not be delivered: {}", event.channel(), failed.toString());
        }
    }

    /** Forgets events every instance has long read. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    public void forgetOld() {
        try {
            events.deleteOlderThan(clock.instant().minus(KEEP));
        } catch (DataAccessException unavailable) {
            LOG.debug("Could not remove old live events", unavailable);
        }
    }
}
