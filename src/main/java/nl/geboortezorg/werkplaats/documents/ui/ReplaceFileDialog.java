package nl.geboortezorg.werkplaats.documents.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.io.InputStream;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.StagedUpload;

/**
 * Replaces a document's file by a newer one, checked as it arrives just as a new document's file
 * is. Title, description, level and links stay; the earlier file stays downloadable as a version.
 */
final class ReplaceFileDialog extends FormDialog {

    final FilePicker file;
    private boolean saved;

    private ReplaceFileDialog(DocumentService documents, Document document, Runnable done) {
        super("");
        setHeaderTitle(getTranslation("document.replace.title", document.title()));
        setId("replace-file-dialog");
        file = new FilePicker(documents, "replace", getTranslation("document.replace.new-file"), staged -> {});
        errors.bind("file", file);
        Paragraph current = new Paragraph(getTranslation(
                "document.replace.current", document.originalName(), DocumentDownloads.describe(document)));
        current.setId("replace-current-file");
        add(current, new Paragraph(getTranslation("document.replace.intro")), file);
        addOpenedChangeListener(change -> {
            if (!change.isOpened() && !saved) {
                file.forget();
            }
        });
        onSave(
                "save-replacement",
                () -> {
                    StagedUpload received = file.received();
                    if (received == null) {
                        throw new ValidationException(FieldProblem.of("file", "document.replace.file-required"));
                    }
                    try {
                        documents.replaceFile(document.id(), document.version(), received);
                    } catch (ConcurrentEditException stale) {
                        // the service discarded the received file; it cannot be saved any more
                        file.dropped();
                        throw stale;
                    }
                    saved = true;
                    file.dropped();
                },
                "document.replace.saved",
                done);
    }

    /** Opens the dialog for a document the user may change. */
    static ReplaceFileDialog open(DocumentService documents, Document document, Runnable done) {
        ReplaceFileDialog dialog = new ReplaceFileDialog(documents, document, done);
        dialog.open();
        return dialog;
    }

    /** Hands the arriving file to the picker; runs outside the UI's lock. */
    void receive(String fileName, InputStream content, UI ui) {
        file.receive(fileName, content, ui);
    }
}
