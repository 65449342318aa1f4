package nl.geboortezorg.werkplaats.common.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people in the Netherlands read them, in Dutch time. */
public final class DutchFormats {

    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private DutchFormats() {
    }

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss", locale).format(instant.atZone(DUTCH_TIME));
    }
}
