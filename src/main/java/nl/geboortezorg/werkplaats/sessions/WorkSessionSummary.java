package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;

/** A session as the sessions list shows it; regionName is null for a national session. */
public record WorkSessionSummary(long id, Long regionId, String regionName, String title, Instant startsAt,
        Instant endsAt, SessionState state) {

    public boolean national() {
        return regionId == null;
    }
}
