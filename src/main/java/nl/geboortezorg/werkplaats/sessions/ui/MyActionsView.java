package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;

/** Every open action of the signed-in user across sessions, overdue first, paged lazily. */
@Route("mijn-acties")
@Menu(order = 100, title = "my-actions.title", icon = "vaadin:tasks")
@PermitAll
class MyActionsView extends Main implements HasDynamicTitle {

    private final SessionOutcomeService outcomes;
    private final Grid<ActionItem> grid = new Grid<>();
    private final LocalDate today;

    MyActionsView(SessionOutcomeService outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        H2 title = new H2(getTranslation("my-actions.title"));
        title.addClassName("view-title");
        Paragraph intro = new Paragraph(getTranslation("my-actions.intro"));

        grid.setId("my-actions");
        grid.setAriaLabel(getTranslation("my-actions.title"));
        grid.setEmptyStateText(getTranslation("my-actions.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::due)
                .setHeader(getTranslation("action-item.due-date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ActionItem::description)
                .setHeader(getTranslation("action-item.description"))
                .setFlexGrow(3);
        grid.addComponentColumn(action -> {
                    Anchor link = SessionNavigation.session(action.sessionId()).anchor(action.sessionTitle());
                    return new Div(link, new Span(" · " + action.agendaItemTitle()));
                })
                .setHeader(getTranslation("my-actions.session"))
                .setFlexGrow(2);
        grid.addColumn(ActionItem::organisationName).setHeader(getTranslation("action-item.organisation"));
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("my-actions.status"))
                .setAutoWidth(true);
        grid.setItems(
                query -> outcomes.myOpenActions(query.getOffset(), query.getLimit()).stream(),
                query -> outcomes.countMyOpenActions());
        add(title, intro, grid);
        setSizeFull();
    }

    private Div due(ActionItem action) {
        Div cell = new Div(new Span(DutchFormats.date(action.dueDate())));
        if (action.overdue(today)) {
            cell.add(new Span(" "), ActionList.overdueBadge(this));
        }
        return cell;
    }

    private Select<ActionStatus> status(ActionItem action) {
        return ActionList.statusSelect(
                outcomes, action, grid, () -> grid.getDataProvider().refreshAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-actions.title") + " | " + getTranslation("app.name");
    }
}
