package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.NotesEvents;
import nl.geboortezorg.werkplaats.sessions.SessionPresence;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;

/** One working session: when and where, its agenda and invitees; facilitators start and close it. */
@Route("sessies/:id")
@PermitAll
class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkSessionService sessions;
    private final NotesEvents events;
    private final SessionPresence presence;
    private long id;
    private WorkSession session;

    SessionView(WorkSessionService sessions, NotesEvents events, SessionPresence presence) {
        this.sessions = sessions;
        this.events = events;
        this.presence = presence;
        addClassName("session-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        if (!load()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private boolean load() {
        session = sessions.get(id).orElse(null);
        removeAll();
        if (session == null) {
            return false;
        }
        H2 title = new H2(session.title());
        title.setId("session-name");
        Span state = new Span(getTranslation("session-state." + session.state().name()));
        state.setId("session-state");
        state.getElement().getThemeList().add("badge");
        add(title, state);
        add(new PresenceIndicator(presence, id));
        add(new Paragraph(getTranslation("session.when", DutchFormats.dateTime(session.startsAt()),
                DutchFormats.dateTime(session.endsAt()))));
        add(new Paragraph(getTranslation("session.scope") + ": "
                + (session.national() ? getTranslation("session.national") : session.regionName())));
        if (session.location() != null) {
            add(new Paragraph(getTranslation("session.location") + ": " + session.location()));
        }
        if (session.onlineLink() != null) {
            Anchor link = new Anchor(session.onlineLink(), getTranslation("session.online-link"));
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.setTarget("_blank");
            add(new Paragraph(link));
        }
        if (sessions.mayPlan()) {
            add(actions());
        }
        add(agenda(), invitees());
        return true;
    }

    private Section actions() {
        Section actions = new Section();
        if (session.state() == SessionState.PLANNED) {
            actions.add(action("session.start", "start-session", () -> sessions.start(id, session.version())));
        } else if (session.state() == SessionState.IN_PROGRESS) {
            actions.add(action("session.close", "close-session", () -> sessions.close(id, session.version())));
        }
        return actions;
    }

    private Button action(String key, String buttonId, Supplier<WorkSession> step) {
        Button button = new Button(getTranslation(key));
        button.setId(buttonId);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(click -> {
            try {
                step.get();
                load();
            } catch (ConcurrentEditException stale) {
                ConcurrentEditDialog.open(button, this::load);
            } catch (ValidationException refused) {
                Notifications.error(getTranslation(refused.problems().getFirst().messageKey()));
                load();
            }
        });
        return button;
    }

    private Section agenda() {
        Section section = new Section(new H3(getTranslation("session.agenda")));
        section.setId("agenda");
        boolean writing = sessions.mayWriteNotes(id);
        OrderedList list = new OrderedList();
        for (AgendaItem item : session.agenda()) {
            String text = item.title() + " (" + getTranslation("session.agenda.duration-label", item.durationMinutes())
                    + (item.ownerName() == null ? "" : ", " + item.ownerName()) + ")";
            ListItem entry = new ListItem(text);
            if (writing) {
                entry.add(new AgendaNotesEditor(sessions, events, id, item));
            } else {
                entry.add(new AgendaNotesReader(events, id, item));
            }
            list.add(entry);
        }
        section.add(list);
        return section;
    }

    private Section invitees() {
        Section section = new Section(new H3(getTranslation("session.invitees")));
        section.setId("invitees");
        UnorderedList list = new UnorderedList();
        session.invitees().forEach(invitee -> list.add(new ListItem(invitee.displayName())));
        section.add(session.invitees().isEmpty() ? new Paragraph(getTranslation("session.invitees.none")) : list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return (session == null ? "" : session.title()) + " | " + getTranslation("app.name");
    }
}
