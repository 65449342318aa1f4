package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.PersonalDataCheck;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.Minutes;
import nl.geboortezorg.werkplaats.sessions.MinutesCorrection;
import nl.geboortezorg.werkplaats.sessions.MinutesService;

/**
 * Proposes a correction of an agenda item's notes in the minutes: the current text to edit, and
 * why. The facilitator decides; until then the minutes stay as they are.
 */
class CorrectionDialog extends Dialog {

    CorrectionDialog(MinutesService service, Minutes minutes, Runnable proposed) {
        setHeaderTitle(getTranslation("minutes.correction.new"));
        Select<AgendaItem> item = new Select<>();
        item.setLabel(getTranslation("minutes.correction.item"));
        item.setId("correction-item");
        item.setItems(minutes.session().agenda());
        item.setItemLabelGenerator(agendaItem -> agendaItem.position() + ". " + agendaItem.title());
        TextArea text = new TextArea(getTranslation("minutes.correction.text"));
        text.setId("correction-text");
        text.setWidthFull();
        text.setHelperText(getTranslation("session.notes.help", 200));
        TextArea reason = new TextArea(getTranslation("minutes.correction.reason"));
        reason.setId("correction-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(MinutesCorrection.REASON_MAX);
        item.addValueChangeListener(event -> {
            // Start from the item's current text, but never throw away what was typed for another item.
            if (event.getValue() != null
                    && (text.isEmpty()
                            || event.getOldValue() != null && text.getValue().equals(notesOf(event.getOldValue())))) {
                text.setValue(notesOf(event.getValue()));
            }
        });
        if (!minutes.session().agenda().isEmpty()) {
            item.setValue(minutes.session().agenda().getFirst());
        }
        FormErrors errors = new FormErrors().bind("text", text).bind("reason", reason);
        add(new Paragraph(getTranslation("minutes.correction.explanation")), item, text, reason);

        Button save = new Button(getTranslation("minutes.correction.submit"));
        save.setId("submit-correction");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (item.getValue() == null) {
                return;
            }
            PersonalDataCheck.beforeSaving(this, getHeaderTitle(), errors.fields(), () -> {
                try {
                    service.proposeCorrection(item.getValue().id(), text.getValue(), reason.getValue());
                    close();
                    Notifications.success(getTranslation("minutes.correction.submitted"));
                    proposed.run();
                } catch (ValidationException invalid) {
                    errors.show(invalid, this);
                }
            });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(48rem, 95vw)");
    }

    private static String notesOf(AgendaItem item) {
        return item.notes() == null ? "" : item.notes();
    }
}
