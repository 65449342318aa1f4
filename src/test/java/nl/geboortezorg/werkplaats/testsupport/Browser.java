package nl.geboortezorg.werkplaats.testsupport;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * One faked browser window: its own Vaadin session and UI, and the user signed in there. A test
 * may keep several open, as several people at their own computers, and switch between them.
 */
public final class Browser {

    private final UI ui;
    private final Authentication user;
    private final Map<Class<?>, CurrentInstance> instances;
    /** Vaadin keeps current instances weakly; these are the ones only Karibu and this window hold. */
    private final List<Object> keptReachable;

    /** The window Karibu has just opened and made current. */
    static Browser current(Authentication user) {
        return new Browser(UI.getCurrent(), user);
    }

    private Browser(UI ui, Authentication user) {
        this.ui = ui;
        this.user = user;
        this.instances = CurrentInstance.getInstances();
        this.keptReachable = Arrays.asList(VaadinRequest.getCurrent(), VaadinResponse.getCurrent());
    }

    public UI ui() {
        return ui;
    }

    /**
     * Makes this the window the test works in: Karibu's lookups search it, and services see its
     * user. What other threads handed it through {@code UI.access} runs at the next lookup (or
     * {@link MockVaadin#clientRoundtrip()}), as at the browser's next round trip.
     */
    public Browser use() {
        CurrentInstance.restoreInstances(instances);
        if (user == null) {
            SignIn.out();
        } else {
            TestSecurityContextHolder.setAuthentication(user);
        }
        return this;
    }

    /** Closes the window and its Vaadin session, as when the user closes the tab: the UI detaches. */
    public void close() {
        VaadinSession session = ui.getSession();
        if (session != null && session.getState() == VaadinSessionState.OPEN) {
            use();
            MockVaadin.tearDown();
        }
    }
}
