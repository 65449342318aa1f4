package nl.geboortezorg.werkplaats.sessions.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.Invitee;
import nl.geboortezorg.werkplaats.sessions.OwnerChoices;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionSummary;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionViewsTest extends ViewTest {

    private static final Instant IN_TEN_DAYS = TestTimes.daysAheadAt(10, 10);

    @Autowired
    WorkSessionService sessions;

    @Autowired
    RegionService regions;

    @Test
    void a_facilitator_plans_a_national_session_in_the_dialog_and_lands_on_it() {
        openAs(DemoUsers.FACILITATOR, "sessies");
        String title = "Landelijke werksessie Utrecht " + System.nanoTime();

        _click(_get(Button.class, spec -> spec.withId("new-session")));
        _setValue(_get(TextField.class, spec -> spec.withId("session-title")), title);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")), DutchTime.dutch(IN_TEN_DAYS));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Agendapunt 1")), "Welkom");
        _click(_get(Button.class, spec -> spec.withId("add-agenda-item")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Agendapunt 2")), "Knelpunten uit de regio's");
        _click(_get(Button.class, spec -> spec.withId("save-session")));

        assertThat(_get(H2.class, spec -> spec.withId("session-name")).getText())
                .isEqualTo(title);
        assertThat(_find(_get(Section.class, spec -> spec.withId("agenda")), ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Welkom (30 min.)", "Knelpunten uit de regio's (30 min.)");
        assertThat(_get(Span.class, spec -> spec.withId("session-state")).getText())
                .isEqualTo("Gepland");
    }

    @Test
    void a_plan_in_the_past_keeps_the_dialog_open_with_the_problems_shown() {
        openAs(DemoUsers.FACILITATOR, "sessies");

        _click(_get(Button.class, spec -> spec.withId("new-session")));
        _setValue(_get(TextField.class, spec -> spec.withId("session-title")), "Te laat");
        _setValue(
                _get(DateTimePicker.class, spec -> spec.withId("session-starts-at")),
                DutchTime.dutch(IN_TEN_DAYS.minus(20, ChronoUnit.DAYS)));
        _click(_get(Button.class, spec -> spec.withId("save-session")));

        DateTimePicker start = _get(DateTimePicker.class, spec -> spec.withId("session-starts-at"));
        assertThat(start.getErrorMessage()).isEqualTo("Een sessie kan niet in het verleden beginnen.");
        assertThat(_get(Div.class, spec -> spec.withClasses("agenda-errors")).getText())
                .isEqualTo("Agendapunt 1: geef het een titel.");
        assertThat(_get(TextField.class, spec -> spec.withId("session-title")).getValue())
                .isEqualTo("Te laat");
    }

    @Test
    void the_facilitator_cancels_a_planned_session_after_confirming_and_it_shows_as_cancelled() {
        WorkSession planned = openPlannedSessionAsFacilitator("Te annuleren");

        _click(_get(Button.class, spec -> spec.withId("cancel-session")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("cancel-session-confirm"));
        assertThat(sessions.get(planned.id()).orElseThrow().state()).isEqualTo(SessionState.PLANNED);
        _fireConfirm(confirm);

        assertThat(sessions.get(planned.id()).orElseThrow().state()).isEqualTo(SessionState.CANCELLED);
        assertThat(_get(Span.class, spec -> spec.withId("session-state")).getText())
                .isEqualTo("Geannuleerd");
        assertThat(_find(Button.class, spec -> spec.withId("cancel-session"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("start-session"))).isEmpty();
    }

    @Test
    void the_facilitator_starts_and_closes_a_session_and_it_moves_to_the_past() {
        WorkSession planned = openPlannedSessionAsFacilitator("Te sluiten");

        _click(_get(Button.class, spec -> spec.withId("start-session")));
        assertThat(_get(Span.class, spec -> spec.withId("session-state")).getText())
                .isEqualTo("Bezig");
        _click(_get(Button.class, spec -> spec.withId("close-session")));
        _click(_get(Button.class, spec -> spec.withId("confirm-close")));
        assertThat(_get(Span.class, spec -> spec.withId("session-state")).getText())
                .isEqualTo("Gesloten");
        assertThat(_find(Button.class, spec -> spec.withId("close-session"))).isEmpty();
    }

    @Test
    void professionals_see_sessions_but_cannot_plan_or_run_them() {
        WorkSession national = createAsFacilitator("Voor iedereen " + System.nanoTime());
        openAs(DemoUsers.UTRECHT, "sessies");

        assertThat(_find(Button.class, spec -> spec.withId("new-session"))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<WorkSessionSummary> grid = _get(Grid.class, spec -> spec.withId("sessions"));
        assertThat(_findAll(grid)).extracting(WorkSessionSummary::id).contains(national.id());
        UI.getCurrent().navigate("sessies/" + national.id());
        assertThat(_find(Button.class, spec -> spec.withId("start-session"))).isEmpty();
    }

    @Test
    void only_facilitators_may_change_a_plan_and_only_before_the_session_starts() {
        WorkSession planned = createAsFacilitator("Nog te wijzigen " + System.nanoTime());

        openAs(DemoUsers.UTRECHT, "sessies/" + planned.id());
        assertThat(_find(Button.class, spec -> spec.withId("edit-session"))).isEmpty();
        tearDownVaadin();

        openAs(DemoUsers.FACILITATOR, "sessies/" + planned.id());
        assertThat(_get(Button.class, spec -> spec.withId("edit-session")).getText())
                .isEqualTo("Bewerken");
        _click(_get(Button.class, spec -> spec.withId("start-session")));
        assertThat(_find(Button.class, spec -> spec.withId("edit-session"))).isEmpty();
    }

    @Test
    void a_facilitator_changes_the_plan_and_reorders_the_agenda_and_the_page_shows_it() {
        WorkSession planned = planWithAgenda("Regionaal overleg " + System.nanoTime());
        openAs(DemoUsers.FACILITATOR, "sessies/" + planned.id());
        clearNotifications();

        _click(_get(Button.class, spec -> spec.withId("edit-session")));
        TextField title = _get(TextField.class, spec -> spec.withId("session-title"));
        assertThat(title.getValue()).isEqualTo(planned.title());
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at"))
                        .getValue())
                .isEqualTo(DutchTime.dutch(planned.startsAt()));
        assertThat(_get(TextField.class, spec -> spec.withId("session-location"))
                        .getValue())
                .isEqualTo("Haga");
        assertThat(agendaInDialog()).containsExactly("Opening", "Knelpunten", "Afsluiting");
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Eigenaar")))
                .extracting(ComboBox::getValue)
                .containsExactly(null, new OwnerChoices.Choice(denHaagProfessional(), "Daan de Vries"), null);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OwnerChoices.Choice> invitees =
                _get(MultiSelectComboBox.class, spec -> spec.withId("session-invitees"));
        assertThat(invitees.getValue()).extracting(OwnerChoices.Choice::name).containsExactly("Daan de Vries");
        assertThat(labelled("Agendapunt 1 naar boven verplaatsen").isEnabled()).isFalse();
        assertThat(labelled("Agendapunt 3 naar beneden verplaatsen").isEnabled())
                .isFalse();

        _setValue(title, planned.title() + " (verzet)");
        _click(labelled("Agendapunt 3 naar boven verplaatsen"));
        assertThat(agendaInDialog()).containsExactly("Opening", "Afsluiting", "Knelpunten");
        _click(labelled("Agendapunt 1 verwijderen"));
        _click(_get(Button.class, spec -> spec.withId("add-agenda-item")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Agendapunt 3")), "Rondvraag");
        _click(_get(Button.class, spec -> spec.withId("save-session")));

        expectNotifications("Opgeslagen");
        assertThat(_find(SessionDialog.class)).isEmpty();
        assertThat(_get(H2.class, spec -> spec.withId("session-name")).getText())
                .isEqualTo(planned.title() + " (verzet)");
        assertThat(_find(_get(Section.class, spec -> spec.withId("agenda")), ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Afsluiting (15 min.)", "Knelpunten (45 min., Daan de Vries)", "Rondvraag (30 min.)");
        assertThat(sessions.get(planned.id()).orElseThrow().invitees())
                .extracting(Invitee::displayName)
                .containsExactly("Daan de Vries");
    }

    @Test
    void an_end_before_the_start_is_shown_at_the_field_and_everything_typed_stays() {
        WorkSession planned = planWithAgenda("Verkeerd einde " + System.nanoTime());
        openAs(DemoUsers.FACILITATOR, "sessies/" + planned.id());

        _click(_get(Button.class, spec -> spec.withId("edit-session")));
        TextField title = _get(TextField.class, spec -> spec.withId("session-title"));
        DateTimePicker end = _get(DateTimePicker.class, spec -> spec.withId("session-ends-at"));
        _setValue(title, "Mijn nieuwe titel");
        _setValue(end, DutchTime.dutch(planned.startsAt().minus(1, ChronoUnit.HOURS)));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Agendapunt 2")), "Knelpunten, herzien");
        _click(_get(Button.class, spec -> spec.withId("save-session")));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Het einde moet na het begin liggen.");
        assertThat(end.getValue()).isEqualTo(DutchTime.dutch(planned.startsAt().minus(1, ChronoUnit.HOURS)));
        assertThat(title.getValue()).isEqualTo("Mijn nieuwe titel");
        assertThat(agendaInDialog()).containsExactly("Opening", "Knelpunten, herzien", "Afsluiting");
        assertThat(sessions.get(planned.id()).orElseThrow().title()).isEqualTo(planned.title());
    }

    @Test
    void saving_over_someone_elses_change_opens_the_concurrent_edit_dialog_and_keeps_the_input() {
        WorkSession planned = planWithAgenda("Tegelijk gewijzigd " + System.nanoTime());
        openAs(DemoUsers.FACILITATOR, "sessies/" + planned.id());

        _click(_get(Button.class, spec -> spec.withId("edit-session")));
        TextField title = _get(TextField.class, spec -> spec.withId("session-title"));
        sessions.update(
                planned.id(),
                planned.version(),
                new WorkSessionDraft(
                        null,
                        planned.title() + " (ander)",
                        planned.startsAt(),
                        planned.endsAt(),
                        null,
                        null,
                        List.of(),
                        Set.of()));
        _setValue(title, planned.title() + " (mijn versie)");
        _click(_get(Button.class, spec -> spec.withId("save-session")));

        ConfirmDialog conflict = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(conflict)).isEqualTo("Iemand anders was u voor");
        assertThat(title.getValue()).isEqualTo(planned.title() + " (mijn versie)");
        assertThat(title.isAttached()).isTrue();

        _fireConfirm(conflict);
        assertThat(_find(SessionDialog.class)).isEmpty();
        assertThat(_get(H2.class, spec -> spec.withId("session-name")).getText())
                .isEqualTo(planned.title() + " (ander)");
    }

    private static Button labelled(String label) {
        return _get(Button.class, spec -> spec.withAttribute("aria-label", label));
    }

    private static List<String> agendaInDialog() {
        return _find(_get(Div.class, spec -> spec.withId("agenda-rows")), TextField.class).stream()
                .filter(field -> field.hasClassName("agenda-title"))
                .map(TextField::getValue)
                .toList();
    }

    private long denHaagProfessional() {
        return DemoUsers.id(users, DemoUsers.DEN_HAAG);
    }

    /** A Den Haag session with three agenda items, the second owned by and inviting Daan de Vries. */
    private WorkSession planWithAgenda(String title) {
        SignIn.as(users, DemoUsers.FACILITATOR);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        long daan = denHaagProfessional();
        return sessions.create(new WorkSessionDraft(
                denHaag,
                title,
                IN_TEN_DAYS,
                IN_TEN_DAYS.plus(2, ChronoUnit.HOURS),
                "Haga",
                null,
                List.of(
                        new AgendaItemDraft("Opening", 10, null),
                        new AgendaItemDraft("Knelpunten", 45, daan),
                        new AgendaItemDraft("Afsluiting", 15, null)),
                Set.of(daan)));
    }

    private WorkSession createAsFacilitator(String title) {
        nl.geboortezorg.werkplaats.testsupport.SignIn.as(users, DemoUsers.FACILITATOR);
        return sessions.create(new WorkSessionDraft(
                null, title, IN_TEN_DAYS, IN_TEN_DAYS.plus(1, ChronoUnit.HOURS), null, null, List.of(), Set.of()));
    }

    /** The facilitator on the page of a new session planned in ten days, with one agenda item. */
    private WorkSession openPlannedSessionAsFacilitator(String title) {
        openAs(DemoUsers.FACILITATOR, "sessies");
        WorkSession planned = sessions.create(new WorkSessionDraft(
                null,
                title + " " + System.nanoTime(),
                IN_TEN_DAYS,
                IN_TEN_DAYS.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null)),
                Set.of()));
        UI.getCurrent().navigate("sessies/" + planned.id());
        return planned;
    }
}
