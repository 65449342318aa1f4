package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.documents.ui.LinkedDocuments;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.notifications.ui.FollowButton;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.Minutes;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.NotesEvents;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomes;
import nl.geboortezorg.werkplaats.sessions.SessionPresence;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import org.jspecify.annotations.Nullable;

/**
 * One working session: when and where, its agenda with live notes, decisions and actions, the
 * open actions of earlier sessions, and once closed its minutes. Facilitators start and close it.
 * What others save appears without reloading; what the user is typing is never replaced.
 */
@Route("sessies/:id")
@PermitAll
class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final WorkSessionService sessions;
    private final SessionOutcomeService outcomes;
    private final MinutesService minutes;
    private final TranslationProvider translations;
    private final NotesEvents events;
    private final SessionPresence presence;
    private final Clock clock;
    private final SessionPlanner planner;
    private final DocumentService documents;
    private final Map<Long, Div> itemOutcomes = new HashMap<>();
    private final Div carriedForward = new Div();
    private final Div minutesHolder = new Div();
    private NotesEvents.@Nullable Subscription subscription;
    private long id;
    private @Nullable WorkSession session;
    private final NotificationService notifications;
    private final List<SessionPageSection> sections;

    SessionView(
            WorkSessionService sessions,
            SessionOutcomeService outcomes,
            MinutesService minutes,
            TranslationProvider translations,
            NotesEvents events,
            SessionPresence presence,
            Clock clock,
            SessionPlanner planner,
            DocumentService documents,
            NotificationService notifications,
            List<SessionPageSection> sections) {
        this.notifications = notifications;
        this.sections = List.copyOf(sections);
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.minutes = minutes;
        this.translations = translations;
        this.events = events;
        this.presence = presence;
        this.clock = clock;
        this.planner = planner;
        this.documents = documents;
        addClassName("session-view");
        carriedForward.setId("carried-forward");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong(ID).orElse(-1L);
        if (!load()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = events.subscribeToChanges(id, changed -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private boolean load() {
        session = sessions.get(id).orElse(null);
        removeAll();
        itemOutcomes.clear();
        if (session == null) {
            return false;
        }
        H2 title = new H2(session.title());
        title.setId("session-name");
        Span state = new Span(getTranslation("session-state." + session.state().name()));
        state.setId("session-state");
        state.getElement().getThemeList().add("badge");
        add(title, state, new FollowButton(notifications, ItemType.SESSION, id));
        add(new PresenceIndicator(presence, id));
        add(new Paragraph(getTranslation(
                "session.when", DutchFormats.dateTime(session.startsAt()), DutchFormats.dateTime(session.endsAt()))));
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
        add(agenda());
        sections.forEach(section -> add(section.create(loaded())));
        add(carriedForward, invitees(), minutesHolder, new LinkedDocuments(documents, LinkTarget.session(id)));
        showOutcomes();
        return true;
    }

    /** The session shown; the parts of the page that read it are only built once it is loaded. */
    private WorkSession loaded() {
        return Objects.requireNonNull(session, "read only once loaded");
    }

    /** Someone saved a decision, an action, a correction or moved the session on. */
    private void refresh() {
        Optional<WorkSession> current = sessions.get(id);
        if (current.isEmpty()
                || current.get().state() != loaded().state()
                || current.get().state() == SessionState.PLANNED
                        && current.get().version() != loaded().version()) {
            // The session started or closed (editors lock or open), or its plan changed: the page is
            // rebuilt. A planned session has no notes editors, so nothing typed is lost.
            load();
        } else {
            session = current.get();
            showOutcomes();
        }
    }

    private void showOutcomes() {
        WorkSession session = loaded();
        Optional<SessionOutcomes> found = outcomes.outcomes(id);
        carriedForward.removeAll();
        minutesHolder.removeAll();
        if (found.isEmpty()) {
            return;
        }
        SessionOutcomes current = found.get();
        var today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        for (AgendaItem item : session.agenda()) {
            Div holder = itemOutcomes.get(item.id());
            if (holder != null) {
                holder.removeAll();
                holder.add(new ItemOutcomes(outcomes, session, item, current, today, this::refresh));
            }
        }
        if (!current.carriedForward().isEmpty() && session.state() != SessionState.CLOSED) {
            carriedForward.add(
                    new H3(getTranslation("action-item.carried-forward")),
                    new Paragraph(getTranslation("action-item.carried-forward.explanation")),
                    new ActionList(
                            outcomes,
                            current.carriedForward(),
                            today,
                            current.mayUpdateActions(),
                            true,
                            false,
                            this::refresh));
        }
        if (session.state() == SessionState.CLOSED) {
            Optional<Minutes> published = minutes.minutes(id);
            published.ifPresent(found2 -> minutesHolder.add(
                    new MinutesSection(minutes, translations, found2, clock.instant(), this::refresh)));
        }
    }

    private Section actions() {
        Section actions = new Section();
        if (loaded().state() == SessionState.PLANNED) {
            Button edit = new Button(getTranslation("session.edit"), click -> planner.change(loaded(), this::load));
            edit.setId("edit-session");
            actions.add(edit);
            actions.add(action("session.start", "start-session", () -> sessions.start(id, loaded().version())));
            actions.add(cancelButton());
        } else if (loaded().state() == SessionState.IN_PROGRESS) {
            Button close = new Button(getTranslation("session.close"));
            close.setId("close-session");
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            close.addClickListener(click -> new CloseSessionDialog(
                            sessions,
                            loaded(),
                            outcomes.ownerChoices(id).people(),
                            presence.presentUserIds(id),
                            this::load)
                    .open());
            actions.add(close);
        }
        return actions;
    }

    /** Cancelling mails every invitee, so it asks first. */
    private Button cancelButton() {
        Button cancel = new Button(getTranslation("session.cancel"));
        cancel.setId("cancel-session");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("cancel-session-confirm");
            confirm.setHeader(getTranslation("session.cancel.confirm-title"));
            confirm.setText(getTranslation("session.cancel.confirm-text", loaded().title()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("session.cancel.keep"));
            confirm.setConfirmText(getTranslation("session.cancel.confirm"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(event -> {
                try {
                    sessions.cancel(id, loaded().version());
                    Notifications.success(getTranslation("session.cancel.done"));
                    load();
                } catch (ConcurrentEditException stale) {
                    ConcurrentEditDialog.open(cancel, this::load);
                } catch (ValidationException refused) {
                    Notifications.error(FormErrors.firstMessage(refused, this));
                    load();
                }
            });
            confirm.open();
        });
        return cancel;
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
                Notifications.error(FormErrors.firstMessage(refused, this));
                load();
            }
        });
        return button;
    }

    private Section agenda() {
        WorkSession session = loaded();
        Section section = new Section(new H3(getTranslation("session.agenda")));
        section.setId("agenda");
        boolean writing = sessions.mayWriteNotes(id);
        OrderedList list = new OrderedList();
        for (AgendaItem item : session.agenda()) {
            String text = item.title() + " (" + getTranslation("session.agenda.duration-label", item.durationMinutes())
                    + (item.ownerName() == null ? "" : ", " + item.ownerName()) + ")";
            ListItem entry = new ListItem(text);
            Supplier<String> notes;
            if (writing) {
                AgendaNotesEditor editor = new AgendaNotesEditor(sessions, events, id, item);
                entry.add(editor);
                notes = editor::currentText;
            } else {
                entry.add(new AgendaNotesReader(events, id, item));
                notes = () -> item.notes() == null ? "" : item.notes();
            }
            Supplier<String> notesNow = notes;
            sections.forEach(part -> part.atAgendaItem(session, item, notesNow).ifPresent(entry::add));
            Div holder = new Div();
            itemOutcomes.put(item.id(), holder);
            entry.add(holder);
            list.add(entry);
        }
        section.add(list);
        return section;
    }

    private Section invitees() {
        WorkSession session = loaded();
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
