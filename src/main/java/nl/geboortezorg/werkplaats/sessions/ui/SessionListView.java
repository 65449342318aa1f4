package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.sessions.SessionPeriod;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionSummary;

/**
 * Upcoming and past working sessions the user may see, paged lazily; facilitators plan new ones.
 * The choice between upcoming and past is a radio group (there are no tab panels), and each title
 * is a link, so the list works by keyboard as well as by mouse.
 */
@Route("sessies")
@Menu(order = 10, title = "sessions.title", icon = "vaadin:calendar-user")
@PermitAll
class SessionListView extends Main implements HasDynamicTitle {

    private final WorkSessionService sessions;
    private final Grid<WorkSessionSummary> grid = new Grid<>();
    final RadioButtonGroup<SessionPeriod> period = new RadioButtonGroup<>();

    SessionListView(WorkSessionService sessions, SessionPlanner planner) {
        this.sessions = sessions;
        period.setId("session-period");
        period.setAriaLabel(getTranslation("sessions.period"));
        period.setItems(SessionPeriod.UPCOMING, SessionPeriod.PAST);
        period.setItemLabelGenerator(
                choice -> getTranslation(choice == SessionPeriod.PAST ? "sessions.past" : "sessions.upcoming"));
        period.setValue(SessionPeriod.UPCOMING);
        period.addValueChangeListener(event -> {
            if (event.getValue() == null) {
                period.setValue(SessionPeriod.UPCOMING);
            }
            grid.getDataProvider().refreshAll();
        });

        grid.setId("sessions");
        grid.setAriaLabel(getTranslation("sessions.title"));
        grid.setEmptyStateText(getTranslation("sessions.empty"));
        grid.addColumn(session -> DutchFormats.dateTime(session.startsAt()))
                .setHeader(getTranslation("session.starts-at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(
                        session -> SessionNavigation.session(session.id()).anchor(session.title()))
                .setHeader(getTranslation("session.title"))
                .setFlexGrow(3);
        grid.addColumn(session -> session.national() ? getTranslation("session.national") : session.regionName())
                .setHeader(getTranslation("session.scope"));
        grid.addColumn(session ->
                        getTranslation("session-state." + session.state().name()))
                .setHeader(getTranslation("session.state"));
        grid.addItemClickListener(click -> getUI().ifPresent(
                        ui -> SessionNavigation.session(click.getItem().id()).navigate(ui)));
        grid.setItems(
                query -> sessions.find(chosenPeriod(), query.getOffset(), query.getLimit()).stream(),
                query -> sessions.count(chosenPeriod()));

        if (sessions.mayPlan()) {
            Button create = new Button(
                    getTranslation("sessions.new"),
                    VaadinIcon.PLUS.create(),
                    click -> planner.planNew(created -> getUI().ifPresent(ui ->
                            SessionNavigation.session(created.id()).navigate(ui))));
            create.setId("new-session");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        add(period, grid);
        setSizeFull();
    }

    private SessionPeriod chosenPeriod() {
        return period.getValue() == SessionPeriod.PAST ? SessionPeriod.PAST : SessionPeriod.UPCOMING;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title") + " | " + getTranslation("app.name");
    }
}
