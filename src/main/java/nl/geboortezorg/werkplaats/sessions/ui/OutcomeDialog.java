package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.PersonalDataCheck;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.Decision;
import nl.geboortezorg.werkplaats.sessions.OwnerChoices;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;

/**
 * Records a decision or an action item on an agenda item. On refusal it stays open with what was
 * typed and the problems at the fields.
 */
final class OutcomeDialog extends Dialog {

    private final TextArea description = new TextArea();
    private final FormErrors errors = new FormErrors();

    private OutcomeDialog(String header) {
        setHeaderTitle(header);
        description.setId("outcome-description");
        description.setWidthFull();
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(Decision.DESCRIPTION_MAX);
        errors.bind("description", description);
        setWidth("min(40rem, 95vw)");
    }

    /** A dialog for a decision on the agenda item. */
    static OutcomeDialog decision(SessionOutcomeService outcomes, long agendaItemId, String itemTitle, Runnable saved) {
        OutcomeDialog dialog = new OutcomeDialog("");
        dialog.setHeaderTitle(dialog.getTranslation("decision.new-for", itemTitle));
        dialog.description.setLabel(dialog.getTranslation("decision.description"));
        dialog.add(dialog.description);
        dialog.footer(
                () -> outcomes.recordDecision(agendaItemId, dialog.description.getValue()),
                saved,
                "decision.saved",
                DraftKey.forItem(DraftForm.DECISION, agendaItemId));
        return dialog;
    }

    /** A dialog for an action item: what, who for which organisation, and by when. */
    static OutcomeDialog action(
            SessionOutcomeService outcomes,
            long sessionId,
            LocalDate sessionDate,
            long agendaItemId,
            String itemTitle,
            Runnable saved) {
        OutcomeDialog dialog = new OutcomeDialog("");
        dialog.setHeaderTitle(dialog.getTranslation("action-item.new-for", itemTitle));
        dialog.description.setLabel(dialog.getTranslation("action-item.description"));
        OwnerChoices choices = outcomes.ownerChoices(sessionId);
        ComboBox<OwnerChoices.Choice> owner = new ComboBox<>(dialog.getTranslation("action-item.owner"));
        owner.setId("action-owner");
        owner.setItems(choices.people());
        owner.setItemLabelGenerator(OwnerChoices.Choice::name);
        owner.setRequiredIndicatorVisible(true);
        ComboBox<OwnerChoices.Choice> organisation = new ComboBox<>(dialog.getTranslation("action-item.organisation"));
        organisation.setId("action-organisation");
        organisation.setItems(choices.organisations());
        organisation.setItemLabelGenerator(OwnerChoices.Choice::name);
        organisation.setRequiredIndicatorVisible(true);
        DatePicker due = new DatePicker(dialog.getTranslation("action-item.due-date"));
        due.setId("action-due-date");
        due.setI18n(DutchFormats.datePicker(dialog, dialog.getLocale()));
        due.setMin(sessionDate);
        due.setRequiredIndicatorVisible(true);
        dialog.errors
                .bind("ownerId", owner)
                .bind("organisationId", organisation)
                .bind("dueDate", due);
        FormLayout form = new FormLayout(dialog.description, owner, organisation, due);
        form.setColspan(dialog.description, 2);
        dialog.add(form);
        dialog.footer(
                () -> outcomes.recordAction(
                        agendaItemId,
                        new ActionDraft(
                                dialog.description.getValue(),
                                owner.getValue() == null
                                        ? null
                                        : owner.getValue().id(),
                                organisation.getValue() == null
                                        ? null
                                        : organisation.getValue().id(),
                                due.getValue())),
                saved,
                "action-item.saved",
                DraftKey.forItem(DraftForm.ACTION_ITEM, agendaItemId));
        return dialog;
    }

    /** The buttons, once the fields are there; the description typed is kept as a draft under {@code draftKey}. */
    private void footer(Runnable save, Runnable saved, String savedKey, DraftKey draftKey) {
        DraftKeeper draft = DraftKeeper.keep(this, draftKey, Map.of("description", description));
        Button confirm = new Button(getTranslation("action.save"));
        confirm.setId("save-outcome");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click ->
                PersonalDataCheck.beforeSaving(this, getHeaderTitle(), errors.fields(), () -> {
                    try {
                        save.run();
                        draft.saved();
                        close();
                        Notifications.success(getTranslation(savedKey));
                        saved.run();
                    } catch (ValidationException invalid) {
                        errors.show(invalid, this);
                    }
                }));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
