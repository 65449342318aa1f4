package nl.geboortezorg.werkplaats.users;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A link just issued to an account: mailed, or, when no mail could be sent (no mail server
 * configured, or it refused), the link itself, for the person who asked for it to pass on.
 */
public record SentLink(
        String email,
        AccountLinkKind kind,
        Instant expiresAt,
        @Nullable String linkToPassOn) {

    public boolean mailed() {
        return linkToPassOn == null;
    }
}
