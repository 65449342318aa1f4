package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.Html;
import nl.geboortezorg.werkplaats.common.SafeMarkdown;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.AgendaNotes;
import nl.geboortezorg.werkplaats.sessions.NotesEvents;

/** The notes of one agenda item for those who read along: rendered safely, updated as they are saved. */
class AgendaNotesReader extends LiveNotes {

    private final long agendaItemId;
    private int version;

    AgendaNotesReader(NotesEvents events, long sessionId, AgendaItem item) {
        super(events, sessionId);
        this.agendaItemId = item.id();
        this.version = item.notesVersion();
        addClassName("agenda-notes-read");
        show(item.notes());
    }

    private void show(String markdown) {
        removeAll();
        if (markdown != null && !markdown.isBlank()) {
            add(new Html(SafeMarkdown.toHtml(markdown)));
        }
    }

    @Override
    void received(AgendaNotes notes) {
        if (notes.agendaItemId() == agendaItemId && notes.version() > version) {
            version = notes.version();
            show(notes.text());
        }
    }
}
