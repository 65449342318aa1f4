package nl.geboortezorg.werkplaats.regions.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionDraft;
import nl.geboortezorg.werkplaats.regions.RegionService;
import org.jspecify.annotations.Nullable;

/**
 * Creates a region, or renames and re-describes one. A new region's code follows its name until
 * the admin types a code of their own; an existing region's code is shown but stays, so links to
 * the region keep working.
 */
class RegionDialog extends FormDialog {

    final TextField name = new TextField();
    final TextField code = new TextField();
    final TextArea description;
    private boolean codeTyped;

    RegionDialog(RegionService regions, @Nullable Region existing, Runnable saved) {
        super("");
        setHeaderTitle(getTranslation(existing == null ? "region.admin.new" : "region.admin.edit"));
        name.setId("region-name-field");
        name.setLabel(getTranslation("region.admin.name"));
        name.setMaxLength(RegionDraft.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("validation.max-length-hint", RegionDraft.NAME_MAX));
        code.setId("region-code-field");
        code.setLabel(getTranslation("region.admin.code"));
        code.setMaxLength(RegionDraft.CODE_MAX);
        description = textArea("region-description-field", "region.admin.description", RegionDraft.DESCRIPTION_MAX);
        errors.bind("name", name).bind("code", code).bind("description", description);

        if (existing == null) {
            code.setHelperText(getTranslation("region.admin.code.hint"));
            name.setValueChangeMode(ValueChangeMode.EAGER);
            name.addValueChangeListener(change -> {
                if (!codeTyped) {
                    code.setValue(RegionDraft.codeFor(change.getValue()));
                }
            });
            code.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    codeTyped = !change.getValue().isBlank();
                }
            });
            onSave(
                    "save-region",
                    () -> regions.createRegion(
                            new RegionDraft(name.getValue(), code.getValue(), description.getValue())),
                    "region.admin.created",
                    saved);
        } else {
            name.setValue(existing.name());
            code.setValue(existing.code());
            code.setReadOnly(true);
            code.setHelperText(getTranslation("region.admin.code.fixed"));
            description.setValue(existing.description() == null ? "" : existing.description());
            onSave(
                    "save-region",
                    () -> regions.updateRegion(
                            existing.id(), existing.version(), name.getValue(), description.getValue()),
                    "action.saved",
                    saved);
        }
        add(new FormLayout(name, code, description));
        // Only the description: the name of a new region suggests its code with every key, which a
        // kept field's pause would slow down, and a name is quickly typed again.
        DraftKeeper.keep(
                this,
                existing == null
                        ? DraftKey.forNew(DraftForm.REGION)
                        : DraftKey.forItem(DraftForm.REGION, existing.id()),
                Map.of("description", description));
    }
}
