package nl.geboortezorg.werkplaats.drafts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.DraftService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What someone types in a form is kept as their draft and offered when the form opens again, on
 * the dialog that raises a bottleneck: restored with a notice, thrown away on request, gone once
 * saved, and never offered to anyone else.
 */
class DraftKeeperViewTest extends ViewTest {

    private static final DraftKey NEW_BOTTLENECK = DraftKey.forNew(DraftForm.BOTTLENECK);

    @Autowired
    DraftService drafts;

    @BeforeEach
    void noDraftsYet() {
        for (String user : new String[] {DemoUsers.DEN_HAAG, DemoUsers.UTRECHT}) {
            SignIn.as(users, user);
            drafts.discard(NEW_BOTTLENECK);
        }
        SignIn.out();
    }

    private static TextField title() {
        return _get(TextField.class, spec -> spec.withId("bottleneck-title-field"));
    }

    private static TextArea description() {
        return _get(TextArea.class, spec -> spec.withId("bottleneck-description"));
    }

    private static void openRaiseDialog() {
        _click(_get(Button.class, spec -> spec.withId("raise-bottleneck")));
    }

    private static void cancelDialog() {
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Annuleren")));
    }

    /** The notice of a restored draft, when it shows. */
    private static java.util.Optional<String> notice() {
        return _find(Div.class, spec -> spec.withId("draft-notice")).stream()
                .findFirst()
                .map(notice -> notice.getElement().getTextRecursively());
    }

    @Test
    void text_typed_and_left_unsaved_is_offered_again_when_the_form_opens() {
        openAs(DemoUsers.DEN_HAAG, "knelpunten");
        openRaiseDialog();
        assertThat(notice()).isEmpty();
        _setValue(title(), "Geen tolk op de poli");
        _setValue(description(), "Gezinnen begrijpen de uitleg niet, en dat kost");
        cancelDialog();

        openRaiseDialog();
        assertThat(title().getValue()).isEqualTo("Geen tolk op de poli");
        assertThat(description().getValue()).isEqualTo("Gezinnen begrijpen de uitleg niet, en dat kost");
        assertThat(notice())
                .get()
                .asString()
                .matches("Concept van \\d{2}:\\d{2} hersteld: .*")
                .contains("Concept weggooien");
    }

    @Test
    void discarding_the_draft_gives_the_form_as_it_was_and_it_is_not_offered_again() {
        openAs(DemoUsers.DEN_HAAG, "knelpunten");
        openRaiseDialog();
        _setValue(description(), "Weg ermee");
        cancelDialog();
        openRaiseDialog();

        _click(_get(Button.class, spec -> spec.withId("discard-draft")));
        assertThat(description().getValue()).isEmpty();
        assertThat(notice()).isEmpty();
        cancelDialog();
        openRaiseDialog();
        assertThat(description().getValue()).isEmpty();
        assertThat(notice()).isEmpty();
    }

    @Test
    void saving_for_real_removes_the_draft() {
        openAs(DemoUsers.DEN_HAAG, "knelpunten");
        openRaiseDialog();
        _setValue(title(), BottleneckFixture.unique("Opgeslagen concept"));
        _setValue(description(), "Dit wordt echt opgeslagen.");
        @SuppressWarnings("unchecked")
        Select<BottleneckCategory> category = _get(Select.class, spec -> spec.withId("bottleneck-category"));
        _setValue(category, BottleneckCategory.LANGUAGE);
        assertThat(drafts.mine(NEW_BOTTLENECK)).isPresent();

        _click(_get(Button.class, spec -> spec.withId("save-bottleneck")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(drafts.mine(NEW_BOTTLENECK)).isEmpty();
    }

    @Test
    void a_draft_is_offered_only_to_its_writer() {
        openAs(DemoUsers.DEN_HAAG, "knelpunten");
        openRaiseDialog();
        _setValue(description(), "Alleen voor Daan");
        cancelDialog();

        openAs(DemoUsers.UTRECHT, "knelpunten");
        openRaiseDialog();
        assertThat(description().getValue()).isEmpty();
        assertThat(notice()).isEmpty();
    }
}
