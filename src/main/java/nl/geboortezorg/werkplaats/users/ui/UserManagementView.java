package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.users.UserAccount;
import nl.geboortezorg.werkplaats.users.UserFilter;
import nl.geboortezorg.werkplaats.users.UserService;

/** User management for admins and facilitators: a lazily paged, filterable list and a dialog. */
@Route("gebruikers")
@Menu(order = 120, title = "users.title", icon = "vaadin:users")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FACILITATOR})
class UserManagementView extends Main implements HasDynamicTitle {

    private final UserService users;
    private final List<RegionSummary> regions;
    private final List<RegionSummary> allRegions;
    private final Map<Long, String> regionNames;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Role> roleFilter = new Select<>();
    private final Checkbox showInactive = new Checkbox();

    UserManagementView(UserService users, RegionService regionService) {
        this.users = users;
        this.allRegions = regionService.allRegions();
        this.regions = allRegions.stream().filter(region -> !region.archived()).toList();
        this.regionNames = allRegions.stream().collect(Collectors.toMap(RegionSummary::id, RegionSummary::name));
        addClassName("user-management");

        search.setLabel(getTranslation("users.search"));
        search.setId("user-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        roleFilter.setLabel(getTranslation("user.role"));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("users.all-roles"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(
                r -> r == null ? getTranslation("users.all-roles") : getTranslation("role." + r.name()));
        roleFilter.addValueChangeListener(event -> refresh());
        showInactive.setLabel(getTranslation("users.show-inactive"));
        showInactive.addValueChangeListener(event -> refresh());
        Button create = new Button(
                getTranslation("users.new"),
                VaadinIcon.PLUS.create(),
                click -> new UserDialog(users, regions, null, this::refresh).open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, roleFilter, showInactive, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("users");
        grid.setAriaLabel(getTranslation("users.title"));
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.addColumn(UserAccount::displayName)
                .setHeader(getTranslation("user.display-name"))
                .setFlexGrow(2);
        grid.addColumn(UserAccount::email)
                .setHeader(getTranslation("user.email"))
                .setFlexGrow(2);
        grid.addColumn(user -> getTranslation("role." + user.role().name())).setHeader(getTranslation("user.role"));
        grid.addColumn(user ->
                        user.regionIds().stream().map(regionNames::get).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.regions"))
                .setFlexGrow(2);
        grid.addColumn(user -> getTranslation(
                        !user.active() ? "users.inactive" : user.invited() ? "users.invited" : "users.active"))
                .setHeader(getTranslation("users.status"));
        grid.addItemClickListener(click -> edit(click.getItem()));
        grid.addComponentColumn(user -> {
                    Button edit = new Button(VaadinIcon.EDIT.create(), click -> edit(user));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    edit.setAriaLabel(getTranslation("users.edit") + ": " + user.displayName());
                    if (!user.invited() || !user.active()) {
                        return edit;
                    }
                    Button resend = new Button(VaadinIcon.ENVELOPE.create(), click -> resendInvitation(user));
                    resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    resend.setAriaLabel(getTranslation("users.resend-invitation") + ": " + user.displayName());
                    resend.setTooltipText(getTranslation("users.resend-invitation"));
                    return new HorizontalLayout(edit, resend);
                })
                .setHeader(getTranslation("users.actions"))
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setItems(
                query -> users.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> users.count(filter()));
        add(toolbar, grid);
        setSizeFull();
    }

    private void edit(UserAccount user) {
        // An archived region is not offered, but a membership of one is kept when the user is saved.
        List<RegionSummary> offered = allRegions.stream()
                .filter(region -> !region.archived() || user.regionIds().contains(region.id()))
                .toList();
        new UserDialog(users, offered, users.get(user.id()), this::refresh).open();
    }

    private void resendInvitation(UserAccount user) {
        try {
            SentLinkDialog.show(users.resendInvitation(user.id()), this);
        } catch (ValidationException refused) {
            Notifications.error(FormErrors.firstMessage(refused, this));
        }
        refresh();
    }

    private UserFilter filter() {
        return new UserFilter(search.getValue(), roleFilter.getValue(), showInactive.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " | " + getTranslation("app.name");
    }
}
