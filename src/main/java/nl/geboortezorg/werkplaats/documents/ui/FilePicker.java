package nl.geboortezorg.werkplaats.documents.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FieldGroup;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.FileType;
import nl.geboortezorg.werkplaats.documents.StagedUpload;
import org.jspecify.annotations.Nullable;

/**
 * The file field of a document dialog: the chosen file goes to the service at once (type from its
 * content, size against the limit) and the outcome is shown below the picker, the reason when it
 * is refused. Holds the received file until it is saved or forgotten.
 */
final class FilePicker extends FieldGroup {

    private final DocumentService documents;
    private final Consumer<StagedUpload> onAccepted;
    final Upload upload;
    final Span status = new Span();
    private @Nullable StagedUpload received;

    /** Ids start with the prefix: {@code <prefix>-file}, {@code <prefix>-upload}, {@code <prefix>-file-status}. */
    FilePicker(DocumentService documents, String idPrefix, String label, Consumer<StagedUpload> onAccepted) {
        super(idPrefix + "-file", label);
        this.documents = documents;
        this.onAccepted = onAccepted;
        long max = documents.maxSize().toBytes();
        upload = new Upload(new UploadHandler() {
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
        upload.setId(idPrefix + "-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setAcceptedFileTypes(FileType.allExtensions().toArray(String[]::new));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("document.choose-file")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("document.drop-file")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation(
                        "document.file.too-large", documents.maxSize().toMegabytes()))
                .setIncorrectFileType(getTranslation("document.file.type-not-allowed-short"))
                .setTooManyFiles(getTranslation("document.file.one-at-a-time")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage()));
        upload.addFileRemovedListener(removed -> forget());
        status.setId(idPrefix + "-file-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(upload, status);
    }

    /**
     * Hands the arriving file to the service and shows the outcome. Runs on the upload's request,
     * outside the UI's lock.
     */
    void receive(String fileName, InputStream content, UI ui) {
        try {
            StagedUpload staged = documents.receive(fileName, content);
            ui.access(() -> accepted(staged));
        } catch (ValidationException refused) {
            ui.access(() -> refuse(FormErrors.firstMessage(refused, this)));
        }
    }

    private void accepted(StagedUpload staged) {
        forget();
        received = staged;
        setInvalid(false);
        status.setText(
                getTranslation("document.file-received", staged.originalName(), DocumentDownloads.size(staged.size())));
        onAccepted.accept(staged);
    }

    /** The file received and not yet saved or forgotten. */
    @Nullable StagedUpload received() {
        return received;
    }

    /** Discards the received file: the user chose another, removed it or closed the dialog unsaved. */
    void forget() {
        if (received != null) {
            documents.discard(received);
        }
        dropped();
    }

    /** Lets go of the received file without discarding it: it was saved, or the service already discarded it. */
    void dropped() {
        received = null;
        status.setText("");
    }
}
