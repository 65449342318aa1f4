package nl.geboortezorg.werkplaats.sessions.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.geboortezorg.werkplaats.common.DutchTime;

/** Sessions are stored in UTC and read and written in Dutch local time. */
final class Times {

    private Times() {
    }

    static LocalDateTime utc(LocalDateTime dutch) {
        return dutch.atZone(DutchTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static LocalDateTime dutch(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(DutchTime.ZONE).toLocalDateTime();
    }
}
