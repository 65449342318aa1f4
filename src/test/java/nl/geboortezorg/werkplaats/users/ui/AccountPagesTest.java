package nl.geboortezorg.werkplaats.users.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.testsupport.Accounts;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.MovableClock;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import nl.geboortezorg.werkplaats.users.AccountLinkService;
import nl.geboortezorg.werkplaats.users.CreatedUser;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pages reached from a mail or the login page: choose a password, forgot password; and the profile's details. */
class AccountPagesTest extends ViewTest {

    @Autowired
    UserService userService;

    @Autowired
    AccountLinkService links;

    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private CreatedUser invited() {
        SignIn.as(users, DemoUsers.ADMIN);
        CreatedUser created = userService.create(new UserDraft(
                "pagina-" + System.nanoTime() + "@example.nl", "Sanne Smit", Role.OBSERVER, Set.of(), Language.NL));
        SignIn.out();
        return created;
    }

    private static String heading() {
        return _get(H2.class, spec -> spec.withId("account-page-heading")).getText();
    }

    private static void choose(String password, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), repeat);
        _click(_get(Button.class, spec -> spec.withId("choose-password")));
    }

    @Test
    void an_invitation_link_lets_the_person_choose_a_password_with_a_message_per_field_and_then_says_it_is_used() {
        CreatedUser created = invited();
        openAnonymously();
        navigate("wachtwoord-instellen/" + Accounts.token(created.invitation()));

        assertThat(heading()).isEqualTo("Welkom! Kies uw wachtwoord");
        choose("kort", "kort");
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password"))
                        .getErrorMessage())
                .isEqualTo("Kies een wachtwoord van minstens 10 tekens.");
        choose("mijn-eigen-wachtwoord", "iets-anders-getypt");
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("repeat-password"));
        assertThat(repeat.getErrorMessage()).isEqualTo("De twee nieuwe wachtwoorden zijn niet gelijk.");
        assertThat(repeat.getValue()).isEqualTo("iets-anders-getypt");

        choose("mijn-eigen-wachtwoord", "mijn-eigen-wachtwoord");
        assertThat(heading()).isEqualTo("Uw wachtwoord is ingesteld");
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-set")).getText())
                .contains(created.account().email());

        navigate("wachtwoord-instellen/" + Accounts.token(created.invitation()));
        assertThat(heading()).isEqualTo("Deze link is al gebruikt");
        assertThat(_find(PasswordField.class)).isEmpty();
        assertThat(
                        _get(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "Vraag de facilitator die u uitnodigde om een nieuwe uitnodiging. U kunt ook zelf een nieuwe link aanvragen met het e-mailadres waarop u de uitnodiging kreeg.")))
                .isNotNull();
    }

    @Test
    void an_expired_or_unknown_link_says_so_and_offers_a_new_one() {
        CreatedUser created = invited();
        openAnonymously();
        clock.moveBy(Duration.ofDays(8));
        navigate("wachtwoord-instellen/" + Accounts.token(created.invitation()));

        assertThat(heading()).isEqualTo("Deze link is verlopen");
        assertThat(_find(PasswordField.class)).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("request-new-link"))
                        .getHref())
                .isEqualTo("wachtwoord-vergeten");

        navigate("wachtwoord-instellen/afgebroken");
        assertThat(heading()).isEqualTo("Deze link werkt niet");
    }

    @Test
    void every_page_reached_from_a_mail_or_the_login_page_links_to_the_accessibility_statement() {
        openAnonymously();
        for (String page : List.of(
                "wachtwoord-vergeten", "wachtwoord-instellen/afgebroken", "e-mailadres-bevestigen/afgebroken")) {
            navigate(page);
            assertThat(_get(Anchor.class, spec -> spec.withClasses("accessibility-link"))
                            .getHref())
                    .as("the statement linked from " + page)
                    .isEqualTo("toegankelijkheid");
        }
    }

    @Test
    void the_forgot_form_gives_the_same_answer_for_any_address() {
        openAnonymously();
        navigate("wachtwoord-vergeten");
        // the tests' application has no mail server: the page says whom to ask instead
        assertThat(heading()).isEqualTo("Wachtwoord vergeten");
        assertThat(
                        _get(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "Deze werkplaats kan (nog) geen e-mail versturen. Vraag de facilitator of beheerder van het leertraject om een link waarmee u een nieuw wachtwoord kiest.")))
                .isNotNull();
    }

    @Test
    void people_describe_themselves_on_their_profile() {
        SignIn.as(users, DemoUsers.ADMIN);
        CreatedUser created = Accounts.withPassword(
                userService,
                links,
                new UserDraft(
                        "profiel-" + System.nanoTime() + "@example.nl",
                        "Lotte Jansen",
                        Role.PROFESSIONAL,
                        Set.of(userService
                                .get(DemoUsers.id(users, DemoUsers.DEN_HAAG))
                                .regionIds()
                                .iterator()
                                .next()),
                        Language.NL),
                "mijn-wachtwoord");
        openAs(created.account().email(), "profiel");

        _setValue(_get(TextField.class, spec -> spec.withId("profile-display-name")), "  ");
        _click(_get(Button.class, spec -> spec.withId("save-profile")));
        assertThat(_get(TextField.class, spec -> spec.withId("profile-display-name"))
                        .getErrorMessage())
                .isEqualTo("Dit veld is verplicht.");

        _setValue(_get(TextField.class, spec -> spec.withId("profile-display-name")), "Lotte Jansen-de Boer");
        _setValue(_get(TextField.class, spec -> spec.withId("profile-job-title")), "Jeugdverpleegkundige");
        @SuppressWarnings("unchecked")
        Select<OrganisationType> discipline = _get(Select.class, spec -> spec.withId("profile-discipline"));
        _setValue(discipline, OrganisationType.YOUTH_HEALTH_CARE);
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        assertThat(userService.myProfile().displayName()).isEqualTo("Lotte Jansen-de Boer");
        assertThat(userService.myProfile().jobTitle()).isEqualTo("Jeugdverpleegkundige");
        assertThat(userService.myProfile().organisationType()).isEqualTo(OrganisationType.YOUTH_HEALTH_CARE);
        assertThat(_get(
                        Paragraph.class,
                        spec -> spec.withText(
                                "Lotte Jansen-de Boer · " + created.account().email() + " · Professional")))
                .isNotNull();
    }
}
