package nl.geboortezorg.werkplaats.sessions;

import java.time.LocalDateTime;

/** The shared notes of one agenda item as last saved: text, version, by whom and when (Dutch time). */
public record AgendaNotes(long sessionId, long agendaItemId, String text, int version, String updatedBy,
        LocalDateTime updatedAt) {

    public static final int MAX_KILOBYTES = 200;
}
