package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.EffectRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.StakeholderRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.EffectDraft;
import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;

/** An effect that cannot be priced: what it is, who feels it and in which direction. */
final class EffectDialog extends FormDialog {

    final TextField description = new TextField();
    final Select<StakeholderRow> stakeholder = new Select<>();
    final RadioButtonGroup<EffectDirection> direction = new RadioButtonGroup<>();

    private EffectDialog(String header, List<StakeholderRow> stakeholders) {
        super(header);
        description.setId("effect-description");
        description.setLabel(getTranslation("mkba.effect"));
        description.setMaxLength(EffectDraft.DESCRIPTION_MAX);
        description.setRequiredIndicatorVisible(true);
        description.setWidthFull();
        stakeholder.setId("effect-stakeholder");
        stakeholder.setLabel(getTranslation("mkba.stakeholder"));
        stakeholder.setItems(stakeholders);
        stakeholder.setItemLabelGenerator(s -> s.draft().name());
        direction.setId("effect-direction");
        direction.setLabel(getTranslation("mkba.direction"));
        direction.setItems(EffectDirection.values());
        direction.setItemLabelGenerator(d -> d.symbol() + " " + getTranslation("effect-direction." + d.name()));
        errors.bind("description", description).bind("stakeholder", stakeholder).bind("direction", direction);
        FormLayout form = new FormLayout(description, stakeholder, direction);
        form.setColspan(description, 2);
        form.setColspan(direction, 2);
        add(form);
    }

    private EffectDraft draft() {
        return new EffectDraft(
                description.getValue(),
                stakeholder.getValue() == null ? null : stakeholder.getValue().id(),
                direction.getValue());
    }

    static EffectDialog add(
            AnalysisPartsService service, long analysisId, List<StakeholderRow> stakeholders, Runnable afterSave) {
        EffectDialog dialog = new EffectDialog(UI.getCurrent().getTranslation("mkba.add-effect"), stakeholders);
        dialog.direction.setValue(EffectDirection.POSITIVE);
        dialog.onSave("save-effect", () -> service.addEffect(analysisId, dialog.draft()), "mkba.saved", afterSave);
        dialog.keepDraft(DraftKey.forItem(DraftForm.NEW_EFFECT, analysisId));
        return dialog;
    }

    static EffectDialog edit(
            AnalysisPartsService service,
            long analysisId,
            List<StakeholderRow> stakeholders,
            EffectRow row,
            Runnable afterSave) {
        EffectDialog dialog = new EffectDialog(UI.getCurrent().getTranslation("mkba.edit-effect"), stakeholders);
        dialog.description.setValue(row.draft().description());
        dialog.stakeholder.setValue(stakeholders.stream()
                .filter(s -> Objects.equals(s.id(), row.draft().stakeholderId()))
                .findFirst()
                .orElse(null));
        dialog.direction.setValue(row.draft().direction());
        dialog.onSave(
                "save-effect",
                () -> service.updateEffect(analysisId, row.id(), row.version(), dialog.draft()),
                "mkba.saved",
                afterSave);
        dialog.keepDraft(DraftKey.forItem(DraftForm.EFFECT, row.id()));
        return dialog;
    }

    private void keepDraft(DraftKey key) {
        DraftKeeper.keep(this, key, Map.of("description", description));
    }
}
