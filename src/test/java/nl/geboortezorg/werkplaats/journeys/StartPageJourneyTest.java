package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A professional signs in and their start page opens with their own work, their actions among it. */
class StartPageJourneyTest extends JourneyTest {

    @Autowired
    SessionOutcomeService outcomes;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Test
    void a_professionals_start_page_shows_their_open_actions_the_overdue_ones_first() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        List<ActionItem> mine = outcomes.myOpenActions(0, 5);
        LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        SignIn.out();
        assertThat(mine).as("the demo gives Daan open actions").isNotEmpty();

        Page daan = signedIn(DemoUsers.DEN_HAAG);
        daan.setViewportSize(1366, 768);
        waitForVaadin(daan);
        Locator actions = daan.locator("#my-open-actions li");
        assertThat(daan.locator("#my-open-actions h2")).hasText("Uw openstaande acties");
        assertThat(actions).hasCount(mine.size());
        for (int i = 0; i < mine.size(); i++) {
            ActionItem action = mine.get(i);
            assertThat(actions.nth(i)).containsText(action.description());
            assertThat(actions.nth(i).locator(".action-overdue")).hasCount(action.overdue(today) ? 1 : 0);
        }
        assertThat(daan.locator("#my-invitations h2")).hasText("Uw volgende werksessies");
        assertThat(daan.locator("#awaiting-recognition h2"))
                .hasText("Knelpunten die wachten op herkenning door uw regio");
        assertThat(daan.locator("#my-drafts h2")).hasText("Concepten die u achterliet");
        assertThat(daan.locator("#since-last-visit h2")).hasText("Sinds uw laatste bezoek");
        accessible(daan, "start page of a professional");
        screenshot(daan, "start-page-professional");

        daan.locator("#my-open-actions a").last().click();
        daan.waitForURL(java.util.regex.Pattern.compile(".*/(mijn-acties|sessies/\\d+)$"));

        // his region's workspace shows its analyses and its latest anchoring scores with their trend
        daan.navigate("regio/den-haag");
        waitForVaadin(daan);
        assertThat(daan.locator("#region-anchoring")).isVisible();
        assertThat(daan.locator("#region-analyses")).isVisible();
        accessible(daan, "region workspace with analyses and anchoring trend");
    }
}
