package nl.geboortezorg.werkplaats.users.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import nl.geboortezorg.werkplaats.users.UserAccount;
import nl.geboortezorg.werkplaats.users.UserFilter;
import nl.geboortezorg.werkplaats.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A facilitator may see an admin's account but gets no way to change it. */
class UserDialogReadOnlyTest extends ViewTest {

    @Autowired
    UserService userService;

    @Autowired
    RegionService regionService;

    @Test
    void facilitator_sees_an_admin_read_only_without_save_or_deactivate() {
        openAs(DemoUsers.FACILITATOR, "gebruikers");
        UserAccount admin = userService
                .find(new UserFilter(DemoUsers.ADMIN, Role.ADMIN, false), 0, 1)
                .getFirst();

        new UserDialog(userService, regionService.regions(), admin, () -> {}).open();

        assertThat(_get(TextField.class, spec -> spec.withId("user-display-name"))
                        .isReadOnly())
                .isTrue();
        assertThat(_get(Select.class, spec -> spec.withId("user-role")).isReadOnly())
                .isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("save-user"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("toggle-active"))).isEmpty();
    }
}
