package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFixture;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Unsaved text in a factsheet survives the browser: a professional types in a section and closes
 * the browser without saving; signed in again in a new browser, the same form holds the text with
 * a notice. Closing the tab while typed text has not reached the server (the connection dropped)
 * asks first; once it has, the tab closes without asking.
 */
class FactsheetDraftJourneyTest extends JourneyTest {

    private static final String TYPED = " Sinds maart ook bij de huisarts in de wijk, op dinsdag.";

    @Autowired
    FactsheetService factsheets;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    /** Waits until everything typed in the page's forms has reached the server. */
    private static void draftReachedServer(Page page) {
        page.waitForFunction("() => window.wsgUnsavedText && window.wsgUnsavedText.pending() === 0");
    }

    private static Locator approach(Page page) {
        return page.locator("#factsheet-approach textarea");
    }

    @Test
    void text_typed_in_a_section_survives_closing_the_browser_without_saving() {
        FactsheetVersion written = new FactsheetFixture(factsheets, regions, users)
                .draft("Concept overleeft de browser " + System.nanoTime(), PublicationLevel.REGION);
        String page = "factsheets/" + written.factsheetId();
        String expected = written.content().approach() + TYPED;

        Page daan = signedIn(DemoUsers.DEN_HAAG);
        List<String> asked = new ArrayList<>();
        daan.onDialog(dialog -> {
            asked.add(dialog.type());
            // Stay on the page, as the writer who is asked would.
            dialog.dismiss();
        });
        daan.navigate(page);
        waitForVaadin(daan);
        daan.locator("#edit-factsheet").click();
        approach(daan).click();
        approach(daan).press("Control+End");
        // Offline the typed text cannot reach the server, however long the test takes to close the tab.
        daan.context().setOffline(true);
        approach(daan).pressSequentially(TYPED, new Locator.PressSequentiallyOptions().setDelay(30));

        daan.close(new Page.CloseOptions().setRunBeforeUnload(true));
        daan.waitForCondition(() -> !asked.isEmpty());
        assertThat(asked).as("closing the tab with text not on the server asks").containsExactly("beforeunload");
        assertThat(daan.isClosed()).isFalse();

        daan.context().setOffline(false);
        draftReachedServer(daan);
        daan.waitForClose(() -> daan.close(new Page.CloseOptions().setRunBeforeUnload(true)));
        assertThat(asked).as("no question once the text reached the server").hasSize(1);
        daan.context().close();

        Page again = signedIn(DemoUsers.DEN_HAAG);
        again.navigate(page);
        waitForVaadin(again);
        again.locator("#edit-factsheet").click();
        assertThat(approach(again)).hasValue(expected);
        assertThat(again.locator("#draft-notice")).hasText(Pattern.compile("^Concept van \\d{2}:\\d{2} hersteld"));
        assertThat(again.locator("#discard-draft")).isVisible();
        accessible(again, "factsheet dialog with a restored draft");
        screenshot(again, "restored-draft");

        again.locator("#discard-draft").click();
        assertThat(approach(again)).hasValue(written.content().approach());
        assertThat(again.locator("#draft-notice")).isHidden();
    }
}
