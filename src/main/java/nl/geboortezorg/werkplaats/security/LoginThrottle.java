package nl.geboortezorg.werkplaats.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
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

    private final AttemptCounter failures;
    private final int maxPerAccount;
    private final int maxPerAddress;

    @Autowired
    LoginThrottle(
            @Value("${wsg.security.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${wsg.security.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${wsg.security.login.window:15m}") Duration window) {
        this(maxPerAccount, maxPerAddress, window, Clock.systemUTC());
    }

    LoginThrottle(int maxPerAccount, int maxPerAddress, Duration window, Clock clock) {
        this.failures = new AttemptCounter(window, clock);
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
    }

    public boolean isBlocked(String account, @Nullable String address) {
        return failures.count(accountKey(account)) >= maxPerAccount
                || failures.count(addressKey(address)) >= maxPerAddress;
    }

    public void recordFailure(String account, @Nullable String address) {
        failures.record(accountKey(account));
        failures.record(addressKey(address));
    }

    public void recordSuccess(String account) {
        failures.forget(accountKey(account));
    }

    /** How long a block lasts, for the message shown to the user. */
    public Duration window() {
        return failures.window();
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(@Nullable String address) {
        return "address:" + (address == null ? "" : address);
    }
}
