package nl.geboortezorg.werkplaats.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.assertKeptWhenLeft;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.assertRestored;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.cancelDialog;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.click;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.discard;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.field;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.notices;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.DraftService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
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
 * The free text of a session's forms is kept as the writer's draft: the plan with its agenda
 * rows, a proposed correction of the minutes, and a decision or action item.
 */
class SessionDraftsTest extends ViewTest {

    private static final Instant IN_TEN_DAYS = TestTimes.daysAheadAt(10, 10);

    @Autowired
    WorkSessionService sessions;

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

    private WorkSession planned(String title) {
        SignIn.as(users, DemoUsers.FACILITATOR);
        return sessions.create(new WorkSessionDraft(
                denHaag,
                title + " " + System.nanoTime(),
                IN_TEN_DAYS,
                IN_TEN_DAYS.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null), new AgendaItemDraft("Afspraken", 20, null)),
                Set.of(daan)));
    }

    private WorkSession running(String title) {
        WorkSession planned = planned(title);
        return sessions.start(planned.id(), planned.version());
    }

    private WorkSession closed(String title) {
        WorkSession running = running(title);
        sessions.saveNotes(running.agenda().getFirst().id(), 0, "- Gemeente betaalt");
        WorkSession current = sessions.get(running.id()).orElseThrow();
        return sessions.close(current.id(), current.version(), Set.of(daan));
    }

    private static TextField agendaRow(int number) {
        return _get(TextField.class, spec -> spec.withLabel("Agendapunt " + number));
    }

    @Test
    void a_new_plan_keeps_its_texts_and_the_titles_of_the_agenda_rows_added() {
        openAs(DemoUsers.FACILITATOR, "sessies");
        click("new-session");
        Map<String, String> typed = type("session-title", "session-location");
        _setValue(agendaRow(1), "Welkom");
        click("add-agenda-item");
        click("add-agenda-item");
        _setValue(agendaRow(3), "Rondvraag");
        cancelDialog();

        click("new-session");

        assertRestored(typed);
        assertThat(agendaRow(1).getValue()).isEqualTo("Welkom");
        assertThat(agendaRow(2).getValue()).isEmpty();
        assertThat(agendaRow(3).getValue()).isEqualTo("Rondvraag");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Agendapunt 4")))
                .isEmpty();
        discard();
        assertThat(field("session-title").getValue()).isEmpty();
        assertThat(agendaRow(1).getValue()).isEmpty();
    }

    @Test
    void a_changed_plan_is_kept_and_its_draft_goes_once_saved() {
        WorkSession planned = planned("Plan concept");
        openAs(DemoUsers.FACILITATOR, "sessies/" + planned.id());
        click("edit-session");
        _setValue(agendaRow(2), "Afspraken over de intake");
        cancelDialog();

        click("edit-session");
        assertThat(agendaRow(1).getValue()).isEqualTo("Opening");
        assertThat(agendaRow(2).getValue()).isEqualTo("Afspraken over de intake");
        assertThat(notices()).singleElement().asString().startsWith("Concept van ");

        click("save-session");

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(sessions.get(planned.id()).orElseThrow().agenda())
                .extracting(AgendaItem::title)
                .containsExactly("Opening", "Afspraken over de intake");
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.SESSION_PLAN, planned.id())))
                .isEmpty();
    }

    @Test
    void a_correction_is_kept_with_the_agenda_item_it_is_for() {
        WorkSession session = closed("Correctie concept");
        openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());
        click("propose-correction");
        @SuppressWarnings("unchecked")
        Select<AgendaItem> item = _get(Select.class, spec -> spec.withId("correction-item"));
        _setValue(item, session.agenda().get(1));
        Map<String, String> typed = type("correction-text", "correction-reason");
        cancelDialog();

        click("propose-correction");

        assertRestored(typed);
        @SuppressWarnings("unchecked")
        Select<AgendaItem> again = _get(Select.class, spec -> spec.withId("correction-item"));
        assertThat(again.getValue().id()).isEqualTo(session.agenda().get(1).id());

        click("submit-correction");

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.MINUTES_CORRECTION, session.id())))
                .isEmpty();
    }

    @Test
    void a_decision_and_an_action_item_are_kept_per_agenda_item() {
        WorkSession session = running("Uitkomsten concept");
        openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());
        Div first = outcomesOf(1);
        assertKeptWhenLeft(
                () -> _click(_get(first, Button.class, spec -> spec.withClasses("add-decision"))),
                Drafts::cancelDialog,
                "outcome-description");
        cancelDialog();
        assertKeptWhenLeft(
                () -> _click(_get(first, Button.class, spec -> spec.withClasses("add-action"))),
                Drafts::cancelDialog,
                "outcome-description");
        cancelDialog();

        _click(_get(outcomesOf(2), Button.class, spec -> spec.withClasses("add-decision")));
        assertThat(field("outcome-description").getValue()).isEmpty();
        assertThat(notices()).isEmpty();
        cancelDialog();

        _click(_get(first, Button.class, spec -> spec.withClasses("add-decision")));
        click("save-outcome");
        long firstItem = session.agenda().getFirst().id();
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.DECISION, firstItem))).isEmpty();
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.ACTION_ITEM, firstItem)))
                .isPresent();
    }

    private static Div outcomesOf(int position) {
        return _get(
                Div.class,
                spec -> spec.withClasses("item-outcomes").withAttribute("data-agenda-item", String.valueOf(position)));
    }
}
