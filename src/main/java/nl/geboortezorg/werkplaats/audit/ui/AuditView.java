package nl.geboortezorg.werkplaats.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.geboortezorg.werkplaats.audit.AuditEvent;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.security.Role;

/** The audit trail for admins: newest first, paged lazily, filtered by type, actor and period. */
@Route("audit")
@Menu(order = 130, title = "audit.title", icon = "vaadin:list")
@RolesAllowed(Role.Names.ADMIN)
class AuditView extends Main implements HasDynamicTitle {

    private final AuditTrail audit;
    private final Grid<AuditEvent> grid = new Grid<>();
    private final Select<String> entityType = new Select<>();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    AuditView(AuditTrail audit) {
        this.audit = audit;
        entityType.setLabel(getTranslation("audit.entity-type"));
        entityType.setId("audit-entity-type");
        entityType.setEmptySelectionAllowed(true);
        entityType.setEmptySelectionCaption(getTranslation("audit.all-types"));
        entityType.setItems(audit.entityTypes());
        entityType.setItemLabelGenerator(type -> type == null ? getTranslation("audit.all-types") : type);
        actor.setLabel(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        from.setI18n(DutchFormats.datePicker(this, getLocale()));
        to.setLabel(getTranslation("audit.to"));
        to.setI18n(DutchFormats.datePicker(this, getLocale()));
        entityType.addValueChangeListener(event -> refresh());
        actor.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(entityType, actor, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-events");
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.addColumn(event -> DutchFormats.dateTime(event.occurredAt(), getLocale()))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(event -> event.actorEmail() == null ? getTranslation("audit.system") : event.actorEmail())
                .setHeader(getTranslation("audit.actor"));
        grid.addColumn(AuditEvent::entityType).setHeader(getTranslation("audit.entity-type"));
        grid.addColumn(AuditEvent::entityId)
                .setHeader(getTranslation("audit.entity-id"))
                .setFlexGrow(0);
        grid.addColumn(AuditEvent::action).setHeader(getTranslation("audit.action"));
        grid.addColumn(AuditEvent::changeJson)
                .setHeader(getTranslation("audit.change"))
                .setFlexGrow(3)
                .setTooltipGenerator(AuditEvent::changeJson);
        grid.setItems(
                query -> audit.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(filter()));
        add(filters, grid);
        setSizeFull();
    }

    private AuditFilter filter() {
        return new AuditFilter(entityType.getValue(), actor.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
