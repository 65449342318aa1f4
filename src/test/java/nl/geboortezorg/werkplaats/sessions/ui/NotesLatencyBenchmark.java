package nl.geboortezorg.werkplaats.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.UidlWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.security.AppUserPrincipal;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.AgendaNotes;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.Browser;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long saved notes take to reach everyone who has the session open. Fifty pages, each in its
 * own Vaadin session, have a running session open; another person saves its notes 200 times. Each
 * save goes the production way: {@code WorkSessionService.saveNotes} on the real database, the
 * event after the commit, and {@code UI.access} into every page under that page's own session
 * lock, followed by the push, whose message is built as for a connected browser (only the network
 * write is left out). Prints percentiles; measures, asserts no timing. Not part of {@code ./mvnw
 * test}: run with {@code ./mvnw -B -ntp test -Pbenchmark} (README, "Benchmark").
 */
class NotesLatencyBenchmark extends ViewTest {

    private static final int PAGES = Integer.getInteger("benchmark.pages", 50);
    private static final int SAVES = Integer.getInteger("benchmark.saves", 200);
    private static final int WARM_UP_SAVES = Integer.getInteger("benchmark.warm-up", 30);
    private static final double TARGET_P95_MILLIS = 250;

    /** Who has the session open: everyone who may write in it, several tabs each. The admin saves. */
    private static final List<String> VIEWERS = List.of(
            DemoUsers.FACILITATOR,
            DemoUsers.DEN_HAAG,
            DemoUsers.UTRECHT,
            DemoUsers.AMSTERDAM,
            DemoUsers.ZUID_LIMBURG,
            "delft@werkplaats.demo",
            "apeldoorn@werkplaats.demo",
            "olvg@werkplaats.demo",
            "amsterdamumc@werkplaats.demo");

    @Autowired
    WorkSessionService sessions;

    /** The save in progress; pages note when they show it and when their push carries it. */
    private volatile Round round;

    private record Round(String text, long startedAt, long[] shown, long[] pushed, CountDownLatch allPushed) {

        Round(String text, int pages) {
            this(text, System.nanoTime(), new long[pages], new long[pages], new CountDownLatch(pages));
        }
    }

    @Test
    void saved_notes_reach_fifty_open_pages() throws InterruptedException {
        WorkSession session = runningSession();
        long item = session.agenda().getFirst().id();
        List<OpenPage> pages = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            Browser browser = openAs(VIEWERS.get(i % VIEWERS.size()), "sessies/" + session.id());
            pages.add(new OpenPage(i, browser.ui()));
        }
        // Between requests nobody holds a page's session: the saver's thread takes each lock itself.
        pages.forEach(page -> page.session().unlock());
        CurrentInstance.clearAll();
        SignIn.as(users, DemoUsers.ADMIN);

        List<Round> measured = new ArrayList<>();
        try {
            int version = 0;
            for (int save = 0; save < WARM_UP_SAVES + SAVES; save++) {
                Round current = new Round("- Besluit " + save + ": " + "tekst ".repeat(300), PAGES);
                round = current;
                AgendaNotes saved = sessions.saveNotes(item, version, current.text());
                version = saved.version();
                assertThat(current.allPushed().await(10, TimeUnit.SECONDS))
                        .as("save %d reached every page", save)
                        .isTrue();
                if (save >= WARM_UP_SAVES) {
                    measured.add(current);
                }
            }
        } finally {
            round = null;
            // Back as Karibu had them, so that closing the windows after the test works.
            pages.forEach(page -> page.session().lock());
        }
        report(measured);
    }

    private WorkSession runningSession() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        Set<Long> invited = VIEWERS.stream()
                .map(email -> ((AppUserPrincipal) users.loadUserByUsername(email)).getId())
                .collect(Collectors.toSet());
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        WorkSession planned = sessions.create(new WorkSessionDraft(
                null,
                "Benchmark " + System.nanoTime(),
                start,
                start.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Besluiten", 30, null)),
                invited));
        return sessions.start(planned.id(), planned.version());
    }

    /**
     * One page with the session open: notes when its notes field shows the round's text, and
     * stands in for the browser's push connection, building the message a browser would receive.
     */
    private final class OpenPage implements PushConnection {

        private final int index;
        private final UI ui;
        private final TextArea notes;

        OpenPage(int index, UI ui) {
            this.index = index;
            this.ui = ui;
            this.notes = _get(ui, TextArea.class);
            notes.addValueChangeListener(event -> {
                Round current = round;
                if (current != null && event.getValue().equals(current.text())) {
                    current.shown()[index] = System.nanoTime() - current.startedAt();
                }
            });
            ui.getInternals().setPushConnection(this);
            // The first response carries the whole page, as the browser's first load would.
            ui.push();
        }

        VaadinSession session() {
            return ui.getSession();
        }

        @Override
        public void push() {
            String message = new UidlWriter().createUidl(ui, true).toString();
            Round current = round;
            if (current != null && current.pushed()[index] == 0 && message.contains(current.text())) {
                current.pushed()[index] = System.nanoTime() - current.startedAt();
                current.allPushed().countDown();
            }
        }

        @Override
        public void disconnect() {}

        @Override
        public boolean isConnected() {
            return true;
        }
    }

    private static void report(List<Round> rounds) {
        long[] shown = rounds.stream()
                .flatMapToLong(r -> Arrays.stream(r.shown()))
                .sorted()
                .toArray();
        long[] pushed = rounds.stream()
                .flatMapToLong(r -> Arrays.stream(r.pushed()))
                .sorted()
                .toArray();
        long[] allPages = rounds.stream()
                .mapToLong(r -> Arrays.stream(r.pushed()).max().orElseThrow())
                .sorted()
                .toArray();
        double p95 = millis(percentile(shown, 95));
        System.out.printf(
                """

                Notes latency: %d saves (after %d to warm up), each to %d other open pages, each page its
                own Vaadin session; from just before saveNotes until ...
                  ... the page's notes field shows the text     %s   (%d deliveries)
                  ... the page's push message is built           %s
                  ... the last of the %d pages has its message   %s   (per save)
                Target p95 < %.0f ms for the text to show: %s

                """,
                rounds.size(),
                WARM_UP_SAVES,
                PAGES,
                summary(shown),
                shown.length,
                summary(pushed),
                PAGES,
                summary(allPages),
                TARGET_P95_MILLIS,
                p95 < TARGET_P95_MILLIS ? "met" : "NOT met");
    }

    private static String summary(long[] sortedNanos) {
        return String.format(
                "p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms",
                millis(percentile(sortedNanos, 50)),
                millis(percentile(sortedNanos, 95)),
                millis(sortedNanos[sortedNanos.length - 1]));
    }

    /** Nearest rank. */
    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
