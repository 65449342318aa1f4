package nl.geboortezorg.werkplaats.testsupport;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Times as tests plan sessions: Dutch local time, on the hour, some days ahead. */
public final class TestTimes {

    private TestTimes() {
    }

    /** The given number of days from now at the given hour, Dutch time. */
    public static LocalDateTime daysAheadAt(int days, int hour) {
        return LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(days).truncatedTo(ChronoUnit.HOURS)
                .withHour(hour);
    }
}
