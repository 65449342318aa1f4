package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.PageFooter;
import nl.geboortezorg.werkplaats.regions.ui.RegionNavigation;
import nl.geboortezorg.werkplaats.users.UserService;

/**
 * Where a user with a one-time password is sent until they have chosen their own. It stands
 * outside the main layout: until then every service but this form and signing out refuses them.
 */
@Route(value = "wachtwoord-wijzigen", autoLayout = false)
@PermitAll
class ChangePasswordView extends Main implements HasDynamicTitle {

    ChangePasswordView(UserService users, AuthenticationContext authentication) {
        addClassName("login-view");
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Button logout = new Button(
                getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        add(
                title,
                new H2(getTranslation("change-password.title")),
                new Paragraph(getTranslation("change-password.intro")),
                new PasswordChangeForm(users, () -> {
                    Notifications.success(getTranslation("profile.password.changed"));
                    RegionNavigation.home().navigate(UI.getCurrent());
                }),
                logout,
                PageFooter.of(this));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("change-password.title") + " | " + getTranslation("app.name");
    }
}
