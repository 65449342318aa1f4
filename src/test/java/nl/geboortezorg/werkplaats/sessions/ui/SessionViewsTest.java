package nl.geboortezorg.werkplaats.sessions.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionSummary;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionViewsTest extends ViewTest {

    private static final LocalDateTime IN_TEN_DAYS = LocalDateTime.now(ZoneId.of("Europe/Amsterdam"))
            .plusDays(10).truncatedTo(ChronoUnit.HOURS).withHour(10);

    @Autowired
    WorkSessionService sessions;

    @Test
    void a_facilitator_plans_a_national_session_in_the_dialog_and_lands_on_it() {
        openAs(DemoUsers.FACILITATOR, "sessies");
        String title = "Landelijke werksessie Utrecht " + System.nanoTime();

        _click(_get(Button.class, spec -> spec.withId("new-session")));
        _setValue(_get(TextField.class, spec -> spec.withId("session-title")), title);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")), IN_TEN_DAYS);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Agendapunt 1")), "Welkom");
        _click(_get(Button.class, spec -> spec.withId("add-agenda-item")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Agendapunt 2")), "Knelpunten uit de regio's");
        _click(_get(Button.class, spec -> spec.withId("save-session")));

        assertThat(_get(H2.class, spec -> spec.withId("session-name")).getText()).isEqualTo(title);
        assertThat(_find(_get(Section.class, spec -> spec.withId("agenda")), ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Welkom (30 min.)", "Knelpunten uit de regio's (30 min.)");
        assertThat(_get(Span.class, spec -> spec.withId("session-state")).getText()).isEqualTo("Gepland");
    }

    @Test
    void a_plan_in_the_past_keeps_the_dialog_open_with_the_problems_shown() {
        openAs(DemoUsers.FACILITATOR, "sessies");

        _click(_get(Button.class, spec -> spec.withId("new-session")));
        _setValue(_get(TextField.class, spec -> spec.withId("session-title")), "Te laat");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")), IN_TEN_DAYS.minusDays(20));
        _click(_get(Button.class, spec -> spec.withId("save-session")));

        DateTimePicker start = _get(DateTimePicker.class, spec -> spec.withId("session-starts-at"));
        assertThat(start.getErrorMessage()).isEqualTo("Een sessie kan niet in het verleden beginnen.");
        assertThat(_get(Div.class, spec -> spec.withClasses("agenda-errors")).getText())
                .isEqualTo("Agendapunt 1: geef het een titel.");
        assertThat(_get(TextField.class, spec -> spec.withId("session-title")).getValue()).isEqualTo("Te laat");
    }

    @Test
    void the_facilitator_starts_and_closes_a_session_and_it_moves_to_the_past() {
        openAs(DemoUsers.FACILITATOR, "sessies");
        WorkSession planned = sessions.create(new WorkSessionDraft(null, "Te sluiten " + System.nanoTime(),
                IN_TEN_DAYS, IN_TEN_DAYS.plusHours(2), null, null, List.of(new AgendaItemDraft("Opening", 10, null)),
                Set.of()));
        UI.getCurrent().navigate("sessies/" + planned.id());

        _click(_get(Button.class, spec -> spec.withId("start-session")));
        assertThat(_get(Span.class, spec -> spec.withId("session-state")).getText()).isEqualTo("Bezig");
        _click(_get(Button.class, spec -> spec.withId("close-session")));
        _click(_get(Button.class, spec -> spec.withId("confirm-close")));
        assertThat(_get(Span.class, spec -> spec.withId("session-state")).getText()).isEqualTo("Gesloten");
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

    private WorkSession createAsFacilitator(String title) {
        nl.geboortezorg.werkplaats.testsupport.SignIn.as(users, DemoUsers.FACILITATOR);
        return sessions.create(new WorkSessionDraft(null, title, IN_TEN_DAYS, IN_TEN_DAYS.plusHours(1), null, null,
                List.of(), Set.of()));
    }
}
