package nl.geboortezorg.werkplaats.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgendaNotesEditorTest extends ViewTest {

    @Autowired
    WorkSessionService sessions;

    @Autowired
    AuditTrail audit;

    /** A national session, started, opened in the browser by the facilitator. */
    private WorkSession openRunningSession() {
        openAs(DemoUsers.FACILITATOR, "sessies");
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS);
        WorkSession session = sessions.create(new WorkSessionDraft(
                null,
                "Notities " + System.nanoTime(),
                start,
                start.plus(1, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null)),
                Set.of()));
        session = sessions.start(session.id(), session.version());
        UI.getCurrent().navigate("sessies/" + session.id());
        return session;
    }

    private static TextArea notes() {
        return _get(TextArea.class, spec -> spec.withLabel("Notities bij Opening"));
    }

    @Test
    void typed_notes_are_saved_and_the_save_is_confirmed() {
        WorkSession session = openRunningSession();

        _setValue(notes(), "- Welkom door de voorzitter");

        assertThat(sessions.get(session.id()).orElseThrow().agenda().getFirst().notes())
                .isEqualTo("- Welkom door de voorzitter");
        assertThat(_get(Span.class, spec -> spec.withClasses("notes-status")).getText())
                .startsWith("Opgeslagen door Fenna Facilitator om ");
    }

    @Test
    void notes_with_a_citizen_service_number_are_not_saved_and_stay_in_the_field() {
        WorkSession session = openRunningSession();

        _setValue(notes(), "- Casus besproken, BSN 123456782");

        assertThat(notes().isInvalid()).isTrue();
        assertThat(notes().getErrorMessage())
                .startsWith("Deze tekst bevat een nummer dat een burgerservicenummer kan zijn (…782).");
        assertThat(notes().getValue()).isEqualTo("- Casus besproken, BSN 123456782");
        assertThat(sessions.get(session.id()).orElseThrow().agenda().getFirst().notes())
                .isNullOrEmpty();
    }

    @Test
    void notes_that_may_hold_a_patients_data_wait_for_the_user_to_edit_or_confirm() {
        WorkSession session = openRunningSession();
        String typed = "- Casus: moeder geboren 3-4-1990, via de poli";

        _setValue(notes(), typed);

        assertThat(sessions.get(session.id()).orElseThrow().agenda().getFirst().notes())
                .isNullOrEmpty();
        assertThat(notes().getValue()).isEqualTo(typed);
        Div warning = _get(Div.class, spec -> spec.withClasses("notes-personal-data"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getElement().getTextRecursively()).contains("een geboortedatum: 3-4-1990");
        assertThat(_get(Span.class, spec -> spec.withClasses("notes-status")).getText())
                .startsWith("Nog niet opgeslagen");

        long item = session.agenda().getFirst().id();
        _click(_get(Button.class, spec -> spec.withId("notes-personal-data-save-" + item)));

        assertThat(sessions.get(session.id()).orElseThrow().agenda().getFirst().notes())
                .isEqualTo(typed);
        assertThat(warning.isVisible()).isFalse();
        nl.geboortezorg.werkplaats.testsupport.SignIn.as(users, DemoUsers.ADMIN);
        assertThat(audit.find(new AuditFilter("personal-data-warning", null, null, null), 0, 1))
                .first()
                .satisfies(event -> assertThat(event.changeJson())
                        .contains("session-notes", "DATE_OF_BIRTH")
                        .doesNotContain("1990"));
        nl.geboortezorg.werkplaats.testsupport.SignIn.as(users, DemoUsers.FACILITATOR);

        _setValue(notes(), typed + "\n- Afspraak gemaakt");
        assertThat(sessions.get(session.id()).orElseThrow().agenda().getFirst().notes())
                .as("the confirmed finding does not ask again")
                .endsWith("Afspraak gemaakt");
        _setValue(notes(), "- Bel 06-12345678 van mevrouw Jansen");
        assertThat(warning.isVisible()).as("a new finding asks again").isTrue();
        _setValue(notes(), "- Casus besproken zonder persoonsgegevens");
        assertThat(warning.isVisible()).isFalse();
        assertThat(sessions.get(session.id()).orElseThrow().agenda().getFirst().notes())
                .isEqualTo("- Casus besproken zonder persoonsgegevens");
    }

    @Test
    void another_persons_save_appears_without_reloading() {
        WorkSession session = openRunningSession();

        sessions.saveNotes(session.agenda().getFirst().id(), 0, "- Genoteerd door een collega");
        awaitLiveUpdates();
        MockVaadin.runUIQueue(false);

        assertThat(notes().getValue()).isEqualTo("- Genoteerd door een collega");
    }

    @Test
    void writing_at_the_same_time_shows_both_versions_and_merging_keeps_both() {
        WorkSession session = openRunningSession();
        long item = session.agenda().getFirst().id();
        ComponentUtil.fireEvent(notes(), new FocusNotifier.FocusEvent<>(notes(), true));
        sessions.saveNotes(item, 0, "- Tekst van de ander");
        awaitLiveUpdates();
        MockVaadin.runUIQueue(false);
        assertThat(notes().getValue())
                .as("not replaced while the user may be typing")
                .isEmpty();
        assertThat(_get(Span.class, spec -> spec.withClasses("notes-status")).getText())
                .startsWith("Fenna Facilitator heeft intussen ook iets opgeslagen");

        _setValue(notes(), "- Mijn tekst");

        assertThat(_get(Pre.class, spec -> spec.withId("their-notes")).getText())
                .isEqualTo("- Tekst van de ander");
        assertThat(_get(Pre.class, spec -> spec.withId("my-notes")).getText()).isEqualTo("- Mijn tekst");
        _click(_get(Button.class, spec -> spec.withId("merge-notes")));

        assertThat(sessions.get(session.id()).orElseThrow().agenda().getFirst().notes())
                .isEqualTo("- Tekst van de ander\n\n- Mijn tekst");
    }

    @Test
    void readers_who_may_not_write_see_saved_notes_appear_too() {
        WorkSession session = openRunningSession();
        long item = session.agenda().getFirst().id();
        tearDownVaadin();
        openAs(DemoUsers.UTRECHT, "sessies/" + session.id());
        assertThat(_find(TextArea.class)).isEmpty();

        nl.geboortezorg.werkplaats.testsupport.SignIn.as(users, DemoUsers.FACILITATOR);
        sessions.saveNotes(item, 0, "- Afspraak: *volgende keer* in Delft");
        awaitLiveUpdates();
        MockVaadin.runUIQueue(false);

        assertThat(_get(Html.class).getElement().getOuterHTML()).contains("<em>volgende keer</em>");
    }

    @Test
    void after_closing_notes_are_shown_rendered_and_script_stays_text() {
        WorkSession session = openRunningSession();
        long item = session.agenda().getFirst().id();
        sessions.saveNotes(item, 0, "**Besluit** <script>alert(1)</script>");
        WorkSession running = sessions.get(session.id()).orElseThrow();
        sessions.close(running.id(), running.version(), Set.of());
        UI.getCurrent().navigate("sessies/" + session.id());

        assertThat(_find(TextArea.class)).isEmpty();
        String html = _get(Html.class).getElement().getOuterHTML();
        assertThat(html).contains("<strong>Besluit</strong>").doesNotContain("<script>");
    }
}
