package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.PersonalData;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.PersonalDataCheck;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.AgendaNotes;
import nl.geboortezorg.werkplaats.sessions.NotesConflictException;
import nl.geboortezorg.werkplaats.sessions.NotesEvents;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;

/**
 * The live notes of one agenda item: saved a moment after typing stops, others' saves shown as
 * they happen, and a clash shown with both versions instead of one silently replacing the other.
 */
class AgendaNotesEditor extends LiveNotes {

    private static final int SAVE_AFTER_MILLIS = 1500;

    private final WorkSessionService sessions;
    private final long agendaItemId;
    private final TextArea text = new TextArea();
    private final Span status = new Span();
    private final Div personalData = new Div();
    /** The findings this user said to save anyway, so that the same text does not ask again. */
    private final Set<String> confirmedFindings = new HashSet<>();

    private String savedText;
    private int savedVersion;
    private boolean focused;

    /** The notes as they read in the field now, saved or not. */
    String currentText() {
        return text.getValue();
    }

    AgendaNotesEditor(WorkSessionService sessions, NotesEvents events, long sessionId, AgendaItem item) {
        super(events, sessionId);
        this.sessions = sessions;
        this.agendaItemId = item.id();
        this.savedText = item.notes() == null ? "" : item.notes();
        this.savedVersion = item.notesVersion();
        addClassName("agenda-notes");
        text.setLabel(getTranslation("session.notes.label", item.title()));
        text.setId("notes-" + item.id());
        text.setHelperText(getTranslation("session.notes.help", AgendaNotes.MAX_KILOBYTES));
        text.setValue(savedText);
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(SAVE_AFTER_MILLIS);
        text.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save(event.getValue(), savedVersion);
            }
        });
        // While the field has focus the browser may hold typing the server has not seen yet, so
        // another person's save must not replace the text then: it is announced instead.
        text.addFocusListener(event -> focused = true);
        text.addBlurListener(event -> focused = false);
        status.addClassName("notes-status");
        status.getElement().setAttribute("aria-live", "polite");
        personalData.addClassName("notes-personal-data");
        personalData.getElement().setAttribute("role", "alert");
        personalData.setVisible(false);
        add(text, status, personalData);
    }

    void save(String value, int version) {
        if (Objects.equals(value, savedText) && version == savedVersion) {
            return;
        }
        List<PersonalData.Finding> unconfirmed = PersonalDataCheck.warnings(value).stream()
                .filter(finding -> !confirmedFindings.contains(key(finding)))
                .toList();
        if (!unconfirmed.isEmpty()) {
            holdForConfirmation(unconfirmed);
            return;
        }
        personalData.setVisible(false);
        try {
            AgendaNotes saved = sessions.saveNotes(agendaItemId, version, value);
            text.setInvalid(false);
            accept(saved);
        } catch (NotesConflictException conflict) {
            showConflict(value, conflict.current());
        } catch (ValidationException refused) {
            // The text stays in the field; only the message changes.
            text.setErrorMessage(FormErrors.firstMessage(refused, this));
            text.setInvalid(true);
        }
    }

    private static String key(PersonalData.Finding finding) {
        return finding.kind() + ":" + finding.excerpt();
    }

    /**
     * Text that may hold a patient's data is not saved until the user edits it or says to save it
     * anyway; meanwhile it stays in the field, and the notes go on saving once it is edited away.
     */
    private void holdForConfirmation(List<PersonalData.Finding> findings) {
        personalData.removeAll();
        UnorderedList list = new UnorderedList();
        findings.forEach(finding -> list.add(new ListItem(
                getTranslation("personal-data.kind." + finding.kind().name()) + ": " + finding.excerpt())));
        Button edit = new Button(getTranslation("personal-data.edit"), click -> text.focus());
        edit.setId("notes-personal-data-edit-" + agendaItemId);
        Button saveAnyway = new Button(getTranslation("personal-data.save-anyway"), click -> {
            findings.forEach(finding -> confirmedFindings.add(key(finding)));
            Set<PersonalData.Kind> kinds = EnumSet.noneOf(PersonalData.Kind.class);
            findings.forEach(finding -> kinds.add(finding.kind()));
            PersonalDataCheck.confirmed("session-notes", List.of("notes"), kinds);
            save(text.getValue(), savedVersion);
        });
        saveAnyway.setId("notes-personal-data-save-" + agendaItemId);
        saveAnyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
        personalData.add(
                new Paragraph(getTranslation("session.notes.personal-data")),
                list,
                new HorizontalLayout(edit, saveAnyway));
        personalData.setVisible(true);
        status.setText(getTranslation("session.notes.not-saved"));
    }

    private void accept(AgendaNotes saved) {
        savedText = saved.text();
        savedVersion = saved.version();
        status.setText(getTranslation(
                "session.notes.saved",
                saved.updatedBy(),
                saved.updatedAt() == null ? "" : DutchFormats.time(saved.updatedAt())));
    }

    /** Another user's save: shown at once unless this user may be typing, otherwise announced. */
    @Override
    void received(AgendaNotes notes) {
        if (notes.agendaItemId() != agendaItemId || notes.version() <= savedVersion) {
            return;
        }
        if (!focused && Objects.equals(text.getValue(), savedText)) {
            text.setValue(notes.text());
            accept(notes);
        } else {
            status.setText(getTranslation("session.notes.changed-by-other", notes.updatedBy()));
        }
    }

    private void showConflict(String mine, AgendaNotes theirs) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("session.notes.conflict.title"));
        Pre their = new Pre(theirs.text());
        their.setId("their-notes");
        Pre my = new Pre(mine);
        my.setId("my-notes");
        dialog.add(
                new H4(getTranslation("session.notes.conflict.theirs", theirs.updatedBy())),
                their,
                new H4(getTranslation("session.notes.conflict.mine")),
                my);
        Button takeTheirs = new Button(getTranslation("session.notes.conflict.take-theirs"), click -> {
            text.setValue(theirs.text() + "\n\n" + mine);
            savedText = theirs.text();
            savedVersion = theirs.version();
            dialog.close();
            save(text.getValue(), savedVersion);
        });
        takeTheirs.setId("merge-notes");
        takeTheirs.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keepMine = new Button(getTranslation("session.notes.conflict.keep-mine"), click -> {
            dialog.close();
            save(mine, theirs.version());
        });
        keepMine.setId("keep-my-notes");
        dialog.getFooter().add(keepMine, takeTheirs);
        dialog.open();
    }
}
