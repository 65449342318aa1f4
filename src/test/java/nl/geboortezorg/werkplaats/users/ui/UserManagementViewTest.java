package nl.geboortezorg.werkplaats.users.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.testsupport.Accounts;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import nl.geboortezorg.werkplaats.users.AccountLinkKind;
import nl.geboortezorg.werkplaats.users.AccountLinkService;
import nl.geboortezorg.werkplaats.users.CreatedUser;
import nl.geboortezorg.werkplaats.users.LinkCheck;
import nl.geboortezorg.werkplaats.users.UserAccount;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserFilter;
import nl.geboortezorg.werkplaats.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserManagementViewTest extends ViewTest {

    @Autowired
    AccountLinkService links;

    @Autowired
    UserService users;

    @SuppressWarnings("unchecked")
    private static Grid<UserAccount> grid() {
        return _get(Grid.class, spec -> spec.withId("users"));
    }

    @SuppressWarnings("unchecked")
    private static void fillIn(String email, String name, Role role, String regionName) {
        _setValue(_get(EmailField.class, spec -> spec.withId("user-email")), email);
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), name);
        _setValue((Select<Role>) _get(Select.class, spec -> spec.withId("user-role")), role);
        MultiSelectComboBox<RegionSummary> regions =
                _get(MultiSelectComboBox.class, spec -> spec.withId("user-regions"));
        if (regionName != null) {
            _setValue(
                    regions,
                    Set.of(regions.getListDataView()
                            .getItems()
                            .filter(region -> region.name().equals(regionName))
                            .findFirst()
                            .orElseThrow()));
        }
    }

    @Test
    void the_list_pages_lazily_and_filters_by_text() {
        openAs(DemoUsers.ADMIN, "gebruikers");

        assertThat(_findAll(grid())).extracting(UserAccount::email).contains(DemoUsers.ADMIN, DemoUsers.DEN_HAAG);
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), "denhaag@");

        assertThat(_findAll(grid())).extracting(UserAccount::email).containsExactly(DemoUsers.DEN_HAAG);
    }

    @Test
    void inviting_a_user_without_a_mail_server_shows_the_invitation_link_to_pass_on_and_lists_them_as_invited() {
        openAs(DemoUsers.ADMIN, "gebruikers");
        String email = "uitnodiging-" + System.nanoTime() + "@example.nl";

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fillIn(email, "Ilse de Wit", Role.PROFESSIONAL, "Delft");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        SentLinkDialog shown = _get(SentLinkDialog.class);
        String link = _get(shown, TextField.class, spec -> spec.withId("link-to-pass-on"))
                .getValue();
        assertThat(link).contains("/wachtwoord-instellen/");
        assertThat(_get(shown, Paragraph.class).getText())
                .startsWith("De werkplaats kon geen e-mail versturen")
                .contains(email);
        UserAccount created =
                users.find(new UserFilter(email, null, true), 0, 1).getFirst();
        assertThat(created.displayName()).isEqualTo("Ilse de Wit");
        assertThat(created.invited()).isTrue();
        search(email);
        assertThat(_getFormattedRow(grid(), 0)).contains("Uitgenodigd, nog niet aangemeld");
    }

    @Test
    void a_duplicate_email_is_shown_at_the_field_and_nothing_is_saved() {
        openAs(DemoUsers.ADMIN, "gebruikers");
        int before = users.count(UserFilter.all());

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fillIn(DemoUsers.DEN_HAAG, "Dubbel", Role.PROFESSIONAL, "Den Haag");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        EmailField email = _get(EmailField.class, spec -> spec.withId("user-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Er bestaat al een account met dit e-mailadres.");
        assertThat(_get(TextField.class, spec -> spec.withId("user-display-name"))
                        .getValue())
                .isEqualTo("Dubbel");
        assertThat(users.count(UserFilter.all())).isEqualTo(before);
    }

    @Test
    void a_professional_without_a_region_is_refused_at_the_regions_field() {
        openAs(DemoUsers.FACILITATOR, "gebruikers");

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fillIn("zonder-regio-" + System.nanoTime() + "@example.nl", "Zonder Regio", Role.PROFESSIONAL, null);
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<RegionSummary> regions =
                _get(MultiSelectComboBox.class, spec -> spec.withId("user-regions"));
        assertThat(regions.getErrorMessage()).isEqualTo("Een professional hoort bij minstens één regio.");
    }

    @Test
    void a_facilitator_may_only_give_the_professional_and_observer_roles() {
        openAs(DemoUsers.FACILITATOR, "gebruikers");
        _click(_get(Button.class, spec -> spec.withId("new-user")));

        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withId("user-role"));
        assertThat(ComboBoxKt.getSuggestionItems(role)).containsExactly(Role.PROFESSIONAL, Role.OBSERVER);
    }

    @Test
    void an_admin_deactivates_a_user_from_the_dialog() {
        openAs(DemoUsers.ADMIN, "gebruikers");
        String email = "deactiveren-" + System.nanoTime() + "@example.nl";
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fillIn(email, "Tijdelijk Account", Role.OBSERVER, null);
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        UserAccount created =
                users.find(new UserFilter(email, null, true), 0, 1).getFirst();

        new UserDialog(users, java.util.List.of(), users.get(created.id()), () -> {}).open();
        _click(_get(Button.class, spec -> spec.withId("toggle-active")));

        assertThat(users.get(created.id()).active()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("toggle-active"))).isEmpty();
    }

    /** An observer made through the service as the admin, so its e-mail is unique to the test. */
    private UserAccount newObserver(String prefix) {
        SignIn.as(super.users, DemoUsers.ADMIN);
        CreatedUser created = users.create(new UserDraft(
                prefix + "-" + System.nanoTime() + "@example.nl",
                "Otto Onderzoek",
                Role.OBSERVER,
                Set.of(),
                Language.NL));
        return created.account();
    }

    private static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), text);
    }

    @Test
    void an_admin_opens_a_user_from_the_list_and_renames_them() {
        UserAccount account = newObserver("hernoemen");
        openAs(DemoUsers.ADMIN, "gebruikers");
        search(account.email());
        assertThat(_size(grid())).isEqualTo(1);

        _clickItem(grid(), 0);
        EmailField email = _get(EmailField.class, spec -> spec.withId("user-email"));
        assertThat(email.getValue()).isEqualTo(account.email());
        assertThat(email.isReadOnly()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Otto Onderzoeker");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(_find(UserDialog.class)).isEmpty();
        assertThat(_getFormattedRow(grid(), 0))
                .contains("Otto Onderzoeker", account.email(), "Waarnemer", "Uitgenodigd, nog niet aangemeld");
        assertThat(users.get(account.id()).displayName()).isEqualTo("Otto Onderzoeker");
    }

    @Test
    void a_deactivated_user_is_listed_only_on_request_and_can_be_reactivated() {
        UserAccount account = newObserver("heractiveren");
        users.deactivate(account.id(), account.version());
        openAs(DemoUsers.ADMIN, "gebruikers");

        search(account.email());
        assertThat(_size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("Geen gebruikers gevonden.");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Ook gedeactiveerde accounts")), true);
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_getFormattedRow(grid(), 0)).contains("Gedeactiveerd");

        _clickItem(grid(), 0);
        _click(_get(Button.class, spec -> spec.withId("toggle-active").withText("Heractiveren")));

        assertThat(users.get(account.id()).active()).isTrue();
        assertThat(_getFormattedRow(grid(), 0)).contains("Uitgenodigd, nog niet aangemeld");
    }

    @Test
    void an_admin_deactivates_a_user_opened_from_the_list() {
        UserAccount account = newObserver("uitzetten");
        openAs(DemoUsers.ADMIN, "gebruikers");
        search(account.email());

        _clickItem(grid(), 0);
        _click(_get(Button.class, spec -> spec.withId("toggle-active").withText("Deactiveren")));

        assertThat(users.get(account.id()).active()).isFalse();
        assertThat(_find(UserDialog.class)).isEmpty();
        assertThat(_size(grid())).isZero();
    }

    @Test
    void an_invited_user_gets_a_new_invitation_and_a_member_a_reset_link_to_pass_on() {
        SignIn.as(super.users, DemoUsers.ADMIN);
        CreatedUser invited = users.create(new UserDraft(
                "herstel-" + System.nanoTime() + "@example.nl", "Rob Herstel", Role.OBSERVER, Set.of(), Language.NL));
        openAs(DemoUsers.ADMIN, "gebruikers");
        search(invited.account().email());

        _clickItem(grid(), 0);
        _click(_get(Button.class, spec -> spec.withId("resend-invitation")));

        String again = _get(_get(SentLinkDialog.class), TextField.class, spec -> spec.withId("link-to-pass-on"))
                .getValue();
        assertThat(again).isNotEqualTo(invited.invitation().linkToPassOn());
        assertThat(links.check(Accounts.token(invited.invitation()))).isInstanceOf(LinkCheck.Spent.class);
        assertThat(links.check(Accounts.token(again))).isInstanceOf(LinkCheck.Usable.class);
        assertThat(_find(UserDialog.class)).isEmpty();
        _get(SentLinkDialog.class).close();

        links.choosePassword(Accounts.token(again), "gekozen-wachtwoord", "gekozen-wachtwoord");
        search("");
        search(invited.account().email());
        _clickItem(grid(), 0);
        assertThat(_find(Button.class, spec -> spec.withId("resend-invitation")))
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Link voor nieuw wachtwoord sturen")));

        String reset = _get(_get(SentLinkDialog.class), TextField.class, spec -> spec.withId("link-to-pass-on"))
                .getValue();
        assertThat(links.check(Accounts.token(reset)))
                .isInstanceOfSatisfying(
                        LinkCheck.Usable.class,
                        usable -> assertThat(usable.kind()).isEqualTo(AccountLinkKind.PASSWORD_RESET));
    }

    @Test
    void an_invalid_email_is_shown_at_the_field_and_nothing_is_saved() {
        openAs(DemoUsers.ADMIN, "gebruikers");
        int before = users.count(UserFilter.all());

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fillIn("geen-e-mailadres", "Zonder Apenstaart", Role.OBSERVER, null);
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        EmailField email = _get(EmailField.class, spec -> spec.withId("user-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage())
                .isEqualTo("Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.");
        assertThat(_find(SentLinkDialog.class)).isEmpty();
        assertThat(users.count(UserFilter.all())).isEqualTo(before);
    }

    @Test
    void the_role_filter_narrows_the_list_to_that_role() {
        openAs(DemoUsers.ADMIN, "gebruikers");

        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withLabel("Rol"));
        _setValue(role, Role.FACILITATOR);

        assertThat(_findAll(grid()))
                .isNotEmpty()
                .allSatisfy(user -> assertThat(user.role()).isEqualTo(Role.FACILITATOR))
                .extracting(UserAccount::email)
                .contains(DemoUsers.FACILITATOR);
        assertThat(_getFormattedRow(grid(), 0)).contains("Facilitator");
    }

    @Test
    void a_stale_user_edit_offers_a_reload_and_keeps_the_other_change() {
        UserAccount account = newObserver("gelijktijdig");
        openAs(DemoUsers.ADMIN, "gebruikers");
        search(account.email());
        _clickItem(grid(), 0);

        users.update(
                account.id(),
                account.version(),
                new UserDraft(account.email(), "Naam van de ander", Role.OBSERVER, Set.of(), Language.NL));
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Mijn naam");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(_get(ConfirmDialog.class).isOpened()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("user-display-name"))
                        .getValue())
                .isEqualTo("Mijn naam");
        assertThat(users.get(account.id()).displayName()).isEqualTo("Naam van de ander");
    }
}
