package nl.geboortezorg.werkplaats.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentFilter;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.ui.RegionWorkspaceSection;
import org.springframework.core.annotation.Order;

/** The region's latest documents on its workspace, with its whole library and the way to upload. */
@org.springframework.stereotype.Component
@Order(40)
class RegionDocumentsSection implements RegionWorkspaceSection {

    private static final int LATEST = 5;

    private final DocumentService documents;

    RegionDocumentsSection(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public Component create(Region region) {
        Section section = new Section();
        section.setId("region-documents");
        section.add(new H3(section.getTranslation("documents-section.title")));
        List<Document> latest = documents.find(DocumentFilter.all().inRegion(region.id()), 0, LATEST);
        UnorderedList list = new UnorderedList();
        if (latest.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("documents.none")));
        }
        for (Document document : latest) {
            list.add(new ListItem(
                    DocumentDownloads.anchor(documents, document, document.title()),
                    new Span(" · " + DocumentDownloads.describe(document))));
        }
        section.add(
                list,
                DocumentNavigation.library(region.code(), null)
                        .anchor(section.getTranslation("documents-section.all")));
        List<RegionChoice> here = documents.regionsToUploadIn().stream()
                .filter(r -> r.id() == region.id())
                .toList();
        if (!here.isEmpty()) {
            Button upload = new Button(
                    section.getTranslation("document.upload"),
                    VaadinIcon.UPLOAD.create(),
                    click -> DocumentDialog.add(documents, here, region.id(), () -> {})
                            .open());
            upload.setId("upload-document-in-region");
            section.add(new Paragraph(upload));
        }
        return section;
    }
}
