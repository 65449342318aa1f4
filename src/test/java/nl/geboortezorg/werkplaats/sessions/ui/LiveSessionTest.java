package nl.geboortezorg.werkplaats.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.OwnerChoices;
import nl.geboortezorg.werkplaats.sessions.SessionPresence;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.Browser;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Several people with the same running session open, each in their own browser. */
class LiveSessionTest extends ViewTest {

    @Autowired
    WorkSessionService sessions;

    @Autowired
    SessionPresence presence;

    /** A national session, started, to which the Den Haag professional is invited to write along. */
    private WorkSession runningSession() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        Instant start = Instant.now().plus(4, ChronoUnit.DAYS);
        WorkSession session = sessions.create(new WorkSessionDraft(
                null,
                "Samen " + System.nanoTime(),
                start,
                start.plus(1, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null)),
                Set.of(idOf(DemoUsers.DEN_HAAG))));
        return sessions.start(session.id(), session.version());
    }

    private long idOf(String email) {
        return DemoUsers.id(users, email);
    }

    private static String presenceLine() {
        return _get(Paragraph.class, spec -> spec.withId("session-presence")).getText();
    }

    @Test
    void two_people_viewing_the_session_both_see_a_third_persons_notes_appear() {
        WorkSession session = runningSession();
        Browser daan = openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());
        assertThat(_find(TextArea.class)).as("Daan writes along").hasSize(1);
        Browser uma = openAs(DemoUsers.UTRECHT, "sessies/" + session.id());
        assertThat(_find(TextArea.class)).as("Uma reads along").isEmpty();

        SignIn.as(users, DemoUsers.FACILITATOR);
        sessions.saveNotes(session.agenda().getFirst().id(), 0, "- Afspraak: *volgende keer* in Delft");

        daan.use();
        receiveLiveUpdates();
        assertThat(_get(TextArea.class).getValue()).isEqualTo("- Afspraak: *volgende keer* in Delft");
        uma.use();
        receiveLiveUpdates();
        assertThat(_get(Html.class).getElement().getOuterHTML()).contains("<em>volgende keer</em>");
    }

    @Test
    void people_viewing_the_session_see_each_other_and_someone_who_leaves_disappears() {
        WorkSession session = runningSession();
        Browser daan = openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());
        assertThat(presenceLine()).isEqualTo("Nu in deze sessie: Daan de Vries");
        assertThat(_get(Paragraph.class, spec -> spec.withId("session-presence"))
                        .getElement()
                        .getAttribute("aria-live"))
                .isEqualTo("polite");

        Browser uma = openAs(DemoUsers.UTRECHT, "sessies/" + session.id());
        assertThat(presenceLine()).isEqualTo("Nu in deze sessie: Daan de Vries, Uma Jansen");
        daan.use();
        receiveLiveUpdates();
        assertThat(presenceLine()).isEqualTo("Nu in deze sessie: Daan de Vries, Uma Jansen");
        assertThat(presence.presentUserIds(session.id()))
                .containsExactlyInAnyOrder(idOf(DemoUsers.DEN_HAAG), idOf(DemoUsers.UTRECHT));

        uma.close();

        daan.use();
        receiveLiveUpdates();
        assertThat(presenceLine()).isEqualTo("Nu in deze sessie: Daan de Vries");
        assertThat(presence.presentUserIds(session.id())).containsExactly(idOf(DemoUsers.DEN_HAAG));
    }

    @Test
    void whoever_has_the_session_open_is_ticked_as_attending_when_it_is_closed() {
        WorkSession session = runningSession();
        openAs(DemoUsers.UTRECHT, "sessies/" + session.id());
        openAs(DemoUsers.AMSTERDAM, "sessies/" + session.id()).close();
        openAs(DemoUsers.FACILITATOR, "sessies/" + session.id());

        _click(_get(Button.class, spec -> spec.withId("close-session")));

        @SuppressWarnings("unchecked")
        CheckboxGroup<OwnerChoices.Choice> attendees = _get(CheckboxGroup.class, spec -> spec.withId("attendees"));
        assertThat(attendees.getValue())
                .extracting(OwnerChoices.Choice::name)
                .as("the invitee, and those with the page open; not who closed it before")
                .containsExactlyInAnyOrder("Daan de Vries", "Uma Jansen", "Fenna Facilitator");
    }

    @Test
    void leaving_the_session_page_leaves_the_session() {
        WorkSession session = runningSession();
        openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());
        assertThat(presence.presentUserIds(session.id())).containsExactly(idOf(DemoUsers.DEN_HAAG));

        UI.getCurrent().navigate("sessies");

        assertThat(presence.presentUserIds(session.id())).isEmpty();
    }

    @Test
    void a_decision_recorded_in_one_browser_and_the_closing_appear_in_the_other() {
        WorkSession session = runningSession();
        Browser uma = openAs(DemoUsers.UTRECHT, "sessies/" + session.id());
        Browser daan = openAs(DemoUsers.DEN_HAAG, "sessies/" + session.id());

        _click(_get(Button.class, spec -> spec.withClasses("add-decision")));
        _setValue(_get(TextArea.class, spec -> spec.withId("outcome-description")), "Volgende keer in Delft");
        _click(_get(Button.class, spec -> spec.withId("save-outcome")));

        uma.use();
        receiveLiveUpdates();
        assertThat(_find(
                        _get(UnorderedList.class, spec -> spec.withClasses("decision-list")),
                        Span.class,
                        spec -> spec.withClasses("decision-description")))
                .extracting(Span::getText)
                .containsExactly("Volgende keer in Delft");
        SignIn.as(users, DemoUsers.FACILITATOR);
        WorkSession current = sessions.get(session.id()).orElseThrow();
        sessions.close(current.id(), current.version(), Set.of());
        daan.use();
        receiveLiveUpdates();
        assertThat(_get(Span.class, spec -> spec.withId("session-state")).getText())
                .isEqualTo("Gesloten");
        assertThat(_find(TextArea.class))
                .as("the notes are locked for Daan too")
                .isEmpty();
    }

    @Test
    void a_changed_plan_reaches_someone_who_has_the_session_open() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        WorkSession planned = sessions.create(new WorkSessionDraft(
                null,
                "Oude titel " + System.nanoTime(),
                start,
                start.plus(1, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null)),
                Set.of()));
        Browser uma = openAs(DemoUsers.UTRECHT, "sessies/" + planned.id());

        SignIn.as(users, DemoUsers.FACILITATOR);
        sessions.update(
                planned.id(),
                planned.version(),
                new WorkSessionDraft(
                        null,
                        "Nieuwe titel",
                        start,
                        start.plus(1, ChronoUnit.HOURS),
                        null,
                        null,
                        List.of(new AgendaItemDraft("Opening", 10, null), new AgendaItemDraft("Knelpunten", 30, null)),
                        Set.of()));

        uma.use();
        receiveLiveUpdates();
        assertThat(_get(H2.class, spec -> spec.withId("session-name")).getText())
                .isEqualTo("Nieuwe titel");
    }
}
