package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.regions.ui.RegionNavigation;
import nl.geboortezorg.werkplaats.users.UserService;

/** Where a user with a one-time password is sent until they have chosen their own. */
@Route("wachtwoord-wijzigen")
@PermitAll
class ChangePasswordView extends Main implements HasDynamicTitle {

    ChangePasswordView(UserService users) {
        add(new Paragraph(getTranslation("change-password.intro")), new PasswordChangeForm(users, () -> {
            Notifications.success(getTranslation("profile.password.changed"));
            RegionNavigation.home().navigate(UI.getCurrent());
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("change-password.title") + " | " + getTranslation("app.name");
    }
}
