package nl.geboortezorg.werkplaats.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.List;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.common.ui.PageFooter;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.notifications.ui.NotificationBell;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.regions.ui.RegionNavigation;
import nl.geboortezorg.werkplaats.search.ui.SearchBox;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.sessions.ui.SessionNavigation;
import nl.geboortezorg.werkplaats.users.MyProfile;
import nl.geboortezorg.werkplaats.users.UserService;
import org.springframework.beans.factory.annotation.Value;

/**
 * The frame around every signed-in page: side navigation, a switcher to every region the user may
 * see (their own first), the search box, the notifications, who is signed in with a way out, the
 * link to the accessibility statement, and the notice before an idle session ends.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();
    private final ComboBox<RegionSummary> regionSwitcher = new ComboBox<>();
    private final List<RegionSummary> regions;

    MainLayout(
            RegionService regionService,
            UserService userService,
            NotificationService notifications,
            Destinations destinations,
            AuthenticationContext authentication,
            @Value("${wsg.session.idle-warning:2m}") Duration idleWarning) {
        MyProfile me = userService.myProfile();
        this.regions = regionService.regions().stream()
                .sorted((a, b) -> Boolean.compare(b.myRegion(), a.myRegion()))
                .toList();

        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassName("view-title");
        viewTitle.getElement().setAttribute("role", "heading");
        viewTitle.getElement().setAttribute("aria-level", "1");
        addToNavbar(true, toggle, viewTitle, new SearchBox(), new NotificationBell(notifications, destinations));

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        addToDrawer(new Header(appName), regionSwitcher(), new Scroller(navigation(me)), footer(me, authentication));
        addAttachListener(attach -> IdleNotice.install(this, idleWarning));
    }

    private Component regionSwitcher() {
        regionSwitcher.setLabel(getTranslation("layout.region-switcher"));
        regionSwitcher.setItems(regions);
        regionSwitcher.setItemLabelGenerator(region ->
                region.myRegion() ? region.name() + " (" + getTranslation("layout.my-region") + ")" : region.name());
        regionSwitcher.setPlaceholder(getTranslation("layout.region-switcher.placeholder"));
        regionSwitcher.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui ->
                        RegionNavigation.workspace(event.getValue().code()).navigate(ui));
            }
        });
        Div wrapper = new Div(regionSwitcher);
        wrapper.addClassName("region-switcher");
        return wrapper;
    }

    /**
     * The views' {@code @Menu} entries that the user may open, in their order and translated, with
     * the user's own regions after the overview.
     */
    private SideNav navigation(MyProfile me) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // Observers may open "My actions" (they own none, so it is empty) but are not offered it.
            if (me.role() == Role.OBSERVER
                    && entry.menuClass() == SessionNavigation.myActions().view()) {
                continue;
            }
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.menuClass(), new Icon(entry.icon())));
            if (entry.menuClass() == RegionNavigation.home().view()) {
                regions.stream()
                        .filter(RegionSummary::myRegion)
                        .forEach(region -> nav.addItem(new SideNavItem(
                                region.name(),
                                RegionNavigation.workspace(region.code()).path(),
                                VaadinIcon.GROUP.create())));
            }
        }
        return nav;
    }

    private Footer footer(MyProfile me, AuthenticationContext authentication) {
        Span who = new Span(
                me.displayName() + " · " + getTranslation("role." + me.role().name()));
        who.addClassName("signed-in-user");
        Button logout = new Button(
                getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        Footer footer = new Footer(who, logout, PageFooter.statementLink(this));
        footer.addClassName("drawer-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        viewTitle.setText(
                content instanceof HasDynamicTitle titled
                        ? titled.getPageTitle().split(" \\| ")[0]
                        : "");
        String path = event.getLocation().getPath();
        regionSwitcher.setValue(regions.stream()
                .filter(region ->
                        path.equals(RegionNavigation.workspace(region.code()).path()))
                .findFirst()
                .orElse(null));
    }
}
