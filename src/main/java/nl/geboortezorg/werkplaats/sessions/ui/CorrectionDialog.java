package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.PersonalDataCheck;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
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
        DraftKeeper draft = keepDraft(minutes, item, text, reason);

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
                    draft.saved();
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

    /**
     * Keeps the text and reason as the writer's draft of a correction of these minutes, with the
     * agenda item it is for: an invisible field carries the item's id in the draft, and choosing
     * the item again when the draft is restored comes before the text, so that the text restored
     * is not replaced by the item's notes.
     */
    private DraftKeeper keepDraft(Minutes minutes, Select<AgendaItem> item, TextArea text, TextArea reason) {
        TextField itemId = new TextField();
        itemId.setVisible(false);
        itemId.setValue(
                item.getValue() == null ? "" : String.valueOf(item.getValue().id()));
        item.addValueChangeListener(event -> itemId.setValue(
                event.getValue() == null ? "" : String.valueOf(event.getValue().id())));
        itemId.addValueChangeListener(event -> minutes.session().agenda().stream()
                .filter(agendaItem -> String.valueOf(agendaItem.id()).equals(event.getValue()))
                .findFirst()
                .ifPresent(item::setValue));
        add(itemId);
        Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();
        fields.put("item", itemId);
        fields.put("text", text);
        fields.put("reason", reason);
        return DraftKeeper.keep(
                this,
                DraftKey.forItem(DraftForm.MINUTES_CORRECTION, minutes.session().id()),
                fields);
    }

    private static String notesOf(AgendaItem item) {
        return item.notes() == null ? "" : item.notes();
    }
}
