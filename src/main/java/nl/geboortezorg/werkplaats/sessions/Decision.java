package nl.geboortezorg.werkplaats.sessions;

import java.time.LocalDateTime;

/** A decision recorded on an agenda item; recordedAt is Dutch time. */
public record Decision(long id, long agendaItemId, String description, String recordedBy, LocalDateTime recordedAt) {

    public static final int DESCRIPTION_MAX = 2000;
}
