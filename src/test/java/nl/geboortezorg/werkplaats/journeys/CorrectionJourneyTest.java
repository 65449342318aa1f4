package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.MinutesCorrection;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Correcting what a session recorded, with the keyboard alone once the page is open: an attendee
 * edits an action (Tab, Enter, typing) and sees the change with its history, and a facilitator
 * meets a minutes correction that was overtaken by another one. Each dialog is checked with axe.
 */
class CorrectionJourneyTest extends JourneyTest {

    @Autowired
    WorkSessionService sessions;

    @Autowired
    SessionOutcomeService outcomes;

    @Autowired
    MinutesService minutes;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A running Den Haag session with Daan invited, made by the facilitator. */
    private WorkSession running(String title) {
        SignIn.as(users, DemoUsers.ADMIN);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        long daan = DemoUsers.id(users, DemoUsers.DEN_HAAG);
        SignIn.as(users, DemoUsers.FACILITATOR);
        Instant start = TestTimes.daysAheadAt(3, 10);
        WorkSession planned = sessions.create(new WorkSessionDraft(
                denHaag,
                title,
                start,
                start.plus(2, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Afspraken", 20, null)),
                Set.of(daan)));
        return sessions.start(planned.id(), planned.version());
    }

    private Page signInByKeyboard(String email) {
        Page page = window();
        page.navigate("login");
        waitForVaadin(page);
        tabTo(page, "vaadin-text-field, input[name='username']");
        page.keyboard().type(email);
        tabTo(page, "vaadin-password-field, input[name='password']");
        page.keyboard().type(DemoUsers.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        waitForVaadin(page);
        return page;
    }

    private static void press(Page page, String selector, String key) {
        tabTo(page, selector);
        page.keyboard().press(key);
        waitForVaadin(page);
    }

    @Test
    void an_attendee_edits_an_action_by_keyboard_and_sees_the_change_with_its_history() {
        WorkSession session = running("Actie bijstellen zonder muis " + System.nanoTime());
        long daan = DemoUsers.id(users, DemoUsers.DEN_HAAG);
        long organisation =
                outcomes.ownerChoices(session.id()).organisations().getFirst().id();
        ActionItem action = outcomes.recordAction(
                session.agenda().getFirst().id(),
                new ActionDraft(
                        "Folder drukken",
                        daan,
                        organisation,
                        DutchTime.date(session.startsAt()).plusDays(14)));
        String row = ".action-item[data-action-id='" + action.id() + "']";

        Page page = signInByKeyboard(DemoUsers.DEN_HAAG);
        page.navigate("sessies/" + session.id());
        waitForVaadin(page);
        press(page, row + " .edit-action", "Enter");
        page.locator("#edit-outcome-description textarea").waitFor();
        settled(page);
        accessible(page, "edit-action-dialog");
        tabTo(page, "#edit-outcome-description");
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("Folder drukken en vertalen in het Arabisch");
        press(page, "#save-edited-outcome", "Enter");

        assertThat(page.locator(row + " .action-description")).hasText("Folder drukken en vertalen in het Arabisch");
        assertThat(page.locator(row + " .outcome-edited")).containsText("bewerkt door Daan de Vries");
        press(page, row + " .outcome-history", "Enter");
        assertThat(page.locator(row + " .outcome-revision-description")).hasText("Folder drukken");
        settled(page);
        accessible(page, "session-after-action-edit");
        screenshot(page, "action-edited-by-keyboard");
        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThat(outcomes.outcomes(session.id())
                        .orElseThrow()
                        .actions()
                        .getFirst()
                        .revisions())
                .hasSize(1);
    }

    @Test
    void a_facilitator_accepting_an_overtaken_correction_sees_both_texts() {
        WorkSession running = running("Ingehaalde correctie " + System.nanoTime());
        long daan = DemoUsers.id(users, DemoUsers.DEN_HAAG);
        long item = running.agenda().getFirst().id();
        sessions.saveNotes(item, 0, "- De gemeente betaalt");
        WorkSession current = sessions.get(running.id()).orElseThrow();
        WorkSession closed = sessions.close(current.id(), current.version(), Set.of(daan));
        SignIn.as(users, DemoUsers.DEN_HAAG);
        MinutesCorrection first = minutes.proposeCorrection(item, "- De verzekeraar betaalt", "Verkeerde betaler");
        minutes.proposeCorrection(item, "- De gemeente betaalt de helft", "Aanvulling");
        SignIn.as(users, DemoUsers.FACILITATOR);
        minutes.acceptCorrection(first.id(), first.version(), null);

        Page page = signInByKeyboard(DemoUsers.FACILITATOR);
        page.navigate("sessies/" + closed.id());
        waitForVaadin(page);
        press(page, ".accept-correction", "Enter");
        assertThat(page.locator("#correction-conflict-current")).hasText("- De verzekeraar betaalt");
        assertThat(page.locator("#correction-conflict-proposed")).hasText("- De gemeente betaalt de helft");
        settled(page);
        accessible(page, "correction-conflict-dialog");
        screenshot(page, "correction-conflict");
    }
}
