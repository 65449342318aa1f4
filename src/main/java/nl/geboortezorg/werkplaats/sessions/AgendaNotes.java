package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;

/** The shared notes of one agenda item as last saved: text, version, by whom and when. */
public record AgendaNotes(
        long sessionId, long agendaItemId, String text, int version, String updatedBy, Instant updatedAt) {

    public static final int MAX_KILOBYTES = 200;
}
