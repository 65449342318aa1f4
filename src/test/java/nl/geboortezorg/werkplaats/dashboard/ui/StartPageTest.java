package nl.geboortezorg.werkplaats.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSummary;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.DraftService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFilter;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.MovableClock;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home page starts with a region member's own work, and a facilitator's adds what waits for review. */
class StartPageTest extends ViewTest {

    private static final List<String> MY_WORK =
            List.of("my-invitations", "my-open-actions", "awaiting-recognition", "my-drafts", "since-last-visit");

    @Autowired
    WorkSessionService sessions;

    @Autowired
    SessionOutcomeService outcomes;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    DraftService drafts;

    @Autowired
    FactsheetService factsheets;

    @Autowired
    MinutesService minutes;

    @Autowired
    RegionService regions;

    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
        SignIn.out();
    }

    private static Section section(String id) {
        return _get(Section.class, spec -> spec.withId(id));
    }

    private static boolean overdue(ListItem item) {
        return item.getChildren().anyMatch(c -> c.getClassNames().contains("action-overdue"));
    }

    @Test
    void a_professionals_home_starts_with_their_sessions_actions_overdue_first_recognitions_drafts_and_news() {
        SignIn.as(users, DemoUsers.ADMIN);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        long daan = DemoUsers.id(users, DemoUsers.DEN_HAAG);
        Instant inTenDays = TestTimes.daysAheadAt(10, 10);
        SignIn.as(users, DemoUsers.FACILITATOR);
        WorkSession running = sessions.create(new WorkSessionDraft(
                denHaag,
                "Acties " + System.nanoTime(),
                inTenDays,
                inTenDays.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Afspraken", 20, null)),
                Set.of(daan)));
        running = sessions.start(running.id(), running.version());
        long organisation =
                outcomes.ownerChoices(running.id()).organisations().getFirst().id();
        long item = running.agenda().getFirst().id();
        String late = "Te laat " + System.nanoTime();
        outcomes.recordAction(item, new ActionDraft(late, daan, organisation, DutchTime.date(inTenDays)));
        outcomes.recordAction(
                item,
                new ActionDraft(
                        "Later " + System.nanoTime(),
                        daan,
                        organisation,
                        DutchTime.date(inTenDays).plusDays(90)));
        // Twenty days on, the first action is overdue; the next session is the day after.
        Instant next = TestTimes.daysAheadAt(21, 9);
        String nextTitle = "Volgende " + System.nanoTime();
        sessions.create(new WorkSessionDraft(
                denHaag,
                nextTitle,
                next,
                next.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null)),
                Set.of(daan)));
        clock.moveBy(Duration.ofDays(20));
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long bottleneckId = System.nanoTime() % 1_000_000;
        DraftKey draft = DraftKey.forItem(DraftForm.BOTTLENECK_COMMENT, bottleneckId);
        drafts.keep(draft, Map.of("text", "Half geschreven reactie"));
        List<Long> awaiting = bottlenecks.awaitingMyRecognition(5).stream()
                .map(BottleneckSummary::id)
                .toList();

        try {
            openAs(DemoUsers.DEN_HAAG, "");

            List<String> order = _get(Main.class, spec -> spec.withClasses("home-view"))
                    .getChildren()
                    .map(c -> c.getId().orElse(""))
                    .filter(MY_WORK::contains)
                    .toList();
            assertThat(order).isEqualTo(MY_WORK);

            assertThat(section("my-invitations").getElement().getTextRecursively())
                    .contains("Uw volgende werksessies")
                    .contains(nextTitle);

            Section actions = section("my-open-actions");
            assertThat(actions.getElement().getTextRecursively())
                    .contains("Uw openstaande acties")
                    .contains("Al uw openstaande acties (");
            List<ListItem> lines = _find(actions, ListItem.class);
            assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            assertThat(overdue(lines.getFirst()))
                    .as("the first action is overdue")
                    .isTrue();
            int firstOnTime = lines.stream()
                    .filter(l -> !overdue(l))
                    .map(lines::indexOf)
                    .findFirst()
                    .orElse(lines.size());
            assertThat(lines.subList(firstOnTime, lines.size())).noneMatch(StartPageTest::overdue);
            assertThat(lines.getFirst().getElement().getTextRecursively()).contains("Te laat");

            Section recognition = section("awaiting-recognition");
            assertThat(recognition.getElement().getTextRecursively())
                    .contains("Knelpunten die wachten op herkenning door uw regio");
            assertThat(_find(recognition, ListItem.class)).hasSize(awaiting.size());
            for (long id : awaiting) {
                assertThat(_find(recognition, Anchor.class))
                        .anyMatch(a -> a.getHref().equals("knelpunten/" + id));
            }

            Section mine = section("my-drafts");
            assertThat(mine.getElement().getTextRecursively())
                    .contains("Concepten die u achterliet")
                    .contains("Reactie op een knelpunt")
                    .contains("Half geschreven reactie");
            assertThat(_find(mine, Anchor.class)).anyMatch(a -> a.getHref().equals("knelpunten/" + bottleneckId));

            assertThat(section("since-last-visit").getElement().getTextRecursively())
                    .contains("Sinds uw laatste bezoek");
            assertThat(_find(section("since-last-visit"), com.vaadin.flow.component.html.Paragraph.class))
                    .anyMatch(p -> p.getId().orElse("").equals("last-visit"));
        } finally {
            SignIn.as(users, DemoUsers.DEN_HAAG);
            drafts.discard(draft);
        }
    }

    @Test
    void observers_and_admins_keep_their_home_without_a_members_own_work() {
        for (String who : List.of(DemoUsers.OBSERVER, DemoUsers.ADMIN)) {
            openAs(who, "");
            for (String id : MY_WORK) {
                assertThat(_find(Component.class, spec -> spec.withId(id)))
                        .as(who + " " + id)
                        .isEmpty();
            }
            assertThat(_find(Section.class, spec -> spec.withId("national-dashboard")))
                    .hasSize(1);
        }
    }

    @Test
    void a_facilitator_sees_the_review_queue_with_counts_and_an_observer_does_not() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        int submitted = factsheets.count(FactsheetFilter.all().awaitingReview(true));
        int corrections = minutes.countPendingCorrections();

        openAs(DemoUsers.FACILITATOR, "");
        String queue = _get(Component.class, spec -> spec.withId("dashboard-review"))
                .getElement()
                .getTextRecursively();
        assertThat(queue)
                .contains("Wacht op beoordeling")
                .contains("Factsheets ingediend (" + submitted + ")")
                .contains("Correcties van verslagen voorgesteld (" + corrections + ")");
        assertThat(_find(_get(Component.class, spec -> spec.withId("review-factsheets")), Anchor.class))
                .anyMatch(a -> a.getHref().startsWith("factsheets"));

        openAs(DemoUsers.OBSERVER, "");
        assertThat(_find(Component.class, spec -> spec.withId("dashboard-review")))
                .isEmpty();
    }
}
