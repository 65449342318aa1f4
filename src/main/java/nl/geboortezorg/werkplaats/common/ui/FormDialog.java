package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.ValidationException;

/**
 * A dialog that saves through a service: on a refusal it stays open with what was typed and the
 * problems at the fields; when someone else saved first it offers to reload; on success it closes,
 * confirms and tells its owner.
 */
public class FormDialog extends Dialog {

    protected final FormErrors errors = new FormErrors();
    private final Button save = new Button();
    private final List<Runnable> savedListeners = new ArrayList<>();

    protected FormDialog(String header) {
        setHeaderTitle(header);
        setWidth("min(42rem, 95vw)");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /**
     * What the save button does.
     *
     * @param action calls the service
     * @param savedKey the translation key of the confirmation
     * @param afterSave what the page does once saved, and also when the user chooses to reload
     *     someone else's newer version
     */
    protected void onSave(String buttonId, Runnable action, String savedKey, Runnable afterSave) {
        save.setId(buttonId);
        save.addClickListener(click -> attempt(action, savedKey, afterSave));
    }

    /**
     * Runs a service call the way the save button does; for a dialog with a second way to save
     * (such as "save and submit").
     */
    protected void attempt(Runnable action, String savedKey, Runnable afterSave) {
        PersonalDataCheck.beforeSaving(
                this, getHeaderTitle(), errors.fields(), () -> save(action, savedKey, afterSave));
    }

    private void save(Runnable action, String savedKey, Runnable afterSave) {
        try {
            action.run();
            savedListeners.forEach(Runnable::run);
            close();
            Notifications.success(getTranslation(savedKey));
            afterSave.run();
        } catch (ValidationException invalid) {
            errors.show(invalid, this);
        } catch (ConcurrentEditException stale) {
            ConcurrentEditDialog.open(this, () -> {
                close();
                afterSave.run();
            });
        }
    }

    /** Runs after every successful save, before the dialog closes (for instance to drop a draft). */
    public void addSavedListener(Runnable listener) {
        savedListeners.add(listener);
    }

    /** Adds a button before the save button, for a second way to save. */
    protected Button secondaryAction(String id, String labelKey, Runnable action, String savedKey, Runnable afterSave) {
        Button button = new Button(getTranslation(labelKey), click -> attempt(action, savedKey, afterSave));
        button.setId(id);
        getFooter().addComponentAtIndex(1, button);
        return button;
    }

    protected TextArea textArea(String id, String labelKey, int maxLength) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(maxLength);
        area.setWidthFull();
        return area;
    }

    protected DatePicker datePicker(String id, String labelKey, LocalDate value) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setI18n(DutchFormats.datePicker(this, getLocale()));
        picker.setValue(value);
        picker.setRequiredIndicatorVisible(true);
        return picker;
    }
}
