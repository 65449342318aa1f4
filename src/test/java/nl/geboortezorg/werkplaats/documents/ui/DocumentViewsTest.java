package nl.geboortezorg.werkplaats.documents.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.TestFiles;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DocumentViewsTest extends ViewTest {

    @Autowired
    DocumentService documents;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    RegionService regions;

    private static String unique(String text) {
        return text + " " + System.nanoTime();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Document> grid() {
        return _get(Grid.class, spec -> spec.withId("documents"));
    }

    @Test
    void a_refused_file_shows_its_reason_keeps_the_typed_title_and_a_good_file_is_saved() {
        openAs(DemoUsers.DEN_HAAG, "documenten");
        _click(_get(Button.class, spec -> spec.withId("upload-document")));
        DocumentDialog dialog = _get(DocumentDialog.class);
        String title = unique("Convenant geboortezorg");
        _setValue(_get(TextField.class, spec -> spec.withId("document-title")), title);

        dialog.receive("convenant.pdf", new ByteArrayInputStream(TestFiles.windowsProgram()), UI.getCurrent());
        MockVaadin.runUIQueue();
        assertThat(_get(Span.class, spec -> spec.withId("document-file-error")).getText())
                .isEqualTo("Dit is een programma of script. Zulke bestanden worden niet gedeeld.");
        _click(_get(Button.class, spec -> spec.withId("save-document")));
        assertThat(_get(Span.class, spec -> spec.withId("document-file-error")).getText())
                .isEqualTo("Kies het bestand dat u wilt delen.");

        dialog.receive("convenant.pdf", new ByteArrayInputStream(TestFiles.pdf()), UI.getCurrent());
        MockVaadin.runUIQueue();
        assertThat(_get(Span.class, spec -> spec.withId("document-file-status")).getText())
                .startsWith("Ontvangen: convenant.pdf");
        assertThat(_get(TextField.class, spec -> spec.withId("document-title")).getValue())
                .isEqualTo(title);
        _click(_get(Button.class, spec -> spec.withId("save-document")));

        _setValue(_get(TextField.class, spec -> spec.withId("document-filter-text")), title);
        assertThat(_findAll(grid())).singleElement().satisfies(document -> {
            assertThat(document.originalName()).isEqualTo("convenant.pdf");
            assertThat(document.level()).isEqualTo(PublicationLevel.REGION);
        });
        assertThat(_find(GridKt._getCellComponent(grid(), 0, "actions"), Button.class))
                .flatExtracting(Button::getClassNames)
                .containsExactly("document-versions", "replace-document-file", "edit-document", "remove-document");
    }

    @Test
    void an_observer_reads_national_documents_without_any_way_to_upload_or_change() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        String word = unique("Jaarverslag");
        Document national = documents.add(
                denHaag,
                new DocumentDraft(word + " landelijk", null, PublicationLevel.NATIONAL),
                documents.receive("j.pdf", new ByteArrayInputStream(TestFiles.pdf())));
        documents.add(
                denHaag,
                new DocumentDraft(word + " regio", null, PublicationLevel.REGION),
                documents.receive("r.pdf", new ByteArrayInputStream(TestFiles.pdf())));

        openAs(DemoUsers.OBSERVER, "documenten");
        _setValue(_get(TextField.class, spec -> spec.withId("document-filter-text")), word);

        assertThat(_findAll(grid())).extracting(Document::id).containsExactly(national.id());
        assertThat(_find(Button.class, spec -> spec.withId("upload-document"))).isEmpty();
        assertThat(_find(GridKt._getCellComponent(grid(), 0, "actions"), Button.class))
                .flatExtracting(Button::getClassNames)
                .containsExactly("document-versions");
    }

    @Test
    void a_document_is_linked_to_a_bottleneck_from_its_page_and_downloads_from_there() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        Document document = documents.add(
                denHaag,
                new DocumentDraft(unique("Notitie bekostiging"), null, PublicationLevel.NATIONAL),
                documents.receive("n.pdf", new ByteArrayInputStream(TestFiles.pdf())));
        Bottleneck bottleneck = bottlenecks.raise(
                denHaag,
                new BottleneckDraft(
                        unique("Met notitie"), "Omschrijving", BottleneckCategory.FINANCING, null, null, null));

        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + bottleneck.id());
        @SuppressWarnings("unchecked")
        ComboBox<Document> picker = _get(ComboBox.class, spec -> spec.withId("link-document-picker"));
        _setValue(picker, document);
        _click(_get(Button.class, spec -> spec.withId("link-document")));

        ListItem item = _get(_get(LinkedDocuments.class).list, ListItem.class);
        assertThat(item.getElement().getTextRecursively()).contains(document.title(), "PDF");
        assertThat(_get(item, Anchor.class).getHref()).isNotBlank();

        openAs(DemoUsers.UTRECHT, "knelpunten/" + bottleneck.id());
        assertThat(_get(_get(LinkedDocuments.class).list, ListItem.class)
                        .getElement()
                        .getTextRecursively())
                .contains(document.title());
        assertThat(_find(Button.class, spec -> spec.withId("link-document"))).isEmpty();
    }
}
