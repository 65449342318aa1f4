package nl.geboortezorg.werkplaats.users;

import java.time.Clock;
import java.time.Duration;
import nl.geboortezorg.werkplaats.security.AttemptCounter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits requests for a password reset link, per typed address (3 an hour by default, whether or
 * not it has an account) and per client address (10 an hour; a hospital may share one). A refused
 * request gets the same answer as any other and sends nothing, so a mailbox cannot be flooded.
 */
@Component
class ResetThrottle {

    private final AttemptCounter requests;
    private final int maxPerAccount;
    private final int maxPerClient;

    ResetThrottle(
            @Value("${wsg.accounts.reset.max-per-address:3}") int maxPerAccount,
            @Value("${wsg.accounts.reset.max-per-client:10}") int maxPerClient,
            @Value("${wsg.accounts.reset.window:1h}") Duration window,
            Clock clock) {
        this.requests = new AttemptCounter(window, clock);
        this.maxPerAccount = maxPerAccount;
        this.maxPerClient = maxPerClient;
    }

    /** Counts the request; answers whether it stays within both limits. */
    boolean allow(String email, @Nullable String client) {
        boolean accountWithin = requests.record("account:" + email) <= maxPerAccount;
        boolean clientWithin = requests.record("client:" + (client == null ? "" : client)) <= maxPerClient;
        return accountWithin && clientWithin;
    }
}
