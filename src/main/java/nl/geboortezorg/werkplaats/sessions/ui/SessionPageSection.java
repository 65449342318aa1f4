package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.WorkSession;

/**
 * A part of a session's page that another feature adds without the sessions depending on it (the
 * bottlenecks raised in the session, and raising one from an agenda item's notes). Each call
 * makes new components for one page.
 */
public interface SessionPageSection {

    /** The section under the agenda. */
    Component create(WorkSession session);

    /**
     * What the feature offers at one agenda item, given the item's notes as they now read (as
     * typed, for someone writing them); empty for nothing.
     */
    default Optional<Component> atAgendaItem(WorkSession session, AgendaItem item, Supplier<String> notes) {
        return Optional.empty();
    }
}
