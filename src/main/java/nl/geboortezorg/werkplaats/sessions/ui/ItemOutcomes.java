package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.List;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.Decision;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomes;
import nl.geboortezorg.werkplaats.sessions.WorkSession;

/** The decisions and actions of one agenda item, with buttons to record new ones while the session runs. */
class ItemOutcomes extends Div {

    ItemOutcomes(
            SessionOutcomeService service,
            WorkSession session,
            AgendaItem item,
            SessionOutcomes outcomes,
            LocalDate today,
            Runnable changed) {
        addClassName("item-outcomes");
        getElement().setAttribute("data-agenda-item", String.valueOf(item.position()));
        List<Decision> decisions = outcomes.decisionsOf(item.id());
        List<ActionItem> actions = outcomes.actionsOf(item.id());
        if (!decisions.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("decision-list");
            decisions.forEach(decision -> list.add(decision(service, decision, outcomes.mayUpdateActions(), changed)));
            add(new H4(getTranslation("decision.heading")), list);
        }
        if (!actions.isEmpty()) {
            add(
                    new H4(getTranslation("action-item.heading")),
                    new ActionList(
                            service,
                            actions,
                            today,
                            outcomes.mayUpdateActions(),
                            false,
                            outcomes.mayUpdateActions(),
                            changed));
        }
        if (outcomes.mayRecord()) {
            Button decision = new Button(
                    getTranslation("decision.add"),
                    VaadinIcon.GAVEL.create(),
                    click -> OutcomeDialog.decision(service, item.id(), item.title(), changed)
                            .open());
            decision.addClassName("add-decision");
            // The name begins with the button's words, so that speech input finds it by them.
            decision.setAriaLabel(getTranslation("decision.add-for", item.title()));
            Button action = new Button(
                    getTranslation("action-item.add"),
                    VaadinIcon.TASKS.create(),
                    click -> OutcomeDialog.action(
                                    service,
                                    session.id(),
                                    DutchTime.date(session.startsAt()),
                                    item.id(),
                                    item.title(),
                                    changed)
                            .open());
            action.addClassName("add-action");
            action.setAriaLabel(getTranslation("action-item.add-for", item.title()));
            decision.addThemeVariants(ButtonVariant.LUMO_SMALL);
            action.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div buttons = new Div(decision, action);
            buttons.addClassName("outcome-buttons");
            add(buttons);
        }
    }

    /** A decision with its history, and a button to correct it for whoever takes part. */
    private ListItem decision(SessionOutcomeService service, Decision decision, boolean mayEdit, Runnable changed) {
        ListItem entry = new ListItem();
        entry.addClassName("decision");
        entry.getElement().setAttribute("data-decision-id", String.valueOf(decision.id()));
        Span text = new Span(decision.description());
        text.addClassName("decision-description");
        entry.add(text);
        if (mayEdit) {
            Button edit = new Button(
                    getTranslation("action.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> OutcomeEditDialog.decision(service, decision, changed)
                            .open());
            edit.addClassName("edit-decision");
            edit.setAriaLabel(getTranslation("decision.edit-of", decision.description()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            entry.add(edit);
        }
        OutcomeHistory.of(this, decision.revisions()).ifPresent(entry::add);
        return entry;
    }
}
