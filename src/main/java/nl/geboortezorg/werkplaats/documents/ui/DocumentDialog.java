package nl.geboortezorg.werkplaats.documents.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FieldGroup;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.FileType;
import nl.geboortezorg.werkplaats.documents.StagedUpload;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.jspecify.annotations.Nullable;

/**
 * Uploads a document: the file is checked as soon as it is chosen (type from its content, size
 * against the limit), and the reason shown at once when it is refused; title, description and
 * level are kept while the user picks another file. Also changes what is said about a document.
 */
final class DocumentDialog extends FormDialog {

    private final DocumentService documents;
    final Select<RegionChoice> region = new Select<>();
    final @Nullable Upload upload;
    final Span fileStatus = new Span();
    final TextField title = new TextField();
    final TextArea description;
    final RadioButtonGroup<PublicationLevel> level = new RadioButtonGroup<>();
    private final FieldGroup file;
    private @Nullable StagedUpload received;
    private boolean saved;

    private DocumentDialog(DocumentService documents, boolean withFile) {
        super("");
        this.documents = documents;
        region.setLabel(getTranslation("document.region"));
        region.setId("document-region");
        region.setItemLabelGenerator(RegionChoice::name);
        title.setLabel(getTranslation("document.title"));
        title.setId("document-title");
        title.setMaxLength(DocumentDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        description = textArea("document-description", "document.description", DocumentDraft.DESCRIPTION_MAX);
        level.setLabel(getTranslation("publication-level.label"));
        level.setId("document-level");
        level.setItems(PublicationLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("publication-level." + l.name() + ".long"));
        level.setValue(PublicationLevel.REGION);
        file = new FieldGroup("document-file", getTranslation("document.file"));
        errors.bind("title", title)
                .bind("description", description)
                .bind("level", level)
                .bind("regionId", region)
                .bind("file", file);
        FormLayout form = new FormLayout();
        form.add(region);
        if (withFile) {
            upload = upload();
            file.add(upload, fileStatus);
            form.add(file);
            form.setColspan(file, 2);
        } else {
            upload = null;
        }
        form.add(title, description, level);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(level, 2);
        add(form);
        addOpenedChangeListener(change -> {
            if (!change.isOpened() && !saved && received != null) {
                documents.discard(received);
            }
        });
    }

    private Upload upload() {
        long max = documents.maxSize().toBytes();
        Upload component = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                try (InputStream content = event.getInputStream()) {
                    receive(event.getFileName(), content, ui);
                }
            }

            @Override
            public long getFileSizeMax() {
                return max;
            }
        });
        component.setId("document-upload");
        component.setMaxFiles(1);
        component.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        component.setAcceptedFileTypes(FileType.allExtensions().toArray(String[]::new));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("document.choose-file")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("document.drop-file")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation(
                        "document.file.too-large", documents.maxSize().toMegabytes()))
                .setIncorrectFileType(getTranslation("document.file.type-not-allowed-short"))
                .setTooManyFiles(getTranslation("document.file.one-at-a-time")));
        component.setI18n(i18n);
        component.addFileRejectedListener(rejected -> file.refuse(rejected.getErrorMessage()));
        component.addFileRemovedListener(removed -> forget());
        fileStatus.setId("document-file-status");
        fileStatus.getElement().setAttribute("aria-live", "polite");
        return component;
    }

    /**
     * Hands the arriving file to the service and shows the outcome in the dialog. Runs on the
     * upload's request, outside the UI's lock.
     */
    void receive(String fileName, InputStream content, UI ui) {
        try {
            StagedUpload staged = documents.receive(fileName, content);
            ui.access(() -> accepted(staged));
        } catch (ValidationException refused) {
            ui.access(() -> file.refuse(FormErrors.firstMessage(refused, this)));
        }
    }

    private void accepted(StagedUpload staged) {
        forget();
        received = staged;
        file.setInvalid(false);
        fileStatus.setText(
                getTranslation("document.file-received", staged.originalName(), DocumentDownloads.size(staged.size())));
        if (title.isEmpty()) {
            String name = staged.originalName();
            title.setValue(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        }
    }

    private void forget() {
        if (received != null) {
            documents.discard(received);
            received = null;
        }
        fileStatus.setText("");
    }

    /** Uploads to one of the regions the user writes in; tells its owner the new document. */
    static DocumentDialog add(
            DocumentService documents, List<RegionChoice> regions, @Nullable Long preferredRegionId, Runnable done) {
        DocumentDialog dialog = new DocumentDialog(documents, true);
        dialog.setHeaderTitle(dialog.getTranslation("document.upload"));
        dialog.region.setItems(regions);
        dialog.region.setRequiredIndicatorVisible(true);
        dialog.region.setValue(regions.stream()
                .filter(r -> Objects.equals(r.id(), preferredRegionId))
                .findFirst()
                .orElse(regions.size() == 1 ? regions.getFirst() : null));
        dialog.onSave(
                "save-document",
                () -> {
                    FieldProblem missing = dialog.region.getValue() == null
                            ? FieldProblem.of("regionId", "validation.required")
                            : dialog.received == null ? FieldProblem.of("file", "document.file.required") : null;
                    if (missing != null) {
                        throw new ValidationException(missing);
                    }
                    documents.add(
                            dialog.region.getValue().id(),
                            dialog.draft(),
                            Objects.requireNonNull(dialog.received, "checked above"));
                    dialog.saved = true;
                },
                "document.saved",
                done);
        dialog.keepDraft(DraftKey.forNew(DraftForm.DOCUMENT));
        return dialog;
    }

    /** Changes title, description or level of a document. */
    static DocumentDialog edit(DocumentService documents, Document document, Runnable done) {
        DocumentDialog dialog = new DocumentDialog(documents, false);
        dialog.setHeaderTitle(dialog.getTranslation("document.edit"));
        RegionChoice own = new RegionChoice(document.regionId(), document.regionCode(), document.regionName());
        dialog.region.setItems(own);
        dialog.region.setValue(own);
        dialog.region.setReadOnly(true);
        dialog.title.setValue(document.title());
        dialog.description.setValue(document.description() == null ? "" : document.description());
        dialog.level.setValue(document.level());
        dialog.onSave(
                "save-document",
                () -> documents.update(document.id(), document.version(), dialog.draft()),
                "document.saved",
                done);
        dialog.keepDraft(DraftKey.forItem(DraftForm.DOCUMENT, document.id()));
        return dialog;
    }

    /** Keeps the title and description typed as the writer's draft; the file itself is not kept. */
    private void keepDraft(DraftKey key) {
        DraftKeeper.keep(this, key, Map.of("title", title, "description", description));
    }

    private DocumentDraft draft() {
        return new DocumentDraft(title.getValue(), description.getValue(), level.getValue());
    }
}
