package nl.geboortezorg.werkplaats.documents.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentFileVersion;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.TestFiles;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Replacing a document's file from the library, and the list of its versions with their checksums. */
class DocumentVersionsViewTest extends ViewTest {

    @Autowired
    DocumentService documents;

    @Autowired
    RegionService regions;

    @Value("${wsg.documents.dir}")
    Path directory;

    private Document document(String title, PublicationLevel level) {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        return documents.add(
                denHaag,
                new DocumentDraft(title, null, level),
                documents.receive("verslag.pdf", new ByteArrayInputStream(TestFiles.pdf())));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Document> library() {
        return _get(Grid.class, spec -> spec.withId("documents"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DocumentFileVersion> versions() {
        return _get(Grid.class, spec -> spec.withId("document-versions"));
    }

    private static void clickInActions(String className) {
        Component actions = _getCellComponent(library(), 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withClasses(className)));
    }

    private static String error() {
        return _get(Span.class, spec -> spec.withId("replace-file-error")).getText();
    }

    private long staged() throws Exception {
        try (Stream<Path> files = Files.list(directory.resolve("staging"))) {
            return files.count();
        }
    }

    @Test
    void a_newer_file_replaces_the_current_one_and_both_are_listed_with_their_checksums() {
        String title = "Convenant " + System.nanoTime();
        Document original = document(title, PublicationLevel.REGION);
        openAs(DemoUsers.DEN_HAAG, "documenten");
        _setValue(_get(TextField.class, spec -> spec.withId("document-filter-text")), title);

        clickInActions("replace-document-file");
        ReplaceFileDialog dialog = _get(ReplaceFileDialog.class);
        assertThat(_get(
                                dialog,
                                com.vaadin.flow.component.html.Paragraph.class,
                                spec -> spec.withId("replace-current-file"))
                        .getText())
                .contains("verslag.pdf");
        _click(_get(Button.class, spec -> spec.withId("save-replacement")));
        assertThat(error()).isEqualTo("Kies het nieuwere bestand.");

        dialog.receive("verslag kopie.pdf", new ByteArrayInputStream(TestFiles.pdf()), UI.getCurrent());
        MockVaadin.runUIQueue();
        _click(_get(Button.class, spec -> spec.withId("save-replacement")));
        assertThat(error()).isEqualTo("Dit bestand is gelijk aan het huidige. Kies het nieuwere bestand.");

        dialog.receive("convenant.exe", new ByteArrayInputStream(TestFiles.windowsProgram()), UI.getCurrent());
        MockVaadin.runUIQueue();
        assertThat(error()).isEqualTo("Dit is een programma of script. Zulke bestanden worden niet gedeeld.");

        dialog.receive("convenant.png", new ByteArrayInputStream(TestFiles.png()), UI.getCurrent());
        MockVaadin.runUIQueue();
        assertThat(_get(Span.class, spec -> spec.withId("replace-file-status")).getText())
                .startsWith("Ontvangen: convenant.png");
        _click(_get(Button.class, spec -> spec.withId("save-replacement")));

        assertThat(_find(ReplaceFileDialog.class)).isEmpty();
        assertThat(_findAll(library())).singleElement().satisfies(document -> {
            assertThat(document.id()).isEqualTo(original.id());
            assertThat(document.originalName()).isEqualTo("convenant.png");
            assertThat(document.title()).isEqualTo(title);
        });

        clickInActions("document-versions");
        _get(DocumentVersionsDialog.class);
        assertThat(_findAll(versions()))
                .extracting(DocumentFileVersion::originalName)
                .containsExactly("convenant.png", "verslag.pdf");
        assertThat(_getFormatted(versions(), 0, "number")).isEqualTo("2 (huidig)");
        assertThat(_getFormatted(versions(), 1, "number")).isEqualTo("1");
        for (int row = 0; row < 2; row++) {
            DocumentFileVersion file = _findAll(versions()).get(row);
            Span checksum = _get(
                    _getCellComponent(versions(), row, "checksum"),
                    Span.class,
                    spec -> spec.withClasses("document-checksum"));
            assertThat(checksum.getText()).isEqualTo(file.sha256().substring(0, 12) + "…");
            assertThat(checksum.getElement().getAttribute("title")).isEqualTo(file.sha256());
            assertThat(_get(_getCellComponent(versions(), row, "checksum"), Button.class)
                            .getAriaLabel())
                    .hasValue("Kopieer de controlesom van versie " + file.number());
            Anchor download = _get(_getCellComponent(versions(), row, "file"), Anchor.class);
            assertThat(download.getText()).isEqualTo(file.originalName());
            assertThat(download.getHref()).isNotBlank();
            assertThat(download.getElement().getAttribute("data-file-version"))
                    .isEqualTo(String.valueOf(file.number()));
        }
        assertThat(_find(Button.class, spec -> spec.withId("replace-file-from-versions")))
                .hasSize(1);
    }

    @Test
    void a_reader_who_may_not_change_the_document_sees_its_versions_but_cannot_replace_it() {
        String title = "Landelijk verslag " + System.nanoTime();
        document(title, PublicationLevel.NATIONAL);
        openAs(DemoUsers.UTRECHT, "documenten");
        _setValue(_get(TextField.class, spec -> spec.withId("document-filter-text")), title);

        Component actions = _getCellComponent(library(), 0, "actions");
        assertThat(_find(actions, Button.class, spec -> spec.withClasses("replace-document-file")))
                .isEmpty();
        clickInActions("document-versions");
        assertThat(_findAll(versions())).extracting(DocumentFileVersion::number).containsExactly(1);
        assertThat(_find(Button.class, spec -> spec.withId("replace-file-from-versions")))
                .isEmpty();
    }

    @Test
    void a_replacement_someone_else_overtook_offers_to_reload_and_keeps_no_received_file() throws Exception {
        String title = "Werkafspraken " + System.nanoTime();
        Document original = document(title, PublicationLevel.REGION);
        openAs(DemoUsers.DEN_HAAG, "documenten");
        _setValue(_get(TextField.class, spec -> spec.withId("document-filter-text")), title);
        clickInActions("replace-document-file");
        ReplaceFileDialog dialog = _get(ReplaceFileDialog.class);
        long before = staged();
        dialog.receive("afspraken.png", new ByteArrayInputStream(TestFiles.png()), UI.getCurrent());
        MockVaadin.runUIQueue();
        assertThat(staged()).isEqualTo(before + 1);
        // someone else changes the document in the meantime
        documents.update(
                original.id(),
                original.version(),
                new DocumentDraft(title + " (herzien)", null, PublicationLevel.REGION));

        _click(_get(Button.class, spec -> spec.withId("save-replacement")));

        assertThat(_get(ConfirmDialog.class).isOpened()).isTrue();
        assertThat(_get(ReplaceFileDialog.class).file.received()).isNull();
        assertThat(staged()).as("the received file is discarded").isEqualTo(before);
        assertThat(documents.get(original.id()).orElseThrow().originalName()).isEqualTo("verslag.pdf");
        assertThat(documents.fileVersions(original.id())).hasSize(1);
    }
}
