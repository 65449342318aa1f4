package nl.geboortezorg.werkplaats.sessions.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.OwnerChoices;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.MovableClock;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionOutcomeViewsTest extends ViewTest {

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
    MovableClock clock;

    private long denHaag;
    private long daan;

    @BeforeEach
    void findDenHaag() {
        SignIn.as(users, DemoUsers.ADMIN);
        denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        daan = DemoUsers.id(users, DemoUsers.DEN_HAAG);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A running session made by the facilitator, with Daan (Den Haag) invited. */
    private WorkSession running(Long regionId, String title) {
        SignIn.as(users, DemoUsers.FACILITATOR);
        WorkSession planned = sessions.create(new WorkSessionDraft(
                regionId,
                title + " " + System.nanoTime(),
                IN_TEN_DAYS,
                IN_TEN_DAYS.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null), new AgendaItemDraft("Afspraken", 20, null)),
                Set.of(daan)));
        return sessions.start(planned.id(), planned.version());
    }

    private WorkSession closed(Long regionId, String title, String notes) {
        WorkSession running = running(regionId, title);
        sessions.saveNotes(running.agenda().getFirst().id(), 0, notes);
        WorkSession current = sessions.get(running.id()).orElseThrow();
        return sessions.close(current.id(), current.version(), Set.of(daan));
    }

    private Div outcomesOf(int position) {
        return _get(
                Div.class,
                spec -> spec.withClasses("item-outcomes").withAttribute("data-agenda-item", String.valueOf(position)));
    }

    @Test
    void an_attendee_records_a_decision_and_an_action_and_both_appear_under_the_item() {
        WorkSession session = running(denHaag, "Besluiten en acties");
        openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());

        _click(_get(outcomesOf(2), Button.class, spec -> spec.withClasses("add-decision")));
        _setValue(_get(TextArea.class, spec -> spec.withId("outcome-description")), "We delen één intakeformulier.");
        _click(_get(Button.class, spec -> spec.withId("save-outcome")));
        _click(_get(outcomesOf(2), Button.class, spec -> spec.withClasses("add-action")));
        _setValue(_get(TextArea.class, spec -> spec.withId("outcome-description")), "Intakeformulier rondsturen");
        @SuppressWarnings("unchecked")
        ComboBox<OwnerChoices.Choice> owner = _get(ComboBox.class, spec -> spec.withId("action-owner"));
        _setValue(
                owner,
                owner.getListDataView()
                        .getItems()
                        .filter(choice -> choice.id() == daan)
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<OwnerChoices.Choice> organisation = _get(ComboBox.class, spec -> spec.withId("action-organisation"));
        _setValue(
                organisation,
                organisation.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(
                _get(DatePicker.class, spec -> spec.withId("action-due-date")),
                DutchTime.date(IN_TEN_DAYS).plusDays(14));
        _click(_get(Button.class, spec -> spec.withId("save-outcome")));

        assertThat(_find(
                        _get(outcomesOf(2), UnorderedList.class, spec -> spec.withClasses("decision-list")),
                        Span.class,
                        spec -> spec.withClasses("decision-description")))
                .extracting(Span::getText)
                .containsExactly("We delen één intakeformulier.");
        assertThat(_get(outcomesOf(2), ListItem.class, spec -> spec.withClasses("action-item"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Intakeformulier rondsturenDaan de Vries (");
        assertThat(_find(outcomesOf(1), ListItem.class, spec -> spec.withClasses("action-item")))
                .isEmpty();
    }

    @Test
    void an_action_without_owner_and_due_before_the_session_keeps_the_dialog_open_with_field_errors() {
        WorkSession session = running(denHaag, "Foute actie");
        openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());

        _click(_get(outcomesOf(1), Button.class, spec -> spec.withClasses("add-action")));
        _setValue(_get(TextArea.class, spec -> spec.withId("outcome-description")), "Iets belangrijks");
        _setValue(
                _get(DatePicker.class, spec -> spec.withId("action-due-date")),
                DutchTime.date(IN_TEN_DAYS).minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("save-outcome")));

        assertThat(_get(ComboBox.class, spec -> spec.withId("action-owner")).getErrorMessage())
                .isEqualTo("Dit veld is verplicht.");
        assertThat(_get(DatePicker.class, spec -> spec.withId("action-due-date"))
                        .getErrorMessage())
                .isEqualTo("De deadline kan niet vóór de sessie liggen ("
                        + DutchTime.date(IN_TEN_DAYS).getDayOfMonth() + "-"
                        + DutchTime.date(IN_TEN_DAYS).getMonthValue() + "-"
                        + DutchTime.date(IN_TEN_DAYS).getYear() + ").");
        assertThat(_get(TextArea.class, spec -> spec.withId("outcome-description"))
                        .getValue())
                .isEqualTo("Iets belangrijks");
    }

    @Test
    void closing_asks_for_attendance_and_shows_the_minutes_with_exports() {
        WorkSession session = running(denHaag, "Sluiten met aanwezigheid");
        openAs(DemoUsers.FACILITATOR, "sessies/" + session.id());

        _click(_get(Button.class, spec -> spec.withId("close-session")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<OwnerChoices.Choice> attendees = _get(CheckboxGroup.class, spec -> spec.withId("attendees"));
        assertThat(attendees.getValue())
                .extracting(OwnerChoices.Choice::name)
                .as("the invitee, and the facilitator who has the session open")
                .containsExactlyInAnyOrder("Daan de Vries", "Fenna Facilitator");
        _click(_get(Button.class, spec -> spec.withId("confirm-close")));

        assertThat(_get(Span.class, spec -> spec.withId("session-state")).getText())
                .isEqualTo("Gesloten");
        assertThat(_get(Paragraph.class, spec -> spec.withId("minutes-version")).getText())
                .startsWith("Versie 1, vastgesteld op")
                .endsWith("door Fenna Facilitator");
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("attendees-list")), ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Daan de Vries", "Fenna Facilitator");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-markdown")).getHref())
                .isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("export-pdf")).getHref())
                .isNotBlank();
        assertThat(_find(Button.class, spec -> spec.withClasses("add-decision")))
                .isEmpty();
    }

    @Test
    void an_attendee_proposes_a_correction_and_the_facilitator_accepts_it_into_version_2() {
        WorkSession session = closed(denHaag, "Correctie", "- Gemeente betaalt");
        openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());

        _click(_get(Button.class, spec -> spec.withId("propose-correction")));
        assertThat(_get(TextArea.class, spec -> spec.withId("correction-text")).getValue())
                .isEqualTo("- Gemeente betaalt");
        _setValue(_get(TextArea.class, spec -> spec.withId("correction-text")), "- Verzekeraar betaalt");
        _click(_get(Button.class, spec -> spec.withId("submit-correction")));
        assertThat(_get(TextArea.class, spec -> spec.withId("correction-reason"))
                        .getErrorMessage())
                .isEqualTo("Dit veld is verplicht.");
        assertThat(_get(TextArea.class, spec -> spec.withId("correction-text")).getValue())
                .isEqualTo("- Verzekeraar betaalt");
        _setValue(_get(TextArea.class, spec -> spec.withId("correction-reason")), "Verkeerde betaler genoteerd");
        _click(_get(Button.class, spec -> spec.withId("submit-correction")));
        assertThat(_get(Div.class, spec -> spec.withId("pending-corrections"))
                        .getElement()
                        .getTextRecursively())
                .contains("Verkeerde betaler genoteerd");
        assertThat(_find(Button.class, spec -> spec.withClasses("accept-correction")))
                .isEmpty();

        openAs(DemoUsers.FACILITATOR, "sessies/" + session.id());
        _click(_get(Button.class, spec -> spec.withClasses("accept-correction")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("minutes-version")).getText())
                .startsWith("Versie 2");
        assertThat(_get(Div.class, spec -> spec.withId("minutes-history"))
                        .getElement()
                        .getTextRecursively())
                .contains("Versie 2: correctie van Opening, voorgesteld door Daan de Vries")
                .contains("Verkeerde betaler genoteerd");
        assertThat(_find(Div.class, spec -> spec.withId("pending-corrections"))).isEmpty();
        assertThat(sessions.get(session.id()).orElseThrow().agenda().getFirst().notes())
                .isEqualTo("- Verzekeraar betaalt");
    }

    @Test
    void rejecting_a_correction_needs_a_reason() {
        WorkSession session = closed(denHaag, "Afwijzen", "- Zo besproken");
        SignIn.as(users, DemoUsers.DEN_HAAG);
        minutes.proposeCorrection(session.agenda().getFirst().id(), "- Anders", "Klopt niet");
        openAs(DemoUsers.FACILITATOR, "sessies/" + session.id());

        _click(_get(Button.class, spec -> spec.withClasses("reject-correction")));
        _click(_get(Button.class, spec -> spec.withId("confirm-reject")));
        assertThat(_get(TextArea.class, spec -> spec.withId("reject-reason")).getErrorMessage())
                .isEqualTo("Dit veld is verplicht.");
        _setValue(_get(TextArea.class, spec -> spec.withId("reject-reason")), "Zo is het besproken");
        _click(_get(Button.class, spec -> spec.withId("confirm-reject")));

        assertThat(_get(Div.class, spec -> spec.withId("minutes-history"))
                        .getElement()
                        .getTextRecursively())
                .contains("Afgewezen correctie van Opening")
                .contains("Zo is het besproken");
        assertThat(_get(Paragraph.class, spec -> spec.withId("minutes-version")).getText())
                .startsWith("Versie 1");
    }

    @Test
    void observers_read_closed_national_minutes_without_any_way_to_write() {
        WorkSession session = closed(null, "Landelijk verslag", "- Landelijke afspraak");
        SignIn.as(users, DemoUsers.FACILITATOR);
        openAs(DemoUsers.OBSERVER, "sessies/" + session.id());

        assertThat(_get(Paragraph.class, spec -> spec.withId("minutes-version")).getText())
                .startsWith("Versie 1");
        assertThat(_find(Button.class, spec -> spec.withId("propose-correction")))
                .isEmpty();
        assertThat(_find(Select.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("add-action"))).isEmpty();
    }

    @Test
    void my_actions_lists_open_actions_overdue_first_and_a_done_one_leaves_the_list() {
        WorkSession session = running(denHaag, "Mijn acties");
        long organisation =
                outcomes.ownerChoices(session.id()).organisations().getFirst().id();
        long item = session.agenda().getFirst().id();
        ActionItem later = outcomes.recordAction(
                item,
                new ActionDraft(
                        "Later " + System.nanoTime(),
                        daan,
                        organisation,
                        DutchTime.date(IN_TEN_DAYS).plusDays(60)));
        ActionItem soon = outcomes.recordAction(
                item, new ActionDraft("Eerst " + System.nanoTime(), daan, organisation, DutchTime.date(IN_TEN_DAYS)));
        clock.moveBy(Duration.ofDays(20));
        openAs(DemoUsers.DEN_HAAG, "mijn-acties");

        @SuppressWarnings("unchecked")
        Grid<ActionItem> grid = _get(Grid.class, spec -> spec.withId("my-actions"));
        List<Long> ids = _findAll(grid).stream().map(ActionItem::id).toList();
        assertThat(ids).containsSubsequence(soon.id(), later.id());
        assertThat(_findAll(grid).stream()
                        .filter(action -> action.id() == soon.id())
                        .findFirst()
                        .orElseThrow()
                        .overdue(java.time.LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")))))
                .isTrue();

        SignIn.as(users, DemoUsers.DEN_HAAG);
        outcomes.setActionStatus(soon.id(), soon.version(), ActionStatus.DONE);
        grid.getDataProvider().refreshAll();
        assertThat(_findAll(grid))
                .extracting(ActionItem::id)
                .doesNotContain(soon.id())
                .contains(later.id());
    }

    @Test
    void open_actions_of_the_previous_session_are_shown_at_the_next_one() {
        WorkSession earlier = running(denHaag, "Eerdere");
        long organisation =
                outcomes.ownerChoices(earlier.id()).organisations().getFirst().id();
        String description = "Nog te doen " + System.nanoTime();
        outcomes.recordAction(
                earlier.agenda().getFirst().id(),
                new ActionDraft(
                        description,
                        daan,
                        organisation,
                        DutchTime.date(IN_TEN_DAYS).plusDays(7)));
        WorkSession current = sessions.get(earlier.id()).orElseThrow();
        sessions.close(current.id(), current.version(), Set.of(daan));
        WorkSession next = sessions.create(new WorkSessionDraft(
                denHaag,
                "Volgende",
                IN_TEN_DAYS.plus(14, ChronoUnit.DAYS),
                IN_TEN_DAYS.plus(14, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(),
                Set.of()));

        openAs(DemoUsers.DEN_HAAG, "sessies/" + next.id());

        assertThat(_get(Div.class, spec -> spec.withId("carried-forward"))
                        .getElement()
                        .getTextRecursively())
                .contains("Openstaande acties uit eerdere sessies")
                .contains(description);
        UI.getCurrent().navigate("sessies/" + earlier.id());
        assertThat(_get(Div.class, spec -> spec.withId("carried-forward")).getChildren())
                .isEmpty();
    }
}
