package nl.geboortezorg.werkplaats.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import nl.geboortezorg.werkplaats.security.LoginThrottledException;
import nl.geboortezorg.werkplaats.security.OrganisationSignInRefusedException;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends ViewTest {

    /** The texts the login form shows, as the JSON the browser receives. */
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_dutch_login_page() {
        openAnonymously();
        UI.getCurrent().navigate("regio/den-haag");

        LoginForm form = _get(LoginForm.class);
        assertThat(texts(form)).contains("\"title\":\"Inloggen\"", "\"username\":\"E-mailadres\"");
        assertThat(form.isError()).isFalse();
        assertThat(
                        _find(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "Samenwerkingsplatform van het leertraject Sociale geboortezorg in het ziekenhuis (en eruit!).")))
                .hasSize(1);
    }

    @Test
    void a_failed_login_shows_one_generic_message() {
        openAnonymously();
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("no"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(texts(form))
                .contains(
                        "Inloggen mislukt",
                        "De combinatie van e-mailadres en wachtwoord is onjuist, of het account is niet actief.");
    }

    @Test
    void a_throttled_login_says_to_wait() {
        openAnonymously();
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LoginThrottledException());
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(texts(form))
                .contains("Te veel pogingen", "Probeer het over 15 minuten opnieuw.")
                .doesNotContain("Inloggen mislukt");
    }

    @Test
    void without_a_provider_the_login_page_offers_no_sign_in_through_an_organisation() {
        openAnonymously();
        UI.getCurrent().navigate("login");

        _get(LoginForm.class);
        assertThat(_find(Anchor.class))
                .noneSatisfy(link -> assertThat(link.getHref()).contains("oauth2"));
        assertThat(_find(Anchor.class, spec -> spec.withId("organisation-sign-in")))
                .isEmpty();
    }

    @Test
    void an_account_the_organisation_did_not_vouch_for_is_told_how_to_get_one() {
        openAnonymously();
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new OrganisationSignInRefusedException("no account with the address"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(texts(form))
                .contains(
                        "Inloggen met uw organisatie niet gelukt",
                        "Een account krijgt u via een uitnodiging van een beheerder of facilitator.")
                .doesNotContain("Inloggen mislukt");
    }

    @Test
    void a_sign_in_through_the_organisation_that_did_not_complete_suggests_the_password() {
        openAnonymously();
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new OAuth2AuthenticationException(new OAuth2Error("invalid_nonce")));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(texts(_get(LoginForm.class)))
                .contains("Inloggen met uw organisatie lukt nu niet", "of log in met uw wachtwoord.")
                .doesNotContain("Inloggen mislukt");
    }

    @Test
    void english_can_be_chosen_before_signing_in() {
        openAnonymously();
        UI.getCurrent().navigate("login");

        _click(_get(Button.class, spec -> spec.withText("English")));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
        UI.getCurrent().navigate("login", QueryParameters.of("lang", "en"));

        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(texts(_get(LoginForm.class))).contains("\"title\":\"Sign in\"", "E-mail address");
    }

    @Test
    void the_demo_accounts_are_named_on_the_login_page_in_demo_mode() {
        openAnonymously();
        UI.getCurrent().navigate("login");

        assertThat(_find(Paragraph.class))
                .anySatisfy(paragraph -> assertThat(paragraph.getText())
                        .contains("facilitator@werkplaats.demo", "wachtwoord werkplaats"));
    }

    @Test
    void an_anonymous_visitor_opening_the_home_page_ends_on_the_login_page() {
        openAnonymously();
        UI.getCurrent().navigate("");

        _get(LoginView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void a_signed_in_user_opening_the_login_page_is_sent_home() {
        openAs(DemoUsers.DEN_HAAG, "login");

        assertThat(_find(LoginView.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEmpty();
    }

    @Test
    void the_language_buttons_name_each_language_in_itself_and_mark_the_current_one() {
        openAnonymously();
        UI.getCurrent().navigate("login");

        Button dutch = _get(Button.class, spec -> spec.withText("Nederlands"));
        Button english = _get(Button.class, spec -> spec.withText("English"));
        assertThat(dutch.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(english.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(english.getElement().getAttribute("lang")).isEqualTo("en");
    }
}
