package nl.geboortezorg.werkplaats.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.DraftService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.CorrectionStatus;
import nl.geboortezorg.werkplaats.sessions.Decision;
import nl.geboortezorg.werkplaats.sessions.MinutesCorrection;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.OwnerChoices;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.Drafts;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Correcting what a session recorded: editing a decision or an action in a dialog that opens with
 * its values, the history shown under it, a stale edit keeping what was typed, and a minutes
 * correction that arrived too late shown next to the current text.
 */
class OutcomeCorrectionViewsTest extends ViewTest {

    private static final Instant IN_TEN_DAYS = TestTimes.daysAheadAt(10, 10);

    @Autowired
    WorkSessionService sessions;

    @Autowired
    SessionOutcomeService outcomes;

    @Autowired
    MinutesService minutes;

    @Autowired
    RegionService regions;

    @Autowired
    DraftService drafts;

    private long denHaag;
    private long daan;

    @BeforeEach
    void findDenHaag() {
        SignIn.as(users, DemoUsers.ADMIN);
        denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        daan = DemoUsers.id(users, DemoUsers.DEN_HAAG);
    }

    private WorkSession running(String title) {
        SignIn.as(users, DemoUsers.FACILITATOR);
        WorkSession planned = sessions.create(new WorkSessionDraft(
                denHaag,
                title + " " + System.nanoTime(),
                IN_TEN_DAYS,
                IN_TEN_DAYS.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null)),
                Set.of(daan)));
        return sessions.start(planned.id(), planned.version());
    }

    private ListItem decisionRow(long id) {
        return _get(ListItem.class, spec -> spec.withAttribute("data-decision-id", String.valueOf(id)));
    }

    private ListItem actionRow(long id) {
        return _get(ListItem.class, spec -> spec.withAttribute("data-action-id", String.valueOf(id)));
    }

    @Test
    void an_attendee_edits_a_decision_and_sees_who_edited_it_with_the_earlier_text() {
        WorkSession session = running("Besluit bewerken");
        Decision decision = outcomes.recordDecision(session.agenda().getFirst().id(), "Start in maart");
        openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());
        assertThat(_find(decisionRow(decision.id()), Details.class)).isEmpty();

        _click(_get(decisionRow(decision.id()), Button.class, spec -> spec.withClasses("edit-decision")));
        TextArea text = _get(TextArea.class, spec -> spec.withId("edit-outcome-description"));
        assertThat(text.getValue()).as("pre-filled").isEqualTo("Start in maart");
        _setValue(text, "Start in april");
        _click(_get(Button.class, spec -> spec.withId("save-edited-outcome")));

        ListItem row = decisionRow(decision.id());
        assertThat(_get(row, Span.class, spec -> spec.withClasses("decision-description"))
                        .getText())
                .isEqualTo("Start in april");
        assertThat(_get(row, Span.class, spec -> spec.withClasses("outcome-edited"))
                        .getText())
                .startsWith("bewerkt door Daan de Vries op ");
        Details earlier = _get(row, Details.class, spec -> spec.withClasses("outcome-history"));
        assertThat(earlier.getSummaryText()).isEqualTo("Eerdere versies (1)");
        assertThat(earlier.getElement().getTextRecursively())
                .contains("Start in maart")
                .contains("vervangen door Daan de Vries op ");
    }

    @Test
    void an_action_is_edited_with_its_values_pre_filled_and_the_history_lists_the_old_owner_and_date() {
        WorkSession session = running("Actie bewerken");
        SignIn.as(users, DemoUsers.FACILITATOR);
        long facilitator = DemoUsers.id(users, DemoUsers.FACILITATOR);
        OwnerChoices choices = outcomes.ownerChoices(session.id());
        long organisation = choices.organisations().getFirst().id();
        LocalDate due = DutchTime.date(IN_TEN_DAYS).plusDays(14);
        ActionItem action = outcomes.recordAction(
                session.agenda().getFirst().id(), new ActionDraft("Folder maken", daan, organisation, due));
        openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());

        _click(_get(actionRow(action.id()), Button.class, spec -> spec.withClasses("edit-action")));
        assertThat(_get(TextArea.class, spec -> spec.withId("edit-outcome-description"))
                        .getValue())
                .isEqualTo("Folder maken");
        @SuppressWarnings("unchecked")
        ComboBox<OwnerChoices.Choice> owner = _get(ComboBox.class, spec -> spec.withId("edit-action-owner"));
        assertThat(owner.getValue().id()).isEqualTo(daan);
        @SuppressWarnings("unchecked")
        ComboBox<OwnerChoices.Choice> organisationBox =
                _get(ComboBox.class, spec -> spec.withId("edit-action-organisation"));
        assertThat(organisationBox.getValue().id()).isEqualTo(organisation);
        DatePicker dueDate = _get(DatePicker.class, spec -> spec.withId("edit-action-due-date"));
        assertThat(dueDate.getValue()).isEqualTo(due);
        _setValue(
                owner,
                owner.getListDataView()
                        .getItems()
                        .filter(choice -> choice.id() == facilitator)
                        .findFirst()
                        .orElseThrow());
        _setValue(dueDate, due.plusDays(7));
        _click(_get(Button.class, spec -> spec.withId("save-edited-outcome")));

        ListItem row = actionRow(action.id());
        assertThat(_find(row, Span.class, spec -> spec.withClasses("action-meta")))
                .extracting(Span::getText)
                .as("the action now, then its earlier version")
                .satisfiesExactly(
                        now -> assertThat(now).startsWith("Fenna Facilitator ("),
                        before -> assertThat(before).startsWith("Daan de Vries ("));
        assertThat(_get(row, Details.class, spec -> spec.withClasses("outcome-history"))
                        .getElement()
                        .getTextRecursively())
                .contains("Folder maken")
                .contains("Daan de Vries (");
    }

    @Test
    void an_empty_text_keeps_the_dialog_open_and_a_stale_edit_offers_reload_while_the_typing_stays() {
        WorkSession session = running("Gelijktijdig bewerken");
        Decision decision = outcomes.recordDecision(session.agenda().getFirst().id(), "Eerste tekst");
        openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());
        _click(_get(decisionRow(decision.id()), Button.class, spec -> spec.withClasses("edit-decision")));
        TextArea text = _get(TextArea.class, spec -> spec.withId("edit-outcome-description"));
        _setValue(text, " ");
        _click(_get(Button.class, spec -> spec.withId("save-edited-outcome")));
        assertThat(text.getErrorMessage()).isEqualTo("Dit veld is verplicht.");

        SignIn.as(users, DemoUsers.FACILITATOR);
        outcomes.updateDecision(decision.id(), decision.version(), "Tekst van de facilitator");
        SignIn.as(users, DemoUsers.DEN_HAAG);
        _setValue(text, "Mijn tekst");
        _click(_get(Button.class, spec -> spec.withId("save-edited-outcome")));

        assertThat(_get(ConfirmDialog.class).isOpened()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("edit-outcome-description"))
                        .getValue())
                .as("what was typed stays in the open form")
                .isEqualTo("Mijn tekst");
    }

    @Test
    void accepting_a_correction_made_on_older_notes_shows_both_texts_and_offers_to_reject_it() {
        WorkSession running = running("Verouderde correctie");
        sessions.saveNotes(running.agenda().getFirst().id(), 0, "- Oorspronkelijk");
        WorkSession current = sessions.get(running.id()).orElseThrow();
        WorkSession session = sessions.close(current.id(), current.version(), Set.of(daan));
        long item = session.agenda().getFirst().id();
        SignIn.as(users, DemoUsers.DEN_HAAG);
        MinutesCorrection first = minutes.proposeCorrection(item, "- Eerste correctie", "Datum");
        MinutesCorrection second = minutes.proposeCorrection(item, "- Tweede correctie", "Naam");
        SignIn.as(users, DemoUsers.FACILITATOR);
        minutes.acceptCorrection(first.id(), first.version(), null);
        openAs(DemoUsers.FACILITATOR, "sessies/" + session.id());

        _click(_get(Button.class, spec -> spec.withClasses("accept-correction")));

        CorrectionConflictDialog dialog = _get(CorrectionConflictDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(Pre.class, spec -> spec.withId("correction-conflict-current"))
                        .getText())
                .isEqualTo("- Eerste correctie");
        assertThat(_get(Pre.class, spec -> spec.withId("correction-conflict-proposed"))
                        .getText())
                .isEqualTo("- Tweede correctie");
        assertThat(sessions.get(session.id()).orElseThrow().agenda().getFirst().notes())
                .as("nothing was overwritten")
                .isEqualTo("- Eerste correctie");

        _click(_get(Button.class, spec -> spec.withId("reject-conflicting-correction")));
        _setValue(_get(TextArea.class, spec -> spec.withId("reject-reason")), "Al gecorrigeerd; stel opnieuw voor");
        _click(_get(Button.class, spec -> spec.withId("confirm-reject")));

        assertThat(minutes.minutes(session.id()).orElseThrow().corrections())
                .filteredOn(c -> c.id() == second.id())
                .extracting(MinutesCorrection::status)
                .containsExactly(CorrectionStatus.REJECTED);
    }

    @Test
    void the_text_typed_in_an_edit_is_kept_as_a_draft_of_that_decision_only_and_goes_once_saved() {
        WorkSession session = running("Concept van een bewerking");
        long item = session.agenda().getFirst().id();
        Decision decision = outcomes.recordDecision(item, "Oorspronkelijk besluit");
        openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());
        Runnable edit =
                () -> _click(_get(decisionRow(decision.id()), Button.class, spec -> spec.withClasses("edit-decision")));

        Drafts.assertKeptWhenLeft(edit, Drafts::cancelDialog, "edit-outcome-description");
        Drafts.cancelDialog();
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.DECISION, item)))
                .as("not the draft of a new decision on the item")
                .isEmpty();
        edit.run();
        Drafts.click("save-edited-outcome");

        assertThat(drafts.mine(DraftKey.forItem(DraftForm.CHANGED_DECISION, decision.id())))
                .isEmpty();
        assertThat(_get(decisionRow(decision.id()), Span.class, spec -> spec.withClasses("decision-description"))
                        .getText())
                .isEqualTo("Nog niet opgeslagen in edit-outcome-description");
    }
}
