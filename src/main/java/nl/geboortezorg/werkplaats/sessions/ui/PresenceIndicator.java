package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.sessions.SessionPresence;
import org.jspecify.annotations.Nullable;

/**
 * One line naming everyone who has the session open now, kept current through server push and
 * read out politely by screen readers when it changes.
 */
class PresenceIndicator extends Paragraph {

    private final SessionPresence presence;
    private final long sessionId;
    private SessionPresence.@Nullable Visit visit;

    PresenceIndicator(SessionPresence presence, long sessionId) {
        this.presence = presence;
        this.sessionId = sessionId;
        setId("session-presence");
        addClassName("session-presence");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        visit = presence.join(sessionId, () -> {
            try {
                ui.access(this::show);
            } catch (UIDetachedException gone) {
                // The page closed while someone else came or went; it leaves the session itself.
            }
        });
        show();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (visit != null) {
            visit.close();
            visit = null;
        }
    }

    private void show() {
        if (visit != null) {
            setText(getTranslation(
                    "session.presence",
                    visit.viewers().stream()
                            .map(SessionPresence.Viewer::displayName)
                            .collect(Collectors.joining(", "))));
        }
    }
}
