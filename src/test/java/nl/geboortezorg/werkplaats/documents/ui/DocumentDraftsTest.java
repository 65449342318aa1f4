package nl.geboortezorg.werkplaats.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.assertKeptWhenLeft;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.click;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.notices;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.TestFiles;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.DraftService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.Drafts;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The title and description of an upload, or of a document's change, are kept as the writer's draft. */
class DocumentDraftsTest extends ViewTest {

    @Autowired
    DocumentService documents;

    @Autowired
    RegionService regions;

    @Autowired
    DraftService drafts;

    @Test
    void the_title_and_description_of_an_upload_are_kept_without_the_file() {
        openAs(DemoUsers.DEN_HAAG, "documenten");
        assertKeptWhenLeft(
                () -> click("upload-document"), Drafts::cancelDialog, "document-title", "document-description");
    }

    @Test
    void a_changed_description_is_kept_and_its_draft_goes_once_saved() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        String title = Document.class.getSimpleName() + " " + System.nanoTime();
        Document document = documents.add(
                denHaag,
                new DocumentDraft(title, null, PublicationLevel.REGION),
                documents.receive("c.pdf", new ByteArrayInputStream(TestFiles.pdf())));
        openAs(DemoUsers.DEN_HAAG, "documenten");
        _setValue(_get(TextField.class, spec -> spec.withId("document-filter-text")), title);
        Runnable edit = () -> {
            @SuppressWarnings("unchecked")
            Grid<Document> grid = _get(Grid.class, spec -> spec.withId("documents"));
            _click(_get(
                    GridKt._getCellComponent(grid, 0, "actions"),
                    Button.class,
                    spec -> spec.withClasses("edit-document")));
        };
        assertKeptWhenLeft(edit, Drafts::cancelDialog, "document-description");

        click("save-document");

        assertThat(drafts.mine(DraftKey.forItem(DraftForm.DOCUMENT, document.id())))
                .isEmpty();
        assertThat(documents.get(document.id()).orElseThrow().description()).startsWith("Nog niet opgeslagen");
        edit.run();
        assertThat(notices()).isEmpty();
    }
}
