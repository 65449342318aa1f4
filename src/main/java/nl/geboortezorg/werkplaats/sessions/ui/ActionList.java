package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;

/**
 * Action items as a list: what, who for which organisation, due when (overdue marked), and the
 * status, which those allowed change in place; those taking part in its session edit it, and an
 * edited action shows who edited it last and its earlier versions.
 */
class ActionList extends UnorderedList {

    private final SessionOutcomeService outcomes;
    private final Runnable changed;

    /**
     * The action's status, changed in place: saved at once, with the concurrent-edit dialog when
     * someone else changed the action first; {@code changed} runs after a save or a reload.
     */
    static Select<ActionStatus> statusSelect(
            SessionOutcomeService outcomes, ActionItem action, Component context, Runnable changed) {
        Select<ActionStatus> status = new Select<>();
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(value -> context.getTranslation("action-status." + value.name()));
        status.setValue(action.status());
        status.setAriaLabel(context.getTranslation("action-item.status-of", action.description()));
        status.addClassName("action-status");
        status.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            try {
                outcomes.setActionStatus(action.id(), action.version(), event.getValue());
                Notifications.success(context.getTranslation("action-item.status-saved"));
                changed.run();
            } catch (ConcurrentEditException stale) {
                ConcurrentEditDialog.open(context, changed);
            } catch (ValidationException refused) {
                Notifications.error(FormErrors.firstMessage(refused, context));
            }
        });
        return status;
    }

    /** The mark of an open action past its due date. */
    static Span overdueBadge(Component context) {
        Span overdue = new Span(context.getTranslation("action-item.overdue"));
        overdue.getElement().getThemeList().add("badge error");
        overdue.addClassName("action-overdue");
        return overdue;
    }

    ActionList(
            SessionOutcomeService outcomes,
            List<ActionItem> actions,
            LocalDate today,
            boolean mayUpdate,
            boolean showSession,
            boolean mayEdit,
            Runnable changed) {
        this.outcomes = outcomes;
        this.changed = changed;
        addClassName("action-list");
        actions.forEach(action -> add(row(action, today, mayUpdate, showSession, mayEdit)));
    }

    private ListItem row(ActionItem action, LocalDate today, boolean mayUpdate, boolean showSession, boolean mayEdit) {
        ListItem row = new ListItem();
        row.addClassName("action-item");
        row.getElement().setAttribute("data-action-id", String.valueOf(action.id()));
        Span description = new Span(action.description());
        description.addClassName("action-description");
        Span who = new Span(getTranslation(
                "action-item.owned-by",
                action.ownerName(),
                action.organisationName(),
                DutchFormats.date(action.dueDate())));
        who.addClassName("action-meta");
        row.add(description, who);
        if (showSession) {
            Span origin = new Span(getTranslation(
                    "action-item.from-session",
                    action.sessionTitle(),
                    DutchFormats.date(action.sessionStartsAt()),
                    action.agendaItemTitle()));
            origin.addClassName("action-meta");
            row.add(origin);
        }
        if (action.overdue(today)) {
            row.add(overdueBadge(this));
        }
        if (mayUpdate) {
            row.add(statusSelect(outcomes, action, this, changed));
        } else {
            Span status =
                    new Span(getTranslation("action-status." + action.status().name()));
            status.getElement().getThemeList().add(action.status() == ActionStatus.OPEN ? "badge" : "badge contrast");
            status.addClassName("action-status");
            row.add(status);
        }
        if (mayEdit) {
            Button edit = new Button(
                    getTranslation("action.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> OutcomeEditDialog.action(outcomes, action, changed).open());
            edit.addClassName("edit-action");
            edit.setAriaLabel(getTranslation("action-item.edit-of", action.description()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(edit);
        }
        OutcomeHistory.of(this, action.revisions()).ifPresent(row::add);
        return row;
    }
}
