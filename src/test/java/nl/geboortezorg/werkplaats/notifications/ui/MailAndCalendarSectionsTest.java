package nl.geboortezorg.werkplaats.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.geboortezorg.werkplaats.notifications.MailKind;
import nl.geboortezorg.werkplaats.notifications.MailPreferenceService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The profile page's mail switches and calendar feed address. */
class MailAndCalendarSectionsTest extends ViewTest {

    @Autowired
    MailPreferenceService preferences;

    @AfterEach
    void receiveAgain() {
        SignIn.as(users, DemoUsers.AMSTERDAM);
        for (MailKind kind : MailKind.values()) {
            preferences.changeMyMail(kind, true);
        }
        SignIn.out();
    }

    @Test
    void each_kind_of_mail_is_switched_off_and_on_by_itself() {
        openAs(DemoUsers.AMSTERDAM, "profiel");
        Checkbox reminders = _get(Checkbox.class, spec -> spec.withId("mail-reminders"));
        assertThat(reminders.getValue()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("mail-invitations")).getValue())
                .isTrue();

        _setValue(reminders, false);

        assertThat(preferences.myMail()).containsExactlyInAnyOrder(MailKind.INVITATIONS, MailKind.MINUTES);
        openAs(DemoUsers.AMSTERDAM, "profiel");
        assertThat(_get(Checkbox.class, spec -> spec.withId("mail-reminders")).getValue())
                .isFalse();
        _setValue(_get(Checkbox.class, spec -> spec.withId("mail-reminders")), true);
        assertThat(preferences.myMail()).contains(MailKind.REMINDERS);
    }

    @Test
    void a_new_feed_address_is_shown_once_and_replaces_the_old() {
        openAs(DemoUsers.AMSTERDAM, "profiel");

        _click(_get(Button.class, spec -> spec.withId("calendar-feed-new")));
        String first = _get(TextField.class, spec -> spec.withId("calendar-feed-address"))
                .getValue();
        _click(_get(Button.class, spec -> spec.withId("calendar-feed-new")));
        String second = _get(TextField.class, spec -> spec.withId("calendar-feed-address"))
                .getValue();

        assertThat(first).matches("http.*/agenda/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(second).isNotEqualTo(first);
        openAs(DemoUsers.AMSTERDAM, "profiel");
        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-feed-state"))
                        .getText())
                .startsWith("U hebt een agenda-adres");
    }
}
