package nl.geboortezorg.werkplaats.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaDraft;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.LiveRelay;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.TestFiles;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFixture;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who hears of what, on a real MariaDB: each rule reaches the people it names and not the one who
 * acted, following and unfollowing change that, unread counts go down as notifications are read,
 * and the feeds show only what the reader may read.
 */
@IntegrationTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    LiveRelay liveRelay;

    @Autowired
    ActivityService activity;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    FactsheetService factsheets;

    @Autowired
    WorkSessionService sessions;

    @Autowired
    SessionOutcomeService outcomes;

    @Autowired
    RegionService regions;

    @Autowired
    CostBenefitService analyses;

    @Autowired
    AnalysisLifecycleService lifecycle;

    @Autowired
    DocumentService documents;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    private BottleneckFixture fixture;
    private FactsheetFixture factsheetFixture;

    @BeforeEach
    void fixtures() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
        factsheetFixture = new FactsheetFixture(factsheets, regions, users);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Where the notifications the user has about items with this title lead. */
    private Set<Destination> destinationsHeardBy(String email, String title) {
        SignIn.as(users, email);
        return notifications.mine(0, 100).stream()
                .filter(n -> n.activity().title().equals(title))
                .map(n -> n.activity().destination())
                .collect(Collectors.toSet());
    }

    /** The kinds of the notifications the user has about items with this title. */
    private List<ActivityKind> heardBy(String email, String title) {
        SignIn.as(users, email);
        return notifications.mine(0, 100).stream()
                .filter(n -> n.activity().title().equals(title))
                .map(n -> n.activity().kind())
                .toList();
    }

    @Test
    void a_recognition_reaches_the_raising_regions_members_and_not_the_one_who_recognised() {
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Herkend"));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), "Bij ons ook");

        assertThat(heardBy(DemoUsers.DEN_HAAG, raised.title())).containsExactly(ActivityKind.BOTTLENECK_RECOGNISED);
        assertThat(heardBy(DemoUsers.UTRECHT, raised.title())).isEmpty();
        assertThat(heardBy(DemoUsers.AMSTERDAM, raised.title())).isEmpty();
        assertThat(destinationsHeardBy(DemoUsers.DEN_HAAG, raised.title()))
                .containsExactly(new Destination.Bottleneck(raised.id()));
    }

    @Test
    void followers_hear_of_status_changes_and_an_unfollow_stops_everything() {
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Agendapunt"));
        SignIn.as(users, DemoUsers.OBSERVER);
        notifications.follow(ItemType.BOTTLENECK, raised.id());
        assertThat(notifications.isFollowing(ItemType.BOTTLENECK, raised.id())).isTrue();
        SignIn.as(users, DemoUsers.FACILITATOR);
        agenda.promote(
                raised.id(),
                raised.version(),
                new AgendaDraft(
                        Set.of(Addressee.MINISTRY_VWS),
                        "Landelijk regelen",
                        "Gesprek met VWS",
                        fixture.facilitatorId,
                        LocalDate.now().plusDays(30)));

        assertThat(heardBy(DemoUsers.OBSERVER, raised.title())).containsExactly(ActivityKind.AGENDA_STATUS_CHANGED);
        assertThat(heardBy(DemoUsers.DEN_HAAG, raised.title()))
                .as("the raiser follows what they raised")
                .containsExactly(ActivityKind.AGENDA_STATUS_CHANGED);
        assertThat(heardBy(DemoUsers.FACILITATOR, raised.title()))
                .as("not the one who acted")
                .isEmpty();

        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(notifications.isFollowing(ItemType.BOTTLENECK, raised.id())).isTrue();
        notifications.unfollow(ItemType.BOTTLENECK, raised.id());
        assertThat(notifications.isFollowing(ItemType.BOTTLENECK, raised.id())).isFalse();
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), null);
        SignIn.as(users, DemoUsers.FACILITATOR);
        Bottleneck current = bottlenecks.detail(raised.id()).orElseThrow().bottleneck();
        agenda.changeStatus(current.id(), current.version(), BottleneckStatus.WITH_ADDRESSEE, null);

        assertThat(heardBy(DemoUsers.DEN_HAAG, raised.title()))
                .as("nothing after unfollowing, not even the " + "recognition the region's members hear of")
                .containsExactly(ActivityKind.AGENDA_STATUS_CHANGED);
        assertThat(heardBy(DemoUsers.OBSERVER, raised.title()))
                .containsExactly(
                        ActivityKind.AGENDA_STATUS_CHANGED,
                        ActivityKind.BOTTLENECK_RECOGNISED,
                        ActivityKind.AGENDA_STATUS_CHANGED);
    }

    @Test
    void a_review_request_reaches_the_facilitators_and_its_result_the_writer() {
        String title = FactsheetFixture.unique("Ter beoordeling");
        FactsheetVersion draft = factsheetFixture.draft(title, PublicationLevel.NATIONAL);
        FactsheetVersion submitted = factsheets.submit(draft.id(), draft.version());

        assertThat(heardBy(DemoUsers.FACILITATOR, title)).containsExactly(ActivityKind.FACTSHEET_SUBMITTED);
        assertThat(heardBy(DemoUsers.DEN_HAAG, title)).isEmpty();
        assertThat(heardBy(DemoUsers.OBSERVER, title)).isEmpty();

        SignIn.as(users, DemoUsers.FACILITATOR);
        FactsheetVersion returned = factsheets.returnToWriters(submitted.id(), submitted.version(), "Cijfers erbij");
        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion again = factsheets.submit(returned.id(), returned.version());
        SignIn.as(users, DemoUsers.FACILITATOR);
        factsheets.publish(again.id(), again.version());

        assertThat(heardBy(DemoUsers.DEN_HAAG, title))
                .containsExactly(ActivityKind.FACTSHEET_PUBLISHED, ActivityKind.FACTSHEET_RETURNED);
    }

    @Test
    void following_an_item_one_may_not_read_brings_no_news_of_it() {
        String title = FactsheetFixture.unique("Niet voor buitenstaanders");
        FactsheetVersion draft = factsheetFixture.draft(title, PublicationLevel.NATIONAL);
        for (String outsider : List.of(DemoUsers.OBSERVER, DemoUsers.UTRECHT)) {
            SignIn.as(users, outsider);
            notifications.follow(ItemType.FACTSHEET, draft.factsheetId());
        }
        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion submitted = factsheets.submit(draft.id(), draft.version());
        SignIn.as(users, DemoUsers.FACILITATOR);
        factsheets.publish(submitted.id(), submitted.version());

        assertThat(heardBy(DemoUsers.OBSERVER, title))
                .as("published nationally: now they may read it")
                .containsExactly(ActivityKind.FACTSHEET_PUBLISHED);
        assertThat(heardBy(DemoUsers.UTRECHT, title)).containsExactly(ActivityKind.FACTSHEET_PUBLISHED);
    }

    @Test
    void invitees_hear_of_the_invitation_and_of_the_minutes_and_an_owner_of_the_action() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        long daan = DemoUsers.id(users, DemoUsers.DEN_HAAG);
        String title = FactsheetFixture.unique("Werksessie");
        WorkSession planned = sessions.create(new WorkSessionDraft(
                fixture.denHaag,
                title,
                TestTimes.daysAheadAt(3, 10),
                TestTimes.daysAheadAt(3, 12),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 15, null)),
                Set.of(daan)));
        WorkSession running = sessions.start(planned.id(), planned.version());
        String action = "Bel de gemeente " + System.nanoTime();
        long organisation = regions.workspace("den-haag")
                .orElseThrow()
                .organisations()
                .getFirst()
                .id();
        ActionItem assigned = outcomes.recordAction(
                running.agenda().getFirst().id(),
                new ActionDraft(action, daan, organisation, DutchTime.date(TestTimes.daysAheadAt(20, 10))));
        running = sessions.get(running.id()).orElseThrow();
        sessions.close(running.id(), running.version(), Set.of(daan));

        assertThat(heardBy(DemoUsers.DEN_HAAG, title))
                .containsExactly(ActivityKind.SESSION_MINUTES, ActivityKind.SESSION_INVITED);
        assertThat(heardBy(DemoUsers.DEN_HAAG, action)).containsExactly(ActivityKind.ACTION_ASSIGNED);
        assertThat(heardBy(DemoUsers.UTRECHT, title)).isEmpty();
        assertThat(destinationsHeardBy(DemoUsers.DEN_HAAG, title))
                .as("the session")
                .containsExactly(new Destination.Session(running.id()));
        assertThat(destinationsHeardBy(DemoUsers.DEN_HAAG, action))
                .as("the action, shown in its session")
                .containsExactly(new Destination.Session(running.id()));
        // Done, so that other tests' lists of open actions stay theirs.
        SignIn.as(users, DemoUsers.FACILITATOR);
        outcomes.setActionStatus(assigned.id(), assigned.version(), ActionStatus.DONE);
    }

    @Test
    void reading_notifications_lowers_the_unread_count_and_nobody_reads_another_users() {
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Ongelezen"));
        SignIn.as(users, DemoUsers.DEN_HAAG);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), null);
        fixture.recognisedBy(DemoUsers.AMSTERDAM, fixture.amsterdamUmc, raised.id(), null);

        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(notifications.unreadCount()).isEqualTo(2);
        Notification first = notifications.mine(0, 1).getFirst();
        assertThat(first.read()).isFalse();
        notifications.markRead(first.id());
        assertThat(notifications.unreadCount()).isOne();
        assertThat(notifications.mine(0, 1).getFirst().read()).isTrue();

        SignIn.as(users, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> notifications.markRead(first.id())).isInstanceOf(NotFoundException.class);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void the_unread_count_is_told_to_every_open_screen_of_the_recipient_after_commit() {
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Live"));
        SignIn.as(users, DemoUsers.DEN_HAAG);
        notifications.markAllRead();
        // The count of zero that marking all read publishes is not what the screens below wait for.
        liveRelay.awaitDelivery(Duration.ofSeconds(10));
        List<Integer> first = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Integer> second = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Integer> someoneElse = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var a = notifications.subscribeToUnreadCount(first::add);
                var b = notifications.subscribeToUnreadCount(second::add)) {
            SignIn.as(users, DemoUsers.UTRECHT);
            try (var c = notifications.subscribeToUnreadCount(someoneElse::add)) {
                fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), null);
                // One delivery thread, in order: once both have heard, so would someone else have.
                await().untilAsserted(() -> assertThat(second).containsExactly(1));
            }
        }
        assertThat(first).containsExactly(1);
        assertThat(someoneElse).isEmpty();
    }

    @Test
    void feeds_show_only_what_the_reader_may_read() {
        String draftTitle = FactsheetFixture.unique("Regionaal concept");
        FactsheetVersion draft = factsheetFixture.draft(draftTitle, PublicationLevel.NATIONAL);
        factsheets.submit(draft.id(), draft.version());
        String publishedTitle = FactsheetFixture.unique("Landelijk gepubliceerd");
        FactsheetVersion published = factsheetFixture.published(publishedTitle, PublicationLevel.NATIONAL);

        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(titles(activity.regionFeed(fixture.denHaag, 0, 50))).contains(draftTitle, publishedTitle);
        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThat(titles(activity.nationalFeed(0, 50))).contains(draftTitle, publishedTitle);
        SignIn.as(users, DemoUsers.UTRECHT);
        assertThat(titles(activity.nationalFeed(0, 50)))
                .contains(publishedTitle)
                .doesNotContain(draftTitle);
        assertThat(titles(activity.regionFeed(fixture.denHaag, 0, 50))).doesNotContain(draftTitle);
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThat(titles(activity.nationalFeed(0, 50)))
                .contains(publishedTitle)
                .doesNotContain(draftTitle);
        assertThat(activity.nationalFeed(0, 50))
                .filteredOn(a -> a.title().equals(publishedTitle))
                .extracting(Activity::destination)
                .containsOnly(new Destination.Factsheet(published.factsheetId()));
        assertThat(activity.nationalFeed(0, 50))
                .extracting(Activity::kind)
                .doesNotContain(
                        ActivityKind.FACTSHEET_SUBMITTED, ActivityKind.SESSION_INVITED, ActivityKind.ACTION_ASSIGNED);
    }

    @Test
    void an_added_document_leads_to_its_regions_library() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        String title = FactsheetFixture.unique("Convenant");
        documents.add(
                fixture.denHaag,
                new DocumentDraft(title, null, PublicationLevel.REGION),
                documents.receive("convenant.pdf", TestFiles.stream(TestFiles.pdf())));

        assertThat(activity.regionFeed(fixture.denHaag, 0, 50))
                .filteredOn(a -> a.title().equals(title))
                .extracting(Activity::destination)
                .containsExactly(new Destination.Documents("den-haag", null));
    }

    @Test
    void an_item_that_fewer_may_read_leaves_the_feeds_of_the_others() {
        String title = CostBenefitFixture.unique("Teruggetrokken");
        CostBenefitFixture.Made made = new CostBenefitFixture(context).published(title, PublicationLevel.NATIONAL);
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThat(titles(activity.nationalFeed(0, 50))).contains(title);
        assertThat(activity.nationalFeed(0, 50))
                .filteredOn(a -> a.title().equals(title))
                .extracting(Activity::destination)
                .containsOnly(new Destination.Analysis(made.id()));

        SignIn.as(users, DemoUsers.DEN_HAAG);
        lifecycle.withdraw(made.id(), analyses.detail(made.id()).orElseThrow().version());

        SignIn.as(users, DemoUsers.OBSERVER);
        assertThat(titles(activity.nationalFeed(0, 50))).doesNotContain(title);
        SignIn.as(users, DemoUsers.UTRECHT);
        assertThat(titles(activity.nationalFeed(0, 50))).doesNotContain(title);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(titles(activity.regionFeed(fixture.denHaag, 0, 50))).contains(title);
    }

    private static List<String> titles(List<Activity> feed) {
        return feed.stream().map(Activity::title).toList();
    }
}
