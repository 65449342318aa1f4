package nl.geboortezorg.werkplaats.testsupport;

import static nl.geboortezorg.werkplaats.db.Tables.DRAFT_TEXT;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kotlin.jvm.functions.Function0;
import nl.geboortezorg.werkplaats.common.LiveRelay;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the Karibu view tests: the real Spring context and services, a faked browser, and a
 * demo user signed in the way Spring Security and Vaadin's access checks both see.
 */
@IntegrationTest
public abstract class ViewTest {

    private static Routes routes;

    private final List<Browser> browsers = new ArrayList<>();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private LiveRelay liveRelay;

    /** Lets the live updates of what was just saved reach the open pages' queues (see LiveChannel). */
    protected void awaitLiveUpdates() {
        liveRelay.awaitDelivery(Duration.ofSeconds(10));
    }

    /** Lets the live updates of what was just saved reach the current window, and runs them there. */
    protected void receiveLiveUpdates() {
        awaitLiveUpdates();
        MockVaadin.runUIQueue();
    }

    @Autowired
    protected UserDetailsService users;

    /**
     * Development mode keeps, for every component, the stack trace of where it was created and
     * attached, for the developer tools; over the thousands of views the tests open that costs
     * time and, as long as a component lives, memory. Nobody reads them here.
     */
    @BeforeAll
    static void stopTrackingComponents() throws ReflectiveOperationException {
        java.lang.reflect.Field disabled =
                com.vaadin.flow.component.internal.ComponentTracker.class.getDeclaredField("disabled");
        disabled.setAccessible(true);
        disabled.set(null, Boolean.TRUE);
    }

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("nl.geboortezorg.werkplaats");
            // Karibu's discovery sees public classes only; our views are package-private.
            ClassPathScanningCandidateComponentProvider scanner =
                    new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
            for (BeanDefinition view : scanner.findCandidateComponents("nl.geboortezorg.werkplaats")) {
                routes.getRoutes().add(load(view.getBeanClassName()));
            }
            // The platform's own error pages stand in for Karibu's, as they do for Vaadin's in the app.
            ClassPathScanningCandidateComponentProvider errorPages =
                    new ClassPathScanningCandidateComponentProvider(false);
            errorPages.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
            routes.getErrorRoutes().remove(MockRouteNotFoundError.class);
            routes.getErrorRoutes().remove(MockRouteAccessDeniedError.class);
            for (BeanDefinition page : errorPages.findCandidateComponents("nl.geboortezorg.werkplaats")) {
                routes.getErrorRoutes().add(loadErrorPage(page.getBeanClassName()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends HasErrorParameter<?>> loadErrorPage(String className) {
        try {
            return (Class<? extends HasErrorParameter<?>>) Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the window shows the page for an address or item that is not there or not the
     * reader's (the same page for both, see {@code ui.UnavailablePage}), in Dutch.
     */
    protected static boolean showsNothingHere() {
        return LocatorJ._find(Paragraph.class, spec -> spec.withId("problem-text")).stream()
                .anyMatch(text -> text.getText().startsWith("Deze pagina of dit onderdeel bestaat niet"));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Component> load(String className) {
        try {
            return (Class<? extends Component>) Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the app as an anonymous visitor. */
    protected Browser openAnonymously() {
        SignIn.out();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        return opened(null);
    }

    /**
     * Opens the app signed in as the given demo user, and navigates to the path. Windows opened
     * before stay open, each with its own Vaadin session, until the test ends.
     */
    protected Browser openAs(String email, String path) {
        // A page opened now must not hear, late, of what was saved before it opened.
        awaitLiveUpdates();
        Authentication authentication = SignIn.as(users, email);
        // The faked request must know the user before the first navigation, which happens in setup.
        Function0<UI> signedInUi = () -> {
            FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
            return new UI();
        };
        MockVaadin.setup(signedInUi, new MockSpringServlet(routes, context, signedInUi));
        navigate(path);
        return opened(authentication);
    }

    /** Navigates the current window to a path that may carry query parameters ({@code zoeken?q=zorg}). */
    protected static void navigate(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(path);
        } else {
            UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
        }
    }

    private Browser opened(Authentication authentication) {
        Browser browser = Browser.current(authentication);
        browsers.add(browser);
        return browser;
    }

    /**
     * Every view test starts without anyone's drafts: text that another test typed and left
     * unsaved in a form for a new item would otherwise be offered again when this one opens it.
     */
    @BeforeEach
    void forgetEveryonesDrafts() {
        context.getBean(DSLContext.class).deleteFrom(DRAFT_TEXT).execute();
    }

    @AfterEach
    protected void tearDownVaadin() {
        MockVaadin.tearDown();
        // Every other window too, so that none stays subscribed to events or present in a session.
        browsers.forEach(Browser::close);
        browsers.clear();
        SignIn.out();
    }
}
