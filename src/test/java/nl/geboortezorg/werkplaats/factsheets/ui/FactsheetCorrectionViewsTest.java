package nl.geboortezorg.werkplaats.factsheets.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static nl.geboortezorg.werkplaats.factsheets.FactsheetFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFixture;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetState;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSummary;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deleting a draft factsheet and withdrawing a published one, on the factsheet's page. */
class FactsheetCorrectionViewsTest extends ViewTest {

    @Autowired
    FactsheetService factsheets;

    @Autowired
    RegionService regions;

    private FactsheetFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new FactsheetFixture(factsheets, regions, users);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static boolean has(String buttonId) {
        return !_find(Button.class, spec -> spec.withId(buttonId)).isEmpty();
    }

    @Test
    void a_writer_deletes_a_draft_never_published_after_a_question_naming_it() {
        FactsheetVersion draft = fixture.draft(unique("Weg te gooien"), PublicationLevel.PUBLIC);

        openAs(DemoUsers.UTRECHT, "factsheets/" + draft.factsheetId());
        assertThat(showsNothingHere()).isTrue();
        openAs(DemoUsers.OBSERVER, "factsheets/" + draft.factsheetId());
        assertThat(showsNothingHere()).isTrue();

        openAs(DemoUsers.DEN_HAAG, "factsheets/" + draft.factsheetId());
        assertThat(has("withdraw-factsheet")).isFalse();
        _click(_get(Button.class, spec -> spec.withId("delete-factsheet")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("delete-factsheet-confirm"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Factsheet verwijderen?");
        assertThat(confirm.getElement().getProperty("message")).contains("„" + draft.title() + "”");

        _fireConfirm(confirm);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("factsheets");
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(factsheets.detail(draft.factsheetId())).isEmpty();
    }

    @Test
    void a_writer_discards_a_draft_revision_and_sees_the_published_version_again() {
        FactsheetVersion published = fixture.published(unique("Met herziening"), PublicationLevel.NATIONAL);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion revision = factsheets.startRevision(published.factsheetId());

        openAs(DemoUsers.DEN_HAAG, "factsheets/" + published.factsheetId());
        assertThat(text("factsheet-state")).isEqualTo("Concept");
        Button discard = _get(Button.class, spec -> spec.withId("delete-factsheet"));
        assertThat(discard.getText()).isEqualTo("Nieuwe versie weggooien");
        _click(discard);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("delete-factsheet-confirm"));
        assertThat(confirm.getElement().getProperty("message"))
                .contains("Versie 2", published.title(), "gepubliceerde versie 1");
        _fireConfirm(confirm);

        assertThat(text("factsheet-state")).isEqualTo("Gepubliceerd");
        assertThat(has("delete-factsheet")).isFalse();
        assertThat(has("revise-factsheet")).isTrue();
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(factsheets.version(revision.id())).isEmpty();
    }

    @Test
    void a_submitted_draft_offers_no_delete_and_a_stale_delete_offers_to_reload() {
        FactsheetVersion draft = fixture.draft(unique("Ingediend"), PublicationLevel.REGION);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion submitted = factsheets.submit(draft.id(), draft.version());
        openAs(DemoUsers.DEN_HAAG, "factsheets/" + draft.factsheetId());
        assertThat(has("delete-factsheet")).isFalse();

        FactsheetVersion other = fixture.draft(unique("Tegelijk bewerkt"), PublicationLevel.REGION);
        openAs(DemoUsers.DEN_HAAG, "factsheets/" + other.factsheetId());
        // a colleague saves the draft while the page is open
        factsheets.save(
                other.id(),
                other.version(),
                fixture.complete(other.title() + " (bijgewerkt)", PublicationLevel.REGION));
        _click(_get(Button.class, spec -> spec.withId("delete-factsheet")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("delete-factsheet-confirm")));

        assertThat(_find(ConfirmDialog.class))
                .anyMatch(d -> "Iemand anders was u voor".equals(ConfirmDialogKt.getHeader(d)));
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(factsheets.detail(other.factsheetId())).isPresent();
        assertThat(submitted.state()).isEqualTo(FactsheetState.SUBMITTED);
    }

    @Test
    void a_facilitator_withdraws_with_a_reason_and_the_knowledge_base_no_longer_lists_it() {
        String title = unique("Openbare werkwijze die verdwijnt");
        FactsheetVersion published = fixture.published(title, PublicationLevel.PUBLIC);

        openAs(DemoUsers.DEN_HAAG, "factsheets/" + published.factsheetId());
        assertThat(has("withdraw-factsheet")).as("writers do not withdraw").isFalse();
        assertThat(has("delete-factsheet"))
                .as("a published version is not deleted")
                .isFalse();
        openAs(DemoUsers.OBSERVER, "factsheets/" + published.factsheetId());
        assertThat(has("withdraw-factsheet")).isFalse();

        openAs(DemoUsers.FACILITATOR, "factsheets/" + published.factsheetId());
        _click(_get(Button.class, spec -> spec.withId("withdraw-factsheet")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("withdraw-reason"));
        _click(_get(Button.class, spec -> spec.withId("confirm-withdraw")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(factsheets.publicFactsheet(published.factsheetId())).isPresent();

        _setValue(reason, "De aanpak is vervangen door een nieuwe werkwijze.");
        _click(_get(Button.class, spec -> spec.withId("confirm-withdraw")));

        assertThat(text("factsheet-state")).isEqualTo("Ingetrokken");
        assertThat(text("withdrawal-notice"))
                .contains("Fenna Facilitator", "De aanpak is vervangen door een nieuwe werkwijze.");
        assertThat(has("withdraw-factsheet")).isFalse();

        // readers inside still read it, marked
        openAs(DemoUsers.OBSERVER, "factsheets/" + published.factsheetId());
        assertThat(_get(H2.class, spec -> spec.withId("factsheet-title")).getText())
                .isEqualTo(title);
        assertThat(text("withdrawal-notice")).contains("De aanpak is vervangen");

        // the writers may revise it for a new review
        openAs(DemoUsers.DEN_HAAG, "factsheets/" + published.factsheetId());
        assertThat(has("revise-factsheet")).isTrue();

        // the public knowledge base no longer lists or shows it
        openAnonymously();
        UI.getCurrent().navigate("kennisbank");
        _setValue(_get(TextField.class, spec -> spec.withId("knowledge-base-search")), title);
        @SuppressWarnings("unchecked")
        Grid<FactsheetSummary> grid = _get(Grid.class, spec -> spec.withId("public-factsheets"));
        assertThat(_findAll(grid)).noneMatch(f -> f.factsheetId() == published.factsheetId());
        UI.getCurrent().navigate("kennisbank/" + published.factsheetId());
        assertThat(showsNothingHere()).isTrue();
    }
}
