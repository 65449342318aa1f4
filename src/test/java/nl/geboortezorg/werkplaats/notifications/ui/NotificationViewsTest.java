package nl.geboortezorg.werkplaats.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.notifications.DigestFrequency;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.Browser;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationViewsTest extends ViewTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    NotificationService notifications;

    private BottleneckFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        notifications.markAllRead();
    }

    private static NotificationBell bell() {
        return _get(NotificationBell.class);
    }

    @Test
    void the_unread_count_changes_in_every_open_window_when_someone_else_acts() {
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Twee vensters"));
        Browser first = openAs(DemoUsers.DEN_HAAG, "");
        assertThat(bell().unread()).isZero();
        assertThat(bell().getAriaLabel()).contains("Meldingen, 0 ongelezen");
        Browser second = openAs(DemoUsers.DEN_HAAG, "knelpunten");
        Browser other = openAs(DemoUsers.UTRECHT, "");
        int othersBefore = bell().unread();

        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), "Bij ons ook");

        first.use();
        receiveLiveUpdates();
        assertThat(bell().unread()).isOne();
        assertThat(bell().getAriaLabel()).contains("Meldingen, 1 ongelezen");
        second.use();
        receiveLiveUpdates();
        assertThat(bell().unread()).isOne();
        other.use();
        receiveLiveUpdates();
        assertThat(bell().unread()).as("the one who acted").isEqualTo(othersBefore);

        first.use();
        _click(bell());
        Dialog list = _get(Dialog.class, spec -> spec.withId("notification-list"));
        Button item = _find(list, Button.class, spec -> spec.withClasses("notification-item")).stream()
                .filter(button -> button.getElement().getTextRecursively().contains(raised.title()))
                .findFirst()
                .orElseThrow();
        assertThat(item.getElement().getTextRecursively())
                .contains("Uma Jansen herkent het knelpunt „" + raised.title() + "”")
                .contains("nieuw");
        _click(item);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("knelpunten/" + raised.id());
        assertThat(bell().unread()).isZero();
        second.use();
        receiveLiveUpdates();
        assertThat(bell().unread()).as("read in the other window").isZero();
    }

    @Test
    void all_notifications_are_marked_read_at_once() {
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Alles gelezen"));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), null);
        fixture.recognisedBy(DemoUsers.AMSTERDAM, fixture.amsterdamUmc, raised.id(), null);
        openAs(DemoUsers.DEN_HAAG, "");
        assertThat(bell().unread()).isEqualTo(2);

        _click(bell());
        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all-read")));

        assertThat(bell().unread()).isZero();
        assertThat(_find(Button.class, spec -> spec.withClasses("notification-item")))
                .noneMatch(item -> item.hasClassName("unread"));
    }

    @Test
    void following_a_bottleneck_from_its_page_and_unfollowing_it_again() {
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("Volgen"));
        openAs(DemoUsers.OBSERVER, "knelpunten/" + raised.id());
        FollowButton follow = _get(FollowButton.class);
        assertThat(follow.following()).isFalse();
        assertThat(follow.getText()).isEqualTo("Volgen");

        _click(follow);
        assertThat(follow.getText()).isEqualTo("Niet meer volgen");
        assertThat(notifications.isFollowing(ItemType.BOTTLENECK, raised.id())).isTrue();
        _click(follow);
        assertThat(follow.following()).isFalse();
        assertThat(notifications.isFollowing(ItemType.BOTTLENECK, raised.id())).isFalse();
    }

    @Test
    void the_region_page_and_the_home_page_show_what_happened() {
        Bottleneck raised = fixture.raisedInDenHaag(BottleneckFixture.unique("In de feed"));
        openAs(DemoUsers.UTRECHT, "regio/den-haag");
        Div regional = _get(Div.class, spec -> spec.withId("region-activity"));
        assertThat(_find(regional, Anchor.class))
                .filteredOn(link -> link.getText().contains(raised.title()))
                .singleElement()
                .satisfies(link -> {
                    assertThat(link.getText()).isEqualTo("Daan de Vries meldde het knelpunt „" + raised.title() + "”");
                    assertThat(link.getHref()).isEqualTo("knelpunten/" + raised.id());
                });

        openAs(DemoUsers.OBSERVER, "");
        Div national = _get(Div.class, spec -> spec.withId("national-activity"));
        assertThat(_find(national, Anchor.class))
                .extracting(Anchor::getText)
                .contains("Daan de Vries meldde het knelpunt „" + raised.title() + "”");
    }

    @Test
    void the_profile_page_sets_the_e_mail_digest() {
        openAs(DemoUsers.DEN_HAAG, "profiel");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DigestFrequency> digest =
                _get(RadioButtonGroup.class, spec -> spec.withId("digest-frequency"));
        assertThat(digest.getValue()).isEqualTo(DigestFrequency.NONE);

        _setValue(digest, DigestFrequency.WEEKLY);

        assertThat(notifications.digestFrequency()).isEqualTo(DigestFrequency.WEEKLY);
        notifications.changeDigestFrequency(DigestFrequency.NONE);
    }
}
