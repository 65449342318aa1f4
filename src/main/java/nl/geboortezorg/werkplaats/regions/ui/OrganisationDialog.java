package nl.geboortezorg.werkplaats.regions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.regions.Organisation;
import nl.geboortezorg.werkplaats.regions.OrganisationDraft;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import org.jspecify.annotations.Nullable;

/** Adds a partner organisation to a region, or changes one; the service decides whether it may. */
class OrganisationDialog extends Dialog {

    /** What saving does: the service call for an add or for an update. */
    interface Save {
        Organisation save(OrganisationDraft draft);
    }

    private final TextField name = new TextField();
    private final Select<OrganisationType> type = new Select<>();
    private final FormErrors errors = new FormErrors();

    OrganisationDialog(@Nullable Organisation existing, Save save, Consumer<Organisation> saved, Runnable reload) {
        setHeaderTitle(getTranslation(existing == null ? "region.organisation.add" : "region.organisation.edit"));
        name.setId("organisation-name-field");
        name.setLabel(getTranslation("region.organisation.name"));
        name.setMaxLength(OrganisationDraft.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("validation.max-length-hint", OrganisationDraft.NAME_MAX));
        type.setId("organisation-type-field");
        type.setLabel(getTranslation("region.organisation.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> getTranslation("organisation-type." + t.name()));
        type.setRequiredIndicatorVisible(true);
        if (existing != null) {
            name.setValue(existing.name());
            type.setValue(existing.type());
        }
        errors.bind("name", name).bind("type", type);
        add(new FormLayout(name, type));

        Button saveButton = new Button(getTranslation("action.save"));
        saveButton.setId("save-organisation");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickListener(click -> {
            try {
                Organisation result = save.save(new OrganisationDraft(name.getValue(), type.getValue()));
                close();
                saved.accept(result);
            } catch (ValidationException invalid) {
                errors.show(invalid, this);
            } catch (ConcurrentEditException stale) {
                ConcurrentEditDialog.open(saveButton, () -> {
                    close();
                    reload.run();
                });
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, saveButton);
    }
}
