package nl.geboortezorg.werkplaats.sessions;

import nl.geboortezorg.werkplaats.common.ConcurrentEditException;

/** Someone saved the notes first; carries their version so both can be shown and merged. */
public class NotesConflictException extends ConcurrentEditException {

    private final transient AgendaNotes current;

    public NotesConflictException(AgendaNotes current) {
        super("agenda-notes", current.agendaItemId());
        this.current = current;
    }

    public AgendaNotes current() {
        return current;
    }
}
