package nl.geboortezorg.werkplaats.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentFileVersion;
import nl.geboortezorg.werkplaats.documents.DocumentService;

/**
 * Every file a document has had, newest first, each to download under its own name and with its
 * SHA-256 checksum (abbreviated, in full on hovering and to copy), so a reader can tell which
 * version they hold. Whoever may change the document replaces its file from here.
 */
final class DocumentVersionsDialog extends Dialog {

    /** How many characters of a checksum are shown; the rest is in its title and copied whole. */
    static final int CHECKSUM_SHOWN = 12;

    private final DocumentService documents;
    final Grid<DocumentFileVersion> grid = new Grid<>();
    private int newest;

    private DocumentVersionsDialog(DocumentService documents, Document document, Runnable changed) {
        this.documents = documents;
        setId("document-versions-dialog");
        setHeaderTitle(getTranslation("document.versions.title", document.title()));
        setWidth("min(60rem, 95vw)");
        grid.setId("document-versions");
        grid.setAriaLabel(getTranslation("document.versions.title", document.title()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(this::number)
                .setKey("number")
                .setHeader(getTranslation("document.versions.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(file -> DocumentDownloads.anchor(documents, file, file.originalName()))
                .setKey("file")
                .setHeader(getTranslation("document.file"))
                .setFlexGrow(2);
        grid.addColumn(DocumentDownloads::describe)
                .setHeader(getTranslation("document.versions.size"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::checksum)
                .setKey("checksum")
                .setHeader(getTranslation("document.versions.checksum"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(file -> DutchFormats.dateTime(file.uploadedAt()) + " · " + file.uploadedBy())
                .setKey("uploaded")
                .setHeader(getTranslation("document.versions.uploaded"))
                .setFlexGrow(1);
        add(new Paragraph(getTranslation("document.versions.intro")), grid);
        refresh(document.id());
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("close-document-versions");
        if (documents.mayChange(document)) {
            Button replace = new Button(
                    getTranslation("document.replace"),
                    VaadinIcon.UPLOAD.create(),
                    click -> ReplaceFileDialog.open(documents, document, () -> {
                        close();
                        changed.run();
                    }));
            replace.setId("replace-file-from-versions");
            replace.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close, replace);
        } else {
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close);
        }
    }

    /** Opens the list for a document the user may read. */
    static DocumentVersionsDialog open(DocumentService documents, Document document, Runnable changed) {
        DocumentVersionsDialog dialog = new DocumentVersionsDialog(documents, document, changed);
        dialog.open();
        return dialog;
    }

    private void refresh(long documentId) {
        List<DocumentFileVersion> files = documents.fileVersions(documentId);
        newest = files.stream().mapToInt(DocumentFileVersion::number).max().orElse(0);
        grid.setItems(files);
    }

    private String number(DocumentFileVersion file) {
        return file.number() == newest
                ? getTranslation("document.versions.current", file.number())
                : String.valueOf(file.number());
    }

    private Component checksum(DocumentFileVersion file) {
        Span shown = new Span(abbreviated(file.sha256()));
        shown.addClassName("document-checksum");
        shown.getElement().setAttribute("title", file.sha256());
        shown.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        Button copy = new Button(VaadinIcon.COPY_O.create(), click -> {
            click.getSource().getElement().executeJs("navigator.clipboard?.writeText($0)", file.sha256());
            Notifications.success(getTranslation("document.versions.copied", file.number()));
        });
        copy.setAriaLabel(getTranslation("document.versions.copy", file.number()));
        copy.addClassName("copy-checksum");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        HorizontalLayout cell = new HorizontalLayout(shown, copy);
        cell.setSpacing(false);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
    }

    static String abbreviated(String sha256) {
        return sha256.length() <= CHECKSUM_SHOWN ? sha256 : sha256.substring(0, CHECKSUM_SHOWN) + "…";
    }
}
