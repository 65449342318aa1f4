package nl.geboortezorg.werkplaats.common;

import java.time.ZoneId;

/** The platform stores instants in UTC and shows and plans them in Dutch time. */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }
}
