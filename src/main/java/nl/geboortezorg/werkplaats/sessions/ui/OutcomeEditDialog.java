package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.Decision;
import nl.geboortezorg.werkplaats.sessions.OwnerChoices;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;

/**
 * Corrects a recorded decision or action item: the dialog opens with its values, keeps the text
 * typed as a draft, and when someone else changed it first offers their version while what was
 * typed stays in the form.
 */
final class OutcomeEditDialog extends FormDialog {

    private final TextArea description;

    private OutcomeEditDialog(String header, String labelKey, String value) {
        super(header);
        description = textArea("edit-outcome-description", labelKey, Decision.DESCRIPTION_MAX);
        description.setValue(value);
        description.setRequiredIndicatorVisible(true);
        errors.bind("description", description);
    }

    static OutcomeEditDialog decision(SessionOutcomeService outcomes, Decision decision, Runnable saved) {
        OutcomeEditDialog dialog = new OutcomeEditDialog("", "decision.description", decision.description());
        dialog.setHeaderTitle(dialog.getTranslation("decision.edit-title"));
        dialog.add(dialog.description);
        dialog.onSave(
                "save-edited-outcome",
                () -> outcomes.updateDecision(decision.id(), decision.version(), dialog.description.getValue()),
                "decision.edited",
                saved);
        DraftKeeper.keep(
                dialog,
                DraftKey.forItem(DraftForm.CHANGED_DECISION, decision.id()),
                Map.of("description", dialog.description));
        return dialog;
    }

    static OutcomeEditDialog action(SessionOutcomeService outcomes, ActionItem action, Runnable saved) {
        OutcomeEditDialog dialog = new OutcomeEditDialog("", "action-item.description", action.description());
        dialog.setHeaderTitle(dialog.getTranslation("action-item.edit-title"));
        OwnerChoices choices = outcomes.ownerChoices(action.sessionId());
        ComboBox<OwnerChoices.Choice> owner = new ComboBox<>(dialog.getTranslation("action-item.owner"));
        owner.setId("edit-action-owner");
        owner.setItems(choices.people());
        owner.setItemLabelGenerator(OwnerChoices.Choice::name);
        owner.setRequiredIndicatorVisible(true);
        choices.people().stream()
                .filter(choice -> choice.id() == action.ownerId())
                .findFirst()
                .ifPresent(owner::setValue);
        ComboBox<OwnerChoices.Choice> organisation = new ComboBox<>(dialog.getTranslation("action-item.organisation"));
        organisation.setId("edit-action-organisation");
        organisation.setItems(choices.organisations());
        organisation.setItemLabelGenerator(OwnerChoices.Choice::name);
        organisation.setRequiredIndicatorVisible(true);
        choices.organisations().stream()
                .filter(choice -> choice.id() == action.organisationId())
                .findFirst()
                .ifPresent(organisation::setValue);
        DatePicker due = dialog.datePicker("edit-action-due-date", "action-item.due-date", action.dueDate());
        due.setMin(DutchTime.date(action.sessionStartsAt()));
        dialog.errors
                .bind("ownerId", owner)
                .bind("organisationId", organisation)
                .bind("dueDate", due);
        FormLayout form = new FormLayout(dialog.description, owner, organisation, due);
        form.setColspan(dialog.description, 2);
        dialog.add(form);
        dialog.onSave(
                "save-edited-outcome",
                () -> outcomes.updateAction(
                        action.id(),
                        action.version(),
                        new ActionDraft(
                                dialog.description.getValue(),
                                owner.getValue() == null
                                        ? null
                                        : owner.getValue().id(),
                                organisation.getValue() == null
                                        ? null
                                        : organisation.getValue().id(),
                                due.getValue())),
                "action-item.edited",
                saved);
        DraftKeeper.keep(
                dialog,
                DraftKey.forItem(DraftForm.CHANGED_ACTION_ITEM, action.id()),
                Map.of("description", dialog.description));
        return dialog;
    }
}
