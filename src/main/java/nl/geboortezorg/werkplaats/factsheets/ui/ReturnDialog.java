package nl.geboortezorg.werkplaats.factsheets.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;

/** Returns a submitted factsheet to the region's writers with what should change. */
final class ReturnDialog extends FormDialog {

    final TextArea comment;

    ReturnDialog(FactsheetService factsheets, FactsheetVersion version, Runnable done) {
        super("");
        setHeaderTitle(getTranslation("factsheet.return-title", version.title()));
        comment = textArea("return-comment", "factsheet.return-comment", 2_000);
        comment.setRequiredIndicatorVisible(true);
        errors.bind("comment", comment);
        add(new Paragraph(getTranslation("factsheet.return-intro")), comment);
        onSave(
                "confirm-return",
                () -> factsheets.returnToWriters(version.id(), version.version(), comment.getValue()),
                "factsheet.returned",
                done);
    }
}
