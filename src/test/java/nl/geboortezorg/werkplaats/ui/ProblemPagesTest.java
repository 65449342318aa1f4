package nl.geboortezorg.werkplaats.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.ErrorEvent;
import jakarta.annotation.security.PermitAll;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.UiLanguage;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFixture;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.security.RegionArchivedException;
import nl.geboortezorg.werkplaats.security.ui.LoginView;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;

/**
 * The pages for when a page cannot be shown: inside the platform's frame, translated, with a way
 * back; "not there" and "not yours" indistinguishable; an error with a reference and no trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProblemPagesTest extends ViewTest {

    @Autowired
    FactsheetService factsheets;

    @Autowired
    RegionService regions;

    /** A page that fails while it opens, the way a view would on a refusal or a bug. */
    @PermitAll
    static class Failing extends Div implements BeforeEnterObserver {

        static Supplier<RuntimeException> failure = () -> new IllegalStateException("none");

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw failure.get();
        }
    }

    private static void openFailing(Supplier<RuntimeException> failure) {
        Failing.failure = failure;
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        routes.removeRoute("test-failing");
        routes.setRoute("test-failing", Failing.class);
        UI.getCurrent().navigate("test-failing");
    }

    /**
     * Opens the address as a browser does when it is typed in: {@code UI.navigate} would leave an
     * address without a server route to the browser, which Karibu does not have.
     */
    private static void typeAddress(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    /** Everything the page's content says, in order, without the frame around it. */
    private static String content() {
        Component content = _get(MainLayout.class).getContent();
        return content.getElement().getTextRecursively();
    }

    private static String statement() {
        return _get(H1.class, spec -> spec.withId("accessibility-title"))
                .getParent()
                .orElseThrow()
                .getElement()
                .getTextRecursively();
    }

    @Test
    void an_unknown_address_shows_the_translated_not_found_page_in_the_frame_with_a_way_back() {
        openAs(DemoUsers.DEN_HAAG, "");
        typeAddress("bestaat-niet");

        assertThat(showsNothingHere()).isTrue();
        assertThat(_get(MainLayout.class).getContent()).isInstanceOf(UnavailablePage.class);
        assertThat(content()).startsWith("Niet gevonden").doesNotContain("Could not navigate");
        assertThat(_get(RouterLink.class, spec -> spec.withId("problem-home")).getHref())
                .isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("problem-back")).getText())
                .isEqualTo("Terug");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Niet gevonden |");
    }

    @Test
    void an_item_that_may_not_be_read_looks_exactly_like_one_that_does_not_exist() {
        FactsheetFixture fixture = new FactsheetFixture(factsheets, regions, users);
        FactsheetVersion draft = fixture.draft(FactsheetFixture.unique("Alleen Den Haag"), PublicationLevel.REGION);

        openAs(DemoUsers.UTRECHT, "factsheets/" + draft.factsheetId());
        String refused = content();
        openAs(DemoUsers.UTRECHT, "factsheets/999999999");
        String missing = content();
        typeAddress("bestaat-niet");
        String unknownAddress = content();
        // A page the role may not open (the audit trail is the admin's).
        openAs(DemoUsers.UTRECHT, "audit");
        String forbiddenPage = content();
        openFailing(() -> new AccessDeniedException("not for you"));
        String refusedByService = content();
        openFailing(() -> new NotFoundException("factsheet", 12));
        String missingInService = content();

        assertThat(refused).startsWith("Niet gevonden");
        assertThat(missing).isEqualTo(refused);
        assertThat(unknownAddress).isEqualTo(refused);
        assertThat(forbiddenPage).isEqualTo(refused);
        assertThat(refusedByService).isEqualTo(refused);
        assertThat(missingInService).isEqualTo(refused);

        openAs(DemoUsers.DEN_HAAG, "factsheets/" + draft.factsheetId());
        assertThat(showsNothingHere()).isFalse();
    }

    @Test
    void someone_not_signed_in_is_sent_to_the_login_page_not_told_it_is_not_there() {
        openAnonymously();
        typeAddress("bestaat-niet");
        assertThat(_find(LoginView.class)).hasSize(1);
        UI.getCurrent().navigate("audit");
        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(showsNothingHere()).isFalse();
    }

    @Test
    void an_error_shows_a_reference_that_the_log_carries_and_no_stack_trace(CapturedOutput output) {
        openAs(DemoUsers.DEN_HAAG, "");
        openFailing(() -> new IllegalStateException("secret internals of the failure"));

        String reference =
                _get(Span.class, spec -> spec.withId("problem-reference")).getText();
        assertThat(reference).matches("[0-9A-F]{4}-[0-9A-F]{4}");
        assertThat(content())
                .startsWith("Er ging iets mis")
                .contains(reference)
                .doesNotContain("secret internals")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at nl.geboortezorg");
        assertThat(_get(MainLayout.class).getContent()).isInstanceOf(ErrorPage.class);
        assertThat(output.getAll()).contains("(reference " + reference + ")", "secret internals of the failure");
    }

    @Test
    void a_write_refused_in_an_archived_region_says_the_region_is_archived() {
        openAs(DemoUsers.FACILITATOR, "");
        clearNotifications();

        new UiErrorHandler().error(new ErrorEvent(new IllegalStateException(new RegionArchivedException(1))));
        MockVaadin.runUIQueue();

        expectNotifications("Deze regio is gearchiveerd en kan niet worden gewijzigd. Maak haar eerst weer actief.");
    }

    @Test
    void the_accessibility_statement_is_public_in_dutch_and_english_and_linked_from_every_frame() {
        openAnonymously();
        UI.getCurrent().navigate("login");
        Anchor fromLogin = _get(Anchor.class, spec -> spec.withText("Toegankelijkheid"));
        UI.getCurrent().navigate(fromLogin.getHref());

        assertThat(_get(H1.class, spec -> spec.withId("accessibility-title")).getText())
                .isEqualTo("Toegankelijkheidsverklaring");
        String dutch = statement();
        assertThat(dutch)
                .contains(
                        "EN 301 549", "WCAG 2.1", "voldoet gedeeltelijk", "axe-core", "niet getagd", "3 december 2026");
        assertThat(_get(Anchor.class, spec -> spec.withId("accessibility-contact"))
                        .getHref())
                .isEqualTo("mailto:werkplaats@localhost");

        UiLanguage.choose(TranslationProvider.ENGLISH);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate(fromLogin.getHref());
        assertThat(_get(H1.class, spec -> spec.withId("accessibility-title")).getText())
                .isEqualTo("Accessibility statement");
        assertThat(statement()).contains("EN 301 549", "partially compliant", "not tagged", "3 December 2026");
        tearDownVaadin();

        openAs(DemoUsers.OBSERVER, "");
        assertThat(_get(Anchor.class, spec -> spec.withText("Toegankelijkheid")).getHref())
                .isEqualTo(fromLogin.getHref());
        openAnonymously();
        UI.getCurrent().navigate("kennisbank");
        assertThat(_get(Anchor.class, spec -> spec.withText("Toegankelijkheid")).getHref())
                .isEqualTo(fromLogin.getHref());
    }
}
