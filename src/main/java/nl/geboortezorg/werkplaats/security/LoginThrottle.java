package nl.geboortezorg.werkplaats.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed logins within the window, an account name
 * and a client address are each refused for the rest of the window. Counting is by the name that
 * was typed, whether or not such an account exists, so throttling reveals nothing about accounts.
 * A client address gets a higher limit than an account because a whole hospital may share one.
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;

    @Autowired
    LoginThrottle(
            @Value("${wsg.security.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${wsg.security.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${wsg.security.login.window:15m}") Duration window) {
        this(maxPerAccount, maxPerAddress, window, Clock.systemUTC());
    }

    LoginThrottle(int maxPerAccount, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    public boolean isBlocked(String account, @Nullable String address) {
        return count(accountKey(account)) >= maxPerAccount || count(addressKey(address)) >= maxPerAddress;
    }

    public void recordFailure(String account, @Nullable String address) {
        if (failures.size() > MAX_TRACKED) {
            purgeExpired();
        }
        Instant now = clock.instant();
        failures.merge(accountKey(account), new Failures(1, now), (old, one) -> old.plusOne(now, window));
        failures.merge(addressKey(address), new Failures(1, now), (old, one) -> old.plusOne(now, window));
    }

    public void recordSuccess(String account) {
        failures.remove(accountKey(account));
    }

    /** How long a block lasts, for the message shown to the user. */
    public Duration window() {
        return window;
    }

    private int count(String key) {
        Failures entry = failures.get(key);
        if (entry == null) {
            return 0;
        }
        if (entry.expired(clock.instant(), window)) {
            failures.remove(key, entry);
            return 0;
        }
        return entry.count();
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        failures.values().removeIf(entry -> entry.expired(now, window));
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(@Nullable String address) {
        return "address:" + (address == null ? "" : address);
    }

    private record Failures(int count, Instant first) {

        boolean expired(Instant now, Duration window) {
            return first.plus(window).isBefore(now);
        }

        Failures plusOne(Instant now, Duration window) {
            return expired(now, window) ? new Failures(1, now) : new Failures(count + 1, first);
        }
    }
}
