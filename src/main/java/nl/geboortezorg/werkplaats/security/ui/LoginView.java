package nl.geboortezorg.werkplaats.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.common.ui.PageFooter;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.UiLanguage;
import nl.geboortezorg.werkplaats.database.DatabaseMode;
import nl.geboortezorg.werkplaats.security.LoginThrottle;
import nl.geboortezorg.werkplaats.security.LoginThrottledException;
import nl.geboortezorg.werkplaats.security.OrganisationSignIn;
import nl.geboortezorg.werkplaats.security.OrganisationSignInRefusedException;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * The login page, in Dutch or English. Whatever went wrong, it shows one generic message, never
 * whether an account exists; only throttling, and signing in through one's organisation (offered
 * when a provider is configured), get their own messages.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The sign-in page's path, which Spring Security also posts the form to and sends expired sessions to. */
    public static final String ROUTE = "login";

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;
    private final LoginThrottle throttle;
    private final Destinations destinations;

    LoginView(
            AuthenticationContext authentication,
            LoginThrottle throttle,
            Environment environment,
            Destinations destinations) {
        this.authentication = authentication;
        this.destinations = destinations;
        this.throttle = throttle;
        addClassName("login-view");

        form.setAction(ROUTE);
        // Leads to the page where a reset link is asked for by e-mail (invited accounts too).
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(
                event -> UI.getCurrent().navigate(destinations.path(new Destination.ForgotPassword())));
        form.setI18n(i18n(Failure.PASSWORD));

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        add(title, new Paragraph(getTranslation("login.intro")), form);
        if (OrganisationSignIn.configured(environment)) {
            add(organisationSignIn());
        }
        add(languageSwitch());
        if (DatabaseMode.withDemoData(environment)) {
            Paragraph hint = new Paragraph(getTranslation("login.demo-hint"));
            hint.addClassName("login-demo-hint");
            add(hint);
        }
        add(PageFooter.of(this));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(destinations.path(new Destination.Home()));
            return;
        }
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed) {
            form.setI18n(i18n(lastFailure()));
        }
        form.setError(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }

    /** What the last failed sign-in was, for its message. */
    private enum Failure {
        PASSWORD("login.failed"),
        THROTTLED("login.throttled"),
        ORGANISATION_REFUSED("login.organisation.refused"),
        ORGANISATION_FAILED("login.organisation.failed");

        private final String key;

        Failure(String key) {
            this.key = key;
        }
    }

    private LoginI18n i18n(Failure failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(failure.key + ".title"));
        error.setMessage(
                failure == Failure.THROTTLED
                        ? getTranslation(
                                failure.key + ".message", throttle.window().toMinutes())
                        : getTranslation(failure.key + ".message"));
        error.setUsername(getTranslation("login.email.required"));
        error.setPassword(getTranslation("login.password.required"));
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    private static Failure lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null || session.getSession() == null
                ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return switch (failure) {
            case LoginThrottledException throttled -> Failure.THROTTLED;
            case OrganisationSignInRefusedException refused -> Failure.ORGANISATION_REFUSED;
            // The provider did not answer, or the sign-in there was cancelled or came back invalid.
            case OAuth2AuthenticationException failed -> Failure.ORGANISATION_FAILED;
            case null, default -> Failure.PASSWORD;
        };
    }

    /** A plain link: the browser leaves the platform for the organisation's sign-in page. */
    private Paragraph organisationSignIn() {
        Anchor link = new Anchor(OrganisationSignIn.START_PATH, getTranslation("login.organisation.sign-in"));
        link.setRouterIgnore(true);
        link.setId("organisation-sign-in");
        link.addClassName("login-organisation");
        Paragraph paragraph = new Paragraph(link);
        paragraph.addClassName("login-organisation-option");
        return paragraph;
    }

    private HorizontalLayout languageSwitch() {
        // Each language is named in itself, whichever language the page is in.
        Button dutch =
                languageButton(getTranslation(TranslationProvider.DUTCH, "language.NL"), TranslationProvider.DUTCH);
        Button english =
                languageButton(getTranslation(TranslationProvider.ENGLISH, "language.EN"), TranslationProvider.ENGLISH);
        HorizontalLayout languages = new HorizontalLayout(dutch, english);
        languages.addClassName("login-languages");
        return languages;
    }

    private Button languageButton(String label, Locale locale) {
        Button button = new Button(label, click -> {
            UiLanguage.choose(locale);
            UI.getCurrent().getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("lang", locale.getLanguage());
        boolean current = locale.getLanguage().equals(getLocale().getLanguage());
        button.getElement().setAttribute("aria-pressed", String.valueOf(current));
        return button;
    }
}
