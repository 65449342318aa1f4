package nl.geboortezorg.werkplaats.drafts.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.drafts.Draft;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.DraftService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the free text of a form as the writer's draft on the server, about a second after typing
 * pauses (and every second while it goes on), and offers it again when the same form opens:
 * "Concept van 14:32 hersteld", with a button to throw it away and get the form as it was. The
 * fields send their value while typing, so typing also keeps the session alive. While text typed
 * in the browser has not reached the server yet, closing the tab asks first
 * ({@code unsaved-text.js}, in the page shell).
 */
public final class DraftKeeper {

    private static final Logger log = LoggerFactory.getLogger(DraftKeeper.class);

    /** How long typing may pause before the text goes to the server; at most this much is lost. */
    static final int SEND_AFTER_MILLIS = 1000;

    private final DraftService drafts;
    private final DraftKey key;
    private final Map<String, TextFieldBase<?, String>> fields;
    private final Map<String, String> initial = new LinkedHashMap<>();
    private final Div notice = new Div();

    private DraftKeeper(DraftService drafts, DraftKey key, Map<String, ? extends TextFieldBase<?, String>> fields) {
        this.drafts = drafts;
        this.key = key;
        this.fields = new LinkedHashMap<>(fields);
        notice.setId("draft-notice");
        notice.addClassName("draft-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        this.fields.forEach(this::watch);
    }

    private void watch(String name, TextFieldBase<?, String> field) {
        initial.put(name, field.getValue());
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(SEND_AFTER_MILLIS);
        field.addValueChangeListener(change -> {
            if (change.isFromClient() && fields.get(name) == field) {
                keep();
            }
        });
        field.getElement().executeJs("window.wsgUnsavedText && window.wsgUnsavedText.watch(this)");
    }

    /**
     * Keeps one more field, for a form that grows while it is filled in (a list of rows); its text
     * as it is now counts as not typed.
     */
    public void add(String name, TextFieldBase<?, String> field) {
        fields.put(name, field);
        watch(name, field);
    }

    /** Stops keeping a field the form no longer has (a row removed); the draft loses its text. */
    public void remove(String name) {
        if (fields.remove(name) != null) {
            initial.remove(name);
            keep();
        }
    }

    /**
     * The names of the fields in the writer's earlier draft of this form, for a form that first
     * adds the rows the draft needs before it is kept.
     */
    public static Set<String> fieldsOfDraft(DraftKey key) {
        return service().mine(key).map(draft -> draft.fields().keySet()).orElse(Set.of());
    }

    /**
     * Keeps a dialog's free text as a draft and restores the writer's earlier draft of the same
     * form; the draft goes when the dialog saves. Call once its fields hold the item's values.
     */
    public static DraftKeeper keep(
            FormDialog dialog, DraftKey key, Map<String, ? extends TextFieldBase<?, String>> fields) {
        DraftKeeper keeper = keep((HasComponents) dialog, key, fields);
        dialog.addSavedListener(keeper::saved);
        return keeper;
    }

    /**
     * Keeps a form's free text as a draft and restores an earlier one; the notice goes first in
     * the form. The form calls {@link #saved()} once it saved for real.
     */
    public static DraftKeeper keep(
            HasComponents form, DraftKey key, Map<String, ? extends TextFieldBase<?, String>> fields) {
        DraftKeeper keeper = new DraftKeeper(service(), key, fields);
        form.addComponentAsFirst(keeper.notice);
        keeper.restore();
        return keeper;
    }

    /** The form was saved for real: its draft is no longer needed. */
    public void saved() {
        drafts.discard(key);
        fields.values().forEach(DraftKeeper::reached);
        notice.setVisible(false);
    }

    private void restore() {
        Optional<Draft> draft = drafts.mine(key);
        if (draft.isEmpty() || current().equals(merged(draft.get()))) {
            return;
        }
        show(merged(draft.get()));
        Button discard = new Button(notice.getTranslation("draft.discard"), click -> discard());
        discard.setId("discard-draft");
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        notice.removeAll();
        notice.add(
                new Span(
                        notice.getTranslation("draft.restored", when(draft.get().savedAt()))),
                discard);
        notice.setVisible(true);
    }

    /** Throws the draft away and puts back what the form held before it was restored. */
    private void discard() {
        drafts.discard(key);
        show(initial);
        notice.setVisible(false);
        fields.values().stream().findFirst().ifPresent(TextFieldBase::focus);
    }

    private void keep() {
        Map<String, String> now = current();
        try {
            if (now.equals(initial)) {
                drafts.discard(key);
            } else {
                drafts.keep(key, now);
            }
            fields.values().forEach(DraftKeeper::reached);
        } catch (RuntimeException failed) {
            // The draft is a safety net: the form itself still holds the text and its save says what is wrong.
            log.warn("Could not keep the draft of {}: {}", key, failed.toString());
        }
    }

    private void show(Map<String, String> values) {
        fields.forEach((name, field) -> {
            String text = values.get(name);
            if (text != null) {
                field.setValue(text);
            }
        });
    }

    private Map<String, String> current() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> values.put(name, field.getValue()));
        return values;
    }

    /** The draft's text over the form's, for the fields the form still has. */
    private Map<String, String> merged(Draft draft) {
        Map<String, String> values = current();
        draft.fields().forEach((name, text) -> values.computeIfPresent(name, (field, old) -> text));
        return values;
    }

    private String when(Instant savedAt) {
        boolean today = DutchTime.date(savedAt).equals(DutchTime.date(Instant.now()));
        return today ? DutchFormats.hourAndMinute(savedAt) : DutchFormats.dateTime(savedAt);
    }

    /** Tells the browser the field's text as it is now has reached the server. */
    private static void reached(TextFieldBase<?, String> field) {
        String value = field.getValue();
        field.getElement()
                .executeJs(
                        "window.wsgUnsavedText && window.wsgUnsavedText.reached(this, $0, $1)",
                        value.length(),
                        value.hashCode());
    }

    /** The drafts service, from the Spring context the current Vaadin service runs in. */
    private static DraftService service() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(DraftService.class);
    }
}
