package nl.geboortezorg.werkplaats.factsheets.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;

/** Withdraws a published factsheet from the knowledge base, with the reason readers inside the platform see. */
final class WithdrawDialog extends FormDialog {

    final TextArea reason;

    WithdrawDialog(FactsheetService factsheets, FactsheetVersion published, Runnable done) {
        super("");
        setId("withdraw-factsheet-dialog");
        setHeaderTitle(getTranslation("factsheet.withdraw-title", published.title()));
        reason = textArea("withdraw-reason", "factsheet.withdraw-reason", FactsheetService.WITHDRAWAL_REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        errors.bind("reason", reason);
        add(new Paragraph(getTranslation("factsheet.withdraw-intro")), reason);
        onSave(
                "confirm-withdraw",
                () -> factsheets.withdraw(published.id(), published.version(), reason.getValue()),
                "factsheet.withdrawn",
                done);
        DraftKeeper.keep(
                this,
                DraftKey.forItem(DraftForm.FACTSHEET_WITHDRAWAL, published.factsheetId()),
                Map.of("reason", reason));
    }
}
