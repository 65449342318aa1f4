package nl.geboortezorg.werkplaats.factsheets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.geboortezorg.werkplaats.factsheets.FactsheetFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.DraftService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFixture;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sections of a factsheet being written are kept as the writer's draft: offered again with a
 * notice when the factsheet is opened for editing, thrown away on request, gone once the factsheet
 * is saved, and never offered to another writer of the same factsheet.
 */
class FactsheetDraftViewTest extends ViewTest {

    private static final DraftKey NEW_FACTSHEET = DraftKey.forNew(DraftForm.FACTSHEET);

    @Autowired
    FactsheetService factsheets;

    @Autowired
    RegionService regions;

    @Autowired
    DraftService drafts;

    private FactsheetVersion written;

    @BeforeEach
    void aFactsheetBeingWritten() {
        noDraftOfANewFactsheet();
        written = new FactsheetFixture(factsheets, regions, users)
                .draft(unique("Concepten bewaren"), PublicationLevel.REGION);
    }

    /** A new factsheet's draft would be offered in every other test that writes one. */
    @AfterEach
    void noDraftOfANewFactsheet() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        drafts.discard(NEW_FACTSHEET);
        SignIn.out();
    }

    private static TextArea section(String field) {
        return _get(TextArea.class, spec -> spec.withId("factsheet-" + field));
    }

    private void editAs(String email) {
        openAs(email, "factsheets/" + written.factsheetId());
        _click(_get(Button.class, spec -> spec.withId("edit-factsheet")));
    }

    private static void cancel() {
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Annuleren")));
    }

    private static Optional<String> notice() {
        return _find(Div.class, spec -> spec.withId("draft-notice")).stream()
                .findFirst()
                .map(notice -> notice.getElement().getTextRecursively());
    }

    @Test
    void sections_typed_and_left_unsaved_are_offered_again_when_the_factsheet_is_edited() {
        editAs(DemoUsers.DEN_HAAG);
        assertThat(notice()).isEmpty();
        _setValue(section("approach"), "Een sociaal verpleegkundige op de poli, en sinds maart ook");
        _setValue(section("lessons"), "");
        cancel();

        editAs(DemoUsers.DEN_HAAG);
        assertThat(section("approach").getValue())
                .isEqualTo("Een sociaal verpleegkundige op de poli, en sinds maart ook");
        assertThat(section("lessons").getValue())
                .as("an emptied section stays empty")
                .isEmpty();
        assertThat(section("context").getValue()).isEqualTo(written.content().context());
        assertThat(notice())
                .get()
                .asString()
                .matches("Concept van \\d{2}:\\d{2} hersteld: .*")
                .contains("Concept weggooien");
    }

    @Test
    void discarding_the_draft_gives_the_sections_as_saved() {
        editAs(DemoUsers.DEN_HAAG);
        _setValue(section("results"), "Nog niet af");
        cancel();
        editAs(DemoUsers.DEN_HAAG);

        _click(_get(Button.class, spec -> spec.withId("discard-draft")));

        assertThat(section("results").getValue()).isEqualTo(written.content().results());
        assertThat(notice()).isEmpty();
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.FACTSHEET, written.factsheetId())))
                .isEmpty();
    }

    @Test
    void saving_the_factsheet_removes_its_draft() {
        editAs(DemoUsers.DEN_HAAG);
        _setValue(section("contact"), "Projectleider, telefoon 070 123 45 67");
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.FACTSHEET, written.factsheetId())))
                .isPresent();

        _click(_get(Button.class, spec -> spec.withId("save-factsheet")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.FACTSHEET, written.factsheetId())))
                .isEmpty();
        editAs(DemoUsers.DEN_HAAG);
        assertThat(section("contact").getValue()).isEqualTo("Projectleider, telefoon 070 123 45 67");
        assertThat(notice()).isEmpty();
    }

    @Test
    void another_writer_of_the_same_factsheet_is_not_offered_the_draft() {
        editAs(DemoUsers.DEN_HAAG);
        _setValue(section("approach"), "Alleen voor de schrijver zelf");
        cancel();

        editAs(DemoUsers.FACILITATOR);

        assertThat(section("approach").getValue()).isEqualTo(written.content().approach());
        assertThat(notice()).isEmpty();
    }

    @Test
    void a_new_factsheet_left_unsaved_is_offered_again_when_a_new_one_is_started() {
        openAs(DemoUsers.DEN_HAAG, "factsheets");
        _click(_get(Button.class, spec -> spec.withId("new-factsheet")));
        _setValue(_get(TextField.class, spec -> spec.withId("factsheet-title-field")), "Werktitel");
        _setValue(section("context"), "Waarom we begonnen");
        cancel();

        _click(_get(Button.class, spec -> spec.withId("new-factsheet")));

        assertThat(_get(TextField.class, spec -> spec.withId("factsheet-title-field"))
                        .getValue())
                .isEqualTo("Werktitel");
        assertThat(section("context").getValue()).isEqualTo("Waarom we begonnen");
        assertThat(notice()).get().asString().startsWith("Concept van ");
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.FACTSHEET, written.factsheetId())))
                .as("the new factsheet's draft is not the existing one's")
                .isEmpty();
    }
}
