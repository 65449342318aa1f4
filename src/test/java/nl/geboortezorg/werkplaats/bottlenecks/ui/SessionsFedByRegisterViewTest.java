package nl.geboortezorg.werkplaats.bottlenecks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionSummary;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The planning dialog offers the register's bottlenecks; a session's page lists and raises them. */
class SessionsFedByRegisterViewTest extends ViewTest {

    private static final Instant IN_TEN_DAYS = TestTimes.daysAheadAt(10, 10);

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    WorkSessionService sessions;

    private BottleneckFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_facilitator_puts_a_suggested_bottleneck_on_a_regional_sessions_agenda() {
        Bottleneck own = fixture.raisedInDenHaag(unique("Voorgesteld"));
        openAs(DemoUsers.FACILITATOR, "sessies");
        _click(_get(Button.class, spec -> spec.withId("new-session")));
        assertThat(_find(Details.class, spec -> spec.withId("agenda-suggestions")))
                .as("hidden for a national session")
                .isEmpty();

        Select<Optional<RegionSummary>> scope = _get(Select.class, spec -> spec.withId("session-scope"));
        _setValue(
                scope,
                scope.getListDataView()
                        .getItems()
                        .filter(choice ->
                                choice.map(r -> r.id() == fixture.denHaag).orElse(false))
                        .findFirst()
                        .orElseThrow());
        Details suggestions = _get(Details.class, spec -> spec.withId("agenda-suggestions"));
        assertThat(suggestions.getSummaryText()).startsWith("Voorstellen uit het register (");
        ListItem line = _find(suggestions, ListItem.class).stream()
                .filter(item -> _find(item, Span.class).stream()
                        .anyMatch(s -> own.title().equals(s.getText())))
                .findFirst()
                .orElseThrow();
        Button take = _get(line, Button.class, spec -> spec.withClasses("take-suggestion"));
        assertThat(take.getAriaLabel()).contains("Op de agenda: " + own.title());
        _click(take);
        assertThat(take.isEnabled()).isFalse();

        assertThat(_get(TextField.class, spec -> spec.withLabel("Agendapunt 1")).getValue())
                .isEqualTo(own.title());
        String title = unique("Regionale sessie");
        _setValue(_get(TextField.class, spec -> spec.withId("session-title")), title);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")), DutchTime.dutch(IN_TEN_DAYS));
        _click(_get(Button.class, spec -> spec.withId("save-session")));

        long sessionId = Long.parseLong(
                UI.getCurrent().getInternals().getActiveViewLocation().getPath().replaceFirst(".*/", ""));
        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThat(sessions.get(sessionId).orElseThrow().agenda())
                .singleElement()
                .satisfies(item -> assertThat(item.bottleneckId()).isEqualTo(own.id()));
        Section section = _get(Section.class, spec -> spec.withId("session-bottlenecks"));
        assertThat(_find(section, Anchor.class)).extracting(Anchor::getText).containsExactly(own.title());
    }

    @Test
    void an_attendee_raises_a_bottleneck_from_an_agenda_items_notes_in_that_session() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        WorkSession planned = sessions.create(new WorkSessionDraft(
                fixture.denHaag,
                unique("Lopende sessie"),
                IN_TEN_DAYS,
                IN_TEN_DAYS.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Tolken bij de poli", 30, null)),
                Set.of(DemoUsers.id(users, DemoUsers.DEN_HAAG))));
        WorkSession running = sessions.start(planned.id(), planned.version());
        sessions.saveNotes(running.agenda().getFirst().id(), 0, "Geen tolk beschikbaar in de avond.");

        openAs(DemoUsers.DEN_HAAG, "sessies/" + running.id());
        Section section = _get(Section.class, spec -> spec.withId("session-bottlenecks"));
        assertThat(_get(section, Paragraph.class, spec -> spec.withId("session-bottlenecks-none"))
                        .getText())
                .isEqualTo("In deze bijeenkomst is nog geen knelpunt gemeld of op de agenda gezet.");
        Button raise = _get(Button.class, spec -> spec.withClasses("raise-from-agenda-item"));
        assertThat(raise.getAriaLabel()).contains("Als knelpunt melden: agendapunt 1, Tolken bij de poli");
        _click(raise);

        assertThat(_get(TextField.class, spec -> spec.withId("bottleneck-title-field"))
                        .getValue())
                .isEqualTo("Tolken bij de poli");
        assertThat(_get(TextArea.class, spec -> spec.withId("bottleneck-description"))
                        .getValue())
                .isEqualTo("Geen tolk beschikbaar in de avond.");
        @SuppressWarnings("unchecked")
        ComboBox<WorkSessionSummary> session = _get(ComboBox.class, spec -> spec.withId("bottleneck-session"));
        assertThat(session.getValue().id()).isEqualTo(running.id());
        @SuppressWarnings("unchecked")
        Select<nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory> category =
                _get(Select.class, spec -> spec.withId("bottleneck-category"));
        _setValue(category, nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory.FINANCING);
        _click(_get(Button.class, spec -> spec.withId("save-bottleneck")));

        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(bottlenecks.ofSession(running.id()))
                .singleElement()
                .satisfies(b -> assertThat(b.title()).isEqualTo("Tolken bij de poli"));
    }
}
