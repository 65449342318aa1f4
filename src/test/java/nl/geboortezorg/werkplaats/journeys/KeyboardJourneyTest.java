package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import org.junit.jupiter.api.Test;

/**
 * The main journeys with the keyboard alone: no click, only Tab, Shift+Tab, Enter, Space, arrows
 * and typing, and every element the focus passes shows that it has the focus. Pages are reached
 * through the navigation menu.
 */
class KeyboardJourneyTest extends JourneyTest {

    /** Signs in on the login page with the keyboard. */
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

    /** Follows a link of the navigation menu. */
    private static void menu(Page page, String path) {
        tabTo(page, "vaadin-side-nav-item[path='" + path + "']");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/" + path + "$"));
        waitForVaadin(page);
    }

    private static void press(Page page, String selector, String key) {
        tabTo(page, selector);
        page.keyboard().press(key);
        waitForVaadin(page);
    }

    /** Opens a select with Enter, moves to the next option with the arrow key and picks it with Enter. */
    private static void chooseNext(Page page, String select) {
        press(page, select, "Enter");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        waitForVaadin(page);
    }

    private static void type(Page page, String selector, String text) {
        tabTo(page, selector);
        page.keyboard().type(text);
    }

    @Test
    void a_bottleneck_is_raised_and_recognised_by_keyboard() {
        String title = "Geen kraamzorg na vroeg ontslag " + System.nanoTime();
        Page daan = signInByKeyboard(DemoUsers.DEN_HAAG);
        menu(daan, "knelpunten");
        press(daan, "#raise-bottleneck", "Enter");
        type(daan, "#bottleneck-title-field", title);
        type(daan, "#bottleneck-description", "Na ontslag binnen een dag komt de kraamzorg te laat op gang.");
        chooseNext(daan, "#bottleneck-category");
        assertThat(daan.locator("#bottleneck-category vaadin-select-value-button"))
                .not()
                .hasText("");
        press(daan, "#bottleneck-addressees vaadin-checkbox", " ");
        screenshot(daan, "raise-dialog-by-keyboard");
        press(daan, "#save-bottleneck", "Enter");
        daan.waitForURL(Pattern.compile(".*/knelpunten/\\d+$"));
        assertThat(daan.locator("#bottleneck-title")).hasText(title);
        String page = daan.url().replaceFirst("^https?://[^/]+/", "");

        Page uma = signInByKeyboard(DemoUsers.UTRECHT);
        uma.navigate(page);
        waitForVaadin(uma);
        press(uma, "#recognise", "Enter");
        type(uma, "#recognition-quote", "Herkenbaar: ook bij ons komt de kraamzorg te laat.");
        press(uma, "#save-recognition", "Enter");
        assertThat(uma.locator("#recognitions")).containsText("Herkenbaar: ook bij ons komt de kraamzorg te laat.");
        screenshot(uma, "recognised-by-keyboard");
    }

    @Test
    void a_session_is_planned_run_and_closed_by_keyboard() {
        String title = "Sessie zonder muis " + System.nanoTime();
        Page fenna = signInByKeyboard(DemoUsers.FACILITATOR);
        menu(fenna, "sessies");
        press(fenna, "#new-session", "Enter");
        type(fenna, "#session-title", title);
        Keyboard keys = fenna.keyboard();
        type(
                fenna,
                "#session-starts-at vaadin-date-picker",
                LocalDate.now().plusDays(1).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        keys.press("Enter");
        type(fenna, "#session-starts-at vaadin-time-picker", "10:00");
        keys.press("Enter");
        type(fenna, ".agenda-title", "Opening");
        press(fenna, "#save-session", "Enter");
        fenna.waitForURL(Pattern.compile(".*/sessies/\\d+$"));
        assertThat(fenna.locator("#session-name")).hasText(title);
        press(fenna, "#start-session", "Enter");
        fenna.locator(".agenda-notes textarea").first().waitFor();
        type(fenna, ".agenda-notes", "Genoteerd zonder muis.");
        assertThat(fenna.locator(".notes-status").first()).hasText(Pattern.compile("Opgeslagen door"));
        tabTo(fenna, "#close-session");
        keys.press("Enter");
        press(fenna, "#confirm-close", "Enter");
        assertThat(fenna.locator("#minutes")).isVisible();
        assertThat(fenna.locator("#agenda")).containsText("Genoteerd zonder muis.");
        screenshot(fenna, "minutes-by-keyboard");
    }

    @Test
    void an_analysis_gets_a_line_item_by_keyboard() {
        String title = "MKBA zonder muis " + System.nanoTime();
        Page daan = signInByKeyboard(DemoUsers.DEN_HAAG);
        menu(daan, "mkba");
        press(daan, "#new-mkba", "Enter");
        type(daan, "#mkba-title", title);
        press(daan, "#save-mkba", "Enter");
        daan.waitForURL(Pattern.compile(".*/mkba/\\d+$"));
        press(daan, "#add-stakeholder", "Enter");
        type(daan, "#stakeholder-name", "Gemeente");
        chooseNext(daan, "#stakeholder-stream");
        press(daan, "#save-stakeholder", "Enter");
        assertThat(daan.locator("#mkba-stakeholders")).containsText("Gemeente");
        press(daan, "#add-benefit", "Enter");
        type(daan, "#item-description", "Minder spoedopnames");
        chooseNext(daan, "#item-stakeholder");
        type(daan, "#item-amount", "25000");
        press(daan, "#save-item", "Enter");
        assertThat(daan.locator("#mkba-items")).containsText("Minder spoedopnames");
        assertThat(daan.locator("#mkba-who-pays")).containsText("Gemeente");
        screenshot(daan, "analysis-by-keyboard");
    }
}
