package nl.geboortezorg.werkplaats.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (an account name, a client address) within a window that starts at the
 * first attempt, in memory: the basis of every throttle against guessing and flooding. A key whose
 * window has passed starts again from zero; expired keys are dropped when many are tracked.
 */
public final class AttemptCounter {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final Duration window;
    private final Clock clock;

    public AttemptCounter(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    public Duration window() {
        return window;
    }

    /** How many attempts the key made in its current window. */
    public int count(String key) {
        Attempts entry = attempts.get(key);
        if (entry == null) {
            return 0;
        }
        if (entry.expired(clock.instant(), window)) {
            attempts.remove(key, entry);
            return 0;
        }
        return entry.count();
    }

    /** Counts one attempt of the key, and answers how many it has made in its window now. */
    public int record(String key) {
        if (attempts.size() > MAX_TRACKED) {
            Instant now = clock.instant();
            attempts.values().removeIf(entry -> entry.expired(now, window));
        }
        Instant now = clock.instant();
        return attempts.merge(key, new Attempts(1, now), (old, one) -> old.plusOne(now, window))
                .count();
    }

    public void forget(String key) {
        attempts.remove(key);
    }

    private record Attempts(int count, Instant first) {

        boolean expired(Instant now, Duration window) {
            return first.plus(window).isBefore(now);
        }

        Attempts plusOne(Instant now, Duration window) {
            return expired(now, window) ? new Attempts(1, now) : new Attempts(count + 1, first);
        }
    }
}
