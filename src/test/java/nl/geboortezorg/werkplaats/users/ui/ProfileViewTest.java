package nl.geboortezorg.werkplaats.users.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.testsupport.Accounts;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import nl.geboortezorg.werkplaats.users.AccountLinkService;
import nl.geboortezorg.werkplaats.users.CreatedUser;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileViewTest extends ViewTest {

    @Autowired
    UserService users;

    @Autowired
    AccountLinkService links;

    @Autowired
    DSLContext dsl;

    private static final String ONE_TIME = "eenmalig-wachtwoord";

    /** An observer who must still replace a one-time password (as the initial admin must). */
    private CreatedUser newObserver() {
        SignIn.as(super.users, DemoUsers.ADMIN);
        CreatedUser created = Accounts.withPassword(
                users,
                links,
                new UserDraft(
                        "profiel-" + System.nanoTime() + "@example.nl",
                        "Pim Profiel",
                        Role.OBSERVER,
                        Set.of(),
                        Language.NL),
                ONE_TIME);
        dsl.update(APP_USER)
                .set(APP_USER.MUST_CHANGE_PASSWORD, true)
                .where(APP_USER.ID.eq(created.account().id()))
                .execute();
        return created;
    }

    private static void changePassword(String current, String next, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), repeat);
        _click(_get(Button.class, spec -> spec.withId("change-password")));
    }

    @Test
    void a_user_with_a_one_time_password_must_choose_one_before_anything_else() {
        CreatedUser created = newObserver();
        openAs(created.account().email(), "");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("wachtwoord-wijzigen");
        UI.getCurrent().navigate("regio/utrecht");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("wachtwoord-wijzigen");

        changePassword(ONE_TIME, "mijn-eigen-wachtwoord", "mijn-eigen-wachtwoord");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEmpty();
        assertThat(users.myProfile().mustChangePassword()).isFalse();
    }

    @Test
    void password_mistakes_are_shown_at_their_fields() {
        CreatedUser created = newObserver();
        openAs(created.account().email(), "wachtwoord-wijzigen");

        changePassword("niet-mijn-wachtwoord", "mijn-eigen-wachtwoord", "mijn-eigen-wachtwoord");
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("current-password"));
        assertThat(current.getErrorMessage()).isEqualTo("Het huidige wachtwoord klopt niet.");

        changePassword(ONE_TIME, "mijn-eigen-wachtwoord", "iets-anders-getypt");
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("repeat-password"));
        assertThat(repeat.getErrorMessage()).isEqualTo("De twee nieuwe wachtwoorden zijn niet gelijk.");
        assertThat(users.myProfile().mustChangePassword()).isTrue();
    }

    @Test
    void the_profile_changes_the_password_and_the_language() {
        CreatedUser created = newObserver();
        openAs(created.account().email(), "wachtwoord-wijzigen");
        changePassword(ONE_TIME, "mijn-eigen-wachtwoord", "mijn-eigen-wachtwoord");
        UI.getCurrent().navigate("profiel");
        clearNotifications();

        changePassword("mijn-eigen-wachtwoord", "nog-een-ander-wachtwoord", "nog-een-ander-wachtwoord");
        expectNotifications("Uw wachtwoord is gewijzigd. Waar u verder nog was ingelogd, bent u nu uitgelogd.");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Language> language = _get(RadioButtonGroup.class, spec -> spec.withId("language"));
        _setValue(language, Language.EN);
        assertThat(users.myProfile().language()).isEqualTo(Language.EN);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
    }

    @Test
    void the_profile_says_who_is_signed_in_and_in_which_language() {
        openAs(DemoUsers.DEN_HAAG, "profiel");

        assertThat(_get(ProfileView.class)).isNotNull();
        assertThat(_get(
                        Paragraph.class,
                        spec -> spec.withText("Daan de Vries · denhaag@werkplaats.demo · Professional")))
                .isNotNull();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Language> language = _get(RadioButtonGroup.class, spec -> spec.withId("language"));
        assertThat(language.getValue()).isEqualTo(Language.NL);
    }

    @Test
    void mistakes_on_the_profile_page_are_shown_at_their_fields_and_change_nothing() {
        openAs(DemoUsers.DEN_HAAG, "profiel");
        clearNotifications();

        changePassword("niet-mijn-wachtwoord", "een-nieuw-wachtwoord", "een-nieuw-wachtwoord");
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("current-password"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Het huidige wachtwoord klopt niet.");

        changePassword(DemoUsers.PASSWORD, "een-nieuw-wachtwoord", "een-ander-wachtwoord");
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("repeat-password"));
        assertThat(repeat.getErrorMessage()).isEqualTo("De twee nieuwe wachtwoorden zijn niet gelijk.");
        assertThat(current.isInvalid()).isFalse();

        changePassword(DemoUsers.PASSWORD, "kort", "kort");
        PasswordField next = _get(PasswordField.class, spec -> spec.withId("new-password"));
        assertThat(next.getErrorMessage()).isEqualTo("Kies een wachtwoord van minstens 10 tekens.");
        assertThat(next.getValue()).isEqualTo("kort");

        expectNoNotifications();
        assertThat(_get(ProfileView.class)).isNotNull();
    }

    @Test
    void the_forced_password_page_explains_why_it_is_shown() {
        CreatedUser created = newObserver();
        openAs(created.account().email(), "profiel");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("wachtwoord-wijzigen");
        _get(ChangePasswordView.class);
        assertThat(_get(
                        Paragraph.class,
                        spec -> spec.withText(
                                "U bent ingelogd met een eenmalig wachtwoord. Kies eerst uw eigen wachtwoord.")))
                .isNotNull();
    }
}
