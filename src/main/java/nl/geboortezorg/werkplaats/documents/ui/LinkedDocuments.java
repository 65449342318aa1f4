package nl.geboortezorg.werkplaats.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentFilter;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.LinkTarget;

/**
 * The documents linked to a factsheet, session or bottleneck, each to download; those who may link
 * pick more from the documents they can read, and unlink them again.
 */
public class LinkedDocuments extends Section {

    private final DocumentService documents;
    private final LinkTarget target;
    private final boolean mayLink;
    final UnorderedList list = new UnorderedList();
    final ComboBox<Document> picker = new ComboBox<>();

    public LinkedDocuments(DocumentService documents, LinkTarget target) {
        this.documents = documents;
        this.target = target;
        this.mayLink = documents.mayLink(target);
        setId("linked-documents");
        addClassName("linked-documents");
        add(new H3(getTranslation("linked-documents.title")), list);
        if (mayLink) {
            picker.setLabel(getTranslation("linked-documents.pick"));
            picker.setId("link-document-picker");
            picker.setItemLabelGenerator(
                    d -> d.title() + " (" + d.regionName() + ", " + DocumentDownloads.describe(d) + ")");
            picker.setItems(query -> documents
                    .find(
                            DocumentFilter.all().containing(query.getFilter().orElse(null)),
                            query.getOffset(),
                            query.getLimit())
                    .stream());
            picker.setWidth("min(30rem, 100%)");
            Button link = new Button(getTranslation("linked-documents.link"), VaadinIcon.LINK.create(), click -> {
                if (picker.getValue() != null) {
                    documents.link(picker.getValue().id(), target);
                    picker.clear();
                    refresh();
                }
            });
            link.setId("link-document");
            HorizontalLayout add = new HorizontalLayout(picker, link);
            add.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(add);
        }
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<Document> linked = documents.linkedTo(target);
        if (linked.isEmpty()) {
            list.add(new ListItem(new Span(getTranslation("linked-documents.none"))));
        }
        for (Document document : linked) {
            ListItem item = new ListItem(
                    DocumentDownloads.anchor(documents, document, document.title()),
                    new Span(" · " + DocumentDownloads.describe(document)));
            if (mayLink) {
                Button unlink = new Button(VaadinIcon.UNLINK.create(), click -> {
                    documents.unlink(document.id(), target);
                    refresh();
                });
                unlink.setAriaLabel(getTranslation("linked-documents.unlink", document.title()));
                unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                unlink.addClassName("unlink-document");
                item.add(unlink);
            }
            list.add(item);
        }
    }
}
