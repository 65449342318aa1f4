package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.StakeholderRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.StakeholderDraft;
import nl.geboortezorg.werkplaats.mkba.model.FundingStream;

/** A party that pays or benefits, with the funding stream its money runs through. */
final class StakeholderDialog extends FormDialog {

    final TextField name = new TextField();
    final Select<FundingStream> stream = new Select<>();

    private StakeholderDialog(String header) {
        super(header);
        name.setId("stakeholder-name");
        name.setLabel(getTranslation("mkba.stakeholder-name"));
        name.setMaxLength(StakeholderDraft.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        stream.setId("stakeholder-stream");
        stream.setLabel(getTranslation("mkba.funding-stream"));
        stream.setItems(FundingStream.values());
        stream.setItemLabelGenerator(s -> getTranslation("funding-stream." + s.name()));
        stream.setRequiredIndicatorVisible(true);
        errors.bind("name", name).bind("fundingStream", stream);
        add(new FormLayout(name, stream));
    }

    private StakeholderDraft draft() {
        return new StakeholderDraft(name.getValue(), stream.getValue());
    }

    static StakeholderDialog add(AnalysisPartsService service, long analysisId, Runnable afterSave) {
        StakeholderDialog dialog = new StakeholderDialog(UI.getCurrent().getTranslation("mkba.add-stakeholder"));
        dialog.onSave(
                "save-stakeholder", () -> service.addStakeholder(analysisId, dialog.draft()), "mkba.saved", afterSave);
        return dialog;
    }

    static StakeholderDialog edit(
            AnalysisPartsService service, long analysisId, StakeholderRow row, Runnable afterSave) {
        StakeholderDialog dialog = new StakeholderDialog(UI.getCurrent().getTranslation("mkba.edit-stakeholder"));
        dialog.name.setValue(row.draft().name());
        dialog.stream.setValue(row.draft().fundingStream());
        dialog.onSave(
                "save-stakeholder",
                () -> service.updateStakeholder(analysisId, row.id(), row.version(), dialog.draft()),
                "mkba.saved",
                afterSave);
        return dialog;
    }
}
