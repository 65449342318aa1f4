package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.sessions.SessionPeriod;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionSummary;

/** Upcoming and past working sessions the user may see, paged lazily; facilitators plan new ones. */
@Route("sessies")
@PermitAll
class SessionListView extends Main implements HasDynamicTitle {

    private final WorkSessionService sessions;
    private final Grid<WorkSessionSummary> grid = new Grid<>();
    private final Tab upcoming = new Tab();
    private final Tab past = new Tab();
    private final Tabs tabs = new Tabs(upcoming, past);

    SessionListView(WorkSessionService sessions, SessionPlanner planner) {
        this.sessions = sessions;
        upcoming.setLabel(getTranslation("sessions.upcoming"));
        past.setLabel(getTranslation("sessions.past"));
        tabs.addSelectedChangeListener(event -> grid.getDataProvider().refreshAll());

        grid.setId("sessions");
        grid.setAriaLabel(getTranslation("sessions.title"));
        grid.setEmptyStateText(getTranslation("sessions.empty"));
        grid.addColumn(session -> DutchFormats.dateTime(session.startsAt()))
                .setHeader(getTranslation("session.starts-at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkSessionSummary::title).setHeader(getTranslation("session.title")).setFlexGrow(3);
        grid.addColumn(session -> session.national() ? getTranslation("session.national") : session.regionName())
                .setHeader(getTranslation("session.scope"));
        grid.addColumn(session -> getTranslation("session-state." + session.state().name()))
                .setHeader(getTranslation("session.state"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("sessies/" + click.getItem().id())));
        grid.setItems(query -> sessions.find(period(), query.getOffset(), query.getLimit()).stream(),
                query -> sessions.count(period()));

        if (sessions.mayPlan()) {
            Button create = new Button(getTranslation("sessions.new"), VaadinIcon.PLUS.create(),
                    click -> planner.planNew(
                            created -> getUI().ifPresent(ui -> ui.navigate("sessies/" + created.id()))));
            create.setId("new-session");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        add(tabs, grid);
        setSizeFull();
    }

    private SessionPeriod period() {
        return tabs.getSelectedTab() == past ? SessionPeriod.PAST : SessionPeriod.UPCOMING;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title") + " | " + getTranslation("app.name");
    }
}
