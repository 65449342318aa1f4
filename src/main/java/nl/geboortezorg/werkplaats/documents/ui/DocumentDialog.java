package nl.geboortezorg.werkplaats.documents.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentService;
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

    final Select<RegionChoice> region = new Select<>();
    final TextField title = new TextField();
    final TextArea description;
    final RadioButtonGroup<PublicationLevel> level = new RadioButtonGroup<>();
    private final @Nullable FilePicker file;
    private boolean saved;

    private DocumentDialog(DocumentService documents, boolean withFile) {
        super("");
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
        errors.bind("title", title)
                .bind("description", description)
                .bind("level", level)
                .bind("regionId", region);
        FormLayout form = new FormLayout();
        form.add(region);
        if (withFile) {
            FilePicker picker = new FilePicker(documents, "document", getTranslation("document.file"), this::accepted);
            errors.bind("file", picker);
            form.add(picker);
            form.setColspan(picker, 2);
            file = picker;
        } else {
            file = null;
        }
        form.add(title, description, level);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(level, 2);
        add(form);
        addOpenedChangeListener(change -> {
            if (!change.isOpened() && !saved && file != null) {
                file.forget();
            }
        });
    }

    /** Hands the arriving file to the picker; runs outside the UI's lock. */
    void receive(String fileName, InputStream content, UI ui) {
        Objects.requireNonNull(file, "a dialog with a file").receive(fileName, content, ui);
    }

    private void accepted(StagedUpload staged) {
        if (title.isEmpty()) {
            String name = staged.originalName();
            title.setValue(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        }
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
                    StagedUpload received = Objects.requireNonNull(dialog.file, "a dialog with a file")
                            .received();
                    FieldProblem missing = dialog.region.getValue() == null
                            ? FieldProblem.of("regionId", "validation.required")
                            : received == null ? FieldProblem.of("file", "document.file.required") : null;
                    if (missing != null) {
                        throw new ValidationException(missing);
                    }
                    documents.add(
                            dialog.region.getValue().id(),
                            dialog.draft(),
                            Objects.requireNonNull(received, "checked above"));
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
