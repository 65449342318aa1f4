package nl.geboortezorg.werkplaats.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The platform stores instants in UTC and shows and plans them in Dutch time. */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }

    /** A Dutch wall-clock time as stored: in UTC. */
    public static LocalDateTime utc(LocalDateTime dutch) {
        return dutch.atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A stored UTC time as Dutch wall-clock time. */
    public static LocalDateTime dutch(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE).toLocalDateTime();
    }
}
