package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A session as the sessions list shows it; regionName is null for a national session. */
public record WorkSessionSummary(
        long id,
        @Nullable Long regionId,
        @Nullable String regionName,
        String title,
        Instant startsAt,
        Instant endsAt,
        SessionState state) {

    public boolean national() {
        return regionId == null;
    }
}
