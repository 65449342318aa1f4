package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import javax.sql.DataSource;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import nl.geboortezorg.werkplaats.testsupport.PilotInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pilot set up from nothing, in the browser: the platform started on an empty database without
 * demo data, the initial admin from the configuration, and everyone else getting in through the
 * links in the mails the platform sends.
 */
class PilotJourneyTest extends JourneyTest {

    private static final String ADMIN_PASSWORD = "Beheer-pilot-2026!";

    private static PilotInstance pilot;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void startPilot() {
        if (pilot == null) {
            pilot = PilotInstance.start(dataSource);
        }
    }

    @AfterAll
    static void stopPilot() {
        if (pilot != null) {
            pilot.close();
            pilot = null;
        }
    }

    @Test
    void the_initial_admin_signs_in_and_must_choose_a_new_password_before_anything_else() {
        Page page = window(pilot.port());
        page.navigate("login");
        page.locator("input[name='username']").fill(PilotInstance.ADMIN_EMAIL);
        page.locator("input[name='password']").fill(PilotInstance.ADMIN_INITIAL_PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        // every page leads to the password form until a new password is chosen
        page.locator("#current-password input").waitFor();
        waitForVaadin(page);
        accessible(page, "pilot-first-sign-in");
        page.navigate("sessies");
        page.locator("#current-password input").waitFor();

        page.locator("#current-password input").fill(PilotInstance.ADMIN_INITIAL_PASSWORD);
        page.locator("#new-password input").fill(ADMIN_PASSWORD);
        page.locator("#repeat-password input").fill(ADMIN_PASSWORD);
        page.locator("#change-password").click();
        assertThat(page.locator("#current-password")).isHidden();
        waitForVaadin(page);
        accessible(page, "pilot-admin-home");
    }
}
