package nl.geboortezorg.werkplaats.testsupport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the view tests of kept drafts do with a form: type in its fields as from the browser, leave
 * it unsaved, open it again and find the text back with the notice of a restored draft.
 */
public final class Drafts {

    private Drafts() {}

    /** A free-text field of the open page or dialog, by its id. */
    @SuppressWarnings("unchecked")
    public static TextFieldBase<?, String> field(String id) {
        return _get(TextFieldBase.class, spec -> spec.withId(id));
    }

    /** Types a text of its own in each field, the way the browser sends it; returns what was typed, by field id. */
    public static Map<String, String> type(String... fieldIds) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String id : fieldIds) {
            String text = "Nog niet opgeslagen in " + id;
            _setValue(field(id), text);
            typed.put(id, text);
        }
        return typed;
    }

    /** The texts of the notices of a restored draft that show. */
    public static List<String> notices() {
        return _find(Div.class, spec -> spec.withId("draft-notice")).stream()
                .map(notice -> notice.getElement().getTextRecursively())
                .toList();
    }

    /** Asserts that the form shows what was typed, with the notice that offers to throw it away. */
    public static void assertRestored(Map<String, String> typed) {
        typed.forEach((id, text) -> assertThat(field(id).getValue()).as(id).isEqualTo(text));
        assertThat(notices())
                .singleElement()
                .asString()
                .matches("Concept van \\d{2}:\\d{2} hersteld: .*")
                .contains("Concept weggooien");
    }

    /**
     * Opens a form, types in its fields, leaves it without saving, opens it again and asserts the
     * text is back with the notice; the form is left open.
     */
    public static Map<String, String> assertKeptWhenLeft(Runnable open, Runnable leave, String... fieldIds) {
        open.run();
        assertThat(notices()).isEmpty();
        Map<String, String> typed = type(fieldIds);
        leave.run();
        open.run();
        assertRestored(typed);
        return typed;
    }

    /** Closes the open dialog with its cancel button. */
    public static void cancelDialog() {
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Annuleren")));
    }

    /** Throws the restored draft away. */
    public static void discard() {
        _click(_get(Button.class, spec -> spec.withId("discard-draft")));
    }

    public static void click(String buttonId) {
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
    }
}
