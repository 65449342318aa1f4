package nl.geboortezorg.werkplaats.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The platform stores instants in UTC and shows and plans them in Dutch time. */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {}

    /** The moment a Dutch wall-clock time stands for. */
    public static Instant instant(LocalDateTime dutch) {
        return dutch.atZone(ZONE).toInstant();
    }

    /** A moment as Dutch wall-clock time, as people read and type it. */
    public static LocalDateTime dutch(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    /** The Dutch calendar day of a moment. */
    public static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
