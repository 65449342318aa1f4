package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;

/** A decision recorded on an agenda item. */
public record Decision(long id, long agendaItemId, String description, String recordedBy, Instant recordedAt) {

    public static final int DESCRIPTION_MAX = 2000;
}
