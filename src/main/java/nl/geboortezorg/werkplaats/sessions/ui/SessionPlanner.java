package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.AgendaSuggestion;
import nl.geboortezorg.werkplaats.sessions.OwnerChoices.Choice;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.users.UserFilter;
import nl.geboortezorg.werkplaats.users.UserService;
import org.springframework.stereotype.Component;

/**
 * Opens the planning dialog for a new session or for a planned one, with the regions and people to
 * choose from, so that a page offering it needs nothing else.
 */
@Component
class SessionPlanner {

    /** How many suggestions of each kind the dialog offers. */
    private static final int SUGGESTIONS = 10;

    private final WorkSessionService sessions;
    private final RegionService regions;
    private final UserService users;

    SessionPlanner(WorkSessionService sessions, RegionService regions, UserService users) {
        this.sessions = sessions;
        this.regions = regions;
        this.users = users;
    }

    void planNew(Consumer<WorkSession> created) {
        // A new session has no version anyone else can change, so there is nothing to reload.
        new SessionDialog(
                        null,
                        regions.regions(),
                        this::activePeople,
                        this::suggestions,
                        sessions::create,
                        created,
                        () -> {})
                .open();
    }

    /** Changes the plan; {@code show} runs after saving, or to show someone else's change instead. */
    void change(WorkSession session, Runnable show) {
        new SessionDialog(
                        session,
                        regions.regions(),
                        this::activePeople,
                        this::suggestions,
                        draft -> sessions.update(session.id(), session.version(), draft),
                        saved -> show.run(),
                        show)
                .open();
    }

    private List<AgendaSuggestion> suggestions(long regionId) {
        return sessions.agendaSuggestions(regionId, SUGGESTIONS);
    }

    private Stream<Choice> activePeople(Query<Choice, String> query) {
        return users
                .find(new UserFilter(query.getFilter().orElse(null), null, false), query.getOffset(), query.getLimit())
                .stream()
                .map(user -> new Choice(user.id(), user.displayName()));
    }
}
