package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import nl.geboortezorg.werkplaats.sessions.AgendaNotes;
import nl.geboortezorg.werkplaats.sessions.NotesEvents;
import org.jspecify.annotations.Nullable;

/** A piece of the session page that hears of saved notes while it is on screen, through server push. */
abstract class LiveNotes extends Div {

    private final NotesEvents events;
    private final long sessionId;
    private NotesEvents.@Nullable Subscription subscription;

    LiveNotes(NotesEvents events, long sessionId) {
        this.events = events;
        this.sessionId = sessionId;
    }

    /** Called in the UI's own thread for every save of notes in this session. */
    abstract void received(AgendaNotes notes);

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = events.subscribe(sessionId, notes -> ui.access(() -> received(notes)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
