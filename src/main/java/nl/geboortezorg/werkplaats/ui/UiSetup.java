package nl.geboortezorg.werkplaats.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.geboortezorg.werkplaats.common.ui.UiLanguage;
import nl.geboortezorg.werkplaats.common.ui.ViewLink;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.ui.LoginView;
import nl.geboortezorg.werkplaats.users.UserService;
import nl.geboortezorg.werkplaats.users.ui.UserNavigation;
import org.springframework.stereotype.Component;

/**
 * Per session and UI: Dutch unless the user chose English; a user who must replace a one-time
 * password goes nowhere else first; and errors become messages in the user's language.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private final UserService users;
    private final AccessGuard access;

    UiSetup(UserService users, AccessGuard access) {
        this.users = users;
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.getSession().setErrorHandler(new UiErrorHandler());
            UiLanguage.apply(
                    ui,
                    access.signedInAccount().isPresent()
                            ? users.myProfile().language().locale()
                            : UiLanguage.chosen());
            // The page's language for screen readers and hyphenation (WCAG 3.1.1).
            ui.getElement()
                    .executeJs(
                            "document.documentElement.lang = $0", ui.getLocale().getLanguage());
            ui.addBeforeEnterListener(this::requirePasswordChange);
        });
    }

    private void requirePasswordChange(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        ViewLink changePassword = UserNavigation.changePassword();
        if (target == changePassword.view() || target == LoginView.class) {
            return;
        }
        if (access.signedInAccount().filter(Actor::mustChangePassword).isPresent()) {
            event.rerouteTo(changePassword.view());
        }
    }
}
