package nl.geboortezorg.werkplaats.sessions;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who has a session open right now, kept in memory: a page joins when it opens the session and
 * leaves when it closes. The same user in two tabs counts once. Within one application instance,
 * like {@link NotesEvents}.
 */
@Component
public class SessionPresence {

    private static final Logger LOG = LoggerFactory.getLogger(SessionPresence.class);

    private static final Comparator<Viewer> BY_NAME = Comparator.comparing(
                    Viewer::displayName, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(Viewer::userId);

    /** Someone who has the session open, named as the database knows them. */
    public record Viewer(long userId, String displayName) {}

    /** One open page of a session. Closing it leaves the session. */
    public interface Visit extends AutoCloseable {

        /** Everyone who has the session open now, this page's user included, sorted by name. */
        List<Viewer> viewers();

        @Override
        void close();
    }

    private final AccessGuard access;
    private final WorkSessionService sessions;
    /** Per session its open pages. Each list is replaced whole under the lock, so readers need none. */
    private final Map<Long, List<OpenPage>> pages = new ConcurrentHashMap<>();

    SessionPresence(AccessGuard access, WorkSessionService sessions) {
        this.access = access;
        this.sessions = sessions;
    }

    /**
     * Joins the session as the signed-in user, who must be allowed to see it. {@code changed} is
     * called, in the thread that made the change, whenever someone else starts or stops viewing the
     * session; it should only hand the work over (to the page's own thread) and ask
     * {@link Visit#viewers()} there, which is always current, however the calls interleave.
     */
    public Visit join(long sessionId, Runnable changed) {
        Actor actor = access.signedIn();
        if (sessions.get(sessionId).isEmpty()) {
            throw new NotFoundException(WorkSessionService.SESSION, sessionId);
        }
        OpenPage page = new OpenPage(sessionId, new Viewer(actor.id(), actor.displayName()), changed);
        change(page, open -> Stream.concat(open.stream(), Stream.of(page)).toList());
        return page;
    }

    /** The users who have the session open now, for services that act on it (such as attendance). */
    public Set<Long> presentUserIds(long sessionId) {
        return pages.getOrDefault(sessionId, List.of()).stream()
                .map(page -> page.viewer.userId())
                .collect(Collectors.toUnmodifiableSet());
    }

    private void change(OpenPage cause, UnaryOperator<List<OpenPage>> change) {
        List<OpenPage> before;
        List<OpenPage> after;
        synchronized (pages) {
            before = pages.getOrDefault(cause.sessionId, List.of());
            after = change.apply(before);
            if (after.isEmpty()) {
                pages.remove(cause.sessionId);
            } else {
                pages.put(cause.sessionId, after);
            }
        }
        // Outside the lock: the others are told after the change, and a slow listener holds up no one.
        // A second tab of someone already present, or one of two tabs closing, changes nothing to show.
        if (!viewersOf(before).equals(viewersOf(after))) {
            after.stream().filter(page -> page != cause).forEach(SessionPresence::tell);
        }
    }

    private static void tell(OpenPage page) {
        try {
            page.changed.run();
        } catch (RuntimeException e) {
            // One page that cannot be told must not keep the others from hearing, nor fail the change.
            LOG.warn("Could not tell an open page of session {} who is present", page.sessionId, e);
        }
    }

    /** One entry per user, however many of their tabs are open, sorted by name. */
    private static List<Viewer> viewersOf(List<OpenPage> open) {
        Map<Long, Viewer> byUser = new HashMap<>();
        open.forEach(page -> byUser.putIfAbsent(page.viewer.userId(), page.viewer));
        return byUser.values().stream().sorted(BY_NAME).toList();
    }

    private final class OpenPage implements Visit {

        private final long sessionId;
        private final Viewer viewer;
        private final Runnable changed;
        private final AtomicBoolean left = new AtomicBoolean();

        OpenPage(long sessionId, Viewer viewer, Runnable changed) {
            this.sessionId = sessionId;
            this.viewer = viewer;
            this.changed = changed;
        }

        @Override
        public List<Viewer> viewers() {
            return viewersOf(pages.getOrDefault(sessionId, List.of()));
        }

        @Override
        public void close() {
            if (left.compareAndSet(false, true)) {
                change(this, open -> open.stream().filter(page -> page != this).toList());
            }
        }
    }
}
