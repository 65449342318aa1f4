package nl.geboortezorg.werkplaats.testsupport;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import nl.geboortezorg.werkplaats.common.DutchTime;

/** Times as tests plan sessions: on the hour in Dutch time, some days ahead. */
public final class TestTimes {

    private TestTimes() {}

    /** The given number of days from now at the given hour, Dutch time. */
    public static Instant daysAheadAt(int days, int hour) {
        return DutchTime.instant(LocalDateTime.now(DutchTime.ZONE)
                .plusDays(days)
                .truncatedTo(ChronoUnit.HOURS)
                .withHour(hour));
    }

    public static Instant hoursLater(Instant moment, int hours) {
        return moment.plus(hours, ChronoUnit.HOURS);
    }

    public static Instant daysLater(Instant moment, int days) {
        return moment.plus(days, ChronoUnit.DAYS);
    }
}
